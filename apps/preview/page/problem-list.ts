/**
 * The problems beside the document, in Chinese: a summary line, then each problem
 * with its severity, rule, place and message, as a button that shows its place.
 *
 * @since 0.1.0
 */
import type { Problem } from '@report/model'
import { el } from './dom.js'
import type { ImportNote } from '../src/protocol.js'

const SEVERITY = { error: '错误', warning: '警告' } as const

/**
 * The summary of a list of problems.
 *
 * @example
 * problemSummary([]) // '没有发现问题'
 * @category rendering
 * @since 0.1.0
 */
export const problemSummary = (problems: ReadonlyArray<Problem>): string => {
  if (problems.length === 0) return '没有发现问题'
  const errors = problems.filter((p) => p.severity === 'error').length
  return `共 ${problems.length} 个问题：错误 ${errors} 个，警告 ${problems.length - errors} 个`
}

const item = (problem: Problem, onSelect: (problem: Problem, button: HTMLButtonElement) => void): HTMLLIElement => {
  const button = el('button', { class: `problem ${problem.severity}`, attrs: { type: 'button', 'data-path': problem.path, 'data-code': problem.code } }, [
    el('span', { class: 'badge', text: SEVERITY[problem.severity] }),
    el('span', { class: 'rule', text: problem.rule }),
    el('span', { class: 'where', text: problem.where }),
    el('span', { class: 'message', text: problem.message })
  ])
  button.addEventListener('click', () => onSelect(problem, button))
  return el('li', {}, [button])
}

/**
 * The problem list, and the importer's notes after it; `onSelect` is called with a
 * clicked problem.
 *
 * @category rendering
 * @since 0.1.0
 */
export const renderProblems = (
  problems: ReadonlyArray<Problem>,
  notes: ReadonlyArray<ImportNote>,
  onSelect: (problem: Problem, button: HTMLButtonElement) => void
): ReadonlyArray<HTMLElement> => [
  el('p', { class: `problem-summary ${problems.length === 0 ? 'clean' : ''}`, text: problemSummary(problems), attrs: { 'data-count': String(problems.length) } }),
  el('ol', { class: 'problems' }, problems.map((p) => item(p, onSelect))),
  ...(notes.length === 0
    ? []
    : [el('h3', { class: 'notes-heading', text: '导入说明' }), el('ul', { class: 'notes' }, notes.map((n) => el('li', { text: n.message, attrs: { 'data-code': n.code } })))])
]
