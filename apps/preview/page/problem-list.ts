/**
 * The problems beside the document, in Chinese: a summary line, then each problem
 * with its severity, rule, place and message, as a button that shows its place;
 * after them, the importer's notes on a published text, likewise.
 */
import type { ImportNote } from '@report/import'
import type { Problem } from '@report/model'
import { el } from './dom.js'

/**
 * The Chinese name of each severity.
 */
export const SEVERITY_NAMES = { error: '错误', warning: '警告' } as const

/**
 * The summary of a list of problems.
 *
 * @example
 * problemSummary([]) // '没有发现问题'
 */
export const problemSummary = (problems: ReadonlyArray<Problem>): string => {
  if (problems.length === 0) return '没有发现问题'
  const errors = problems.filter((p) => p.severity === 'error').length
  return `共 ${problems.length} 个问题：错误 ${errors} 个，警告 ${problems.length - errors} 个`
}

/**
 * What a clicked entry asks for: the place at `path` in the document.
 */
export type OnSelect = (path: string, button: HTMLButtonElement) => void

interface Entry {
  readonly kind: string
  readonly badge: string
  /** The rule of a problem, the code of a note. */
  readonly label: string
  readonly code: string
  readonly where: string
  readonly message: string
  readonly path: string
}

const item = (entry: Entry, onSelect: OnSelect): HTMLLIElement => {
  const button = el('button', { class: entry.kind, attrs: { type: 'button', 'data-path': entry.path, 'data-code': entry.code } }, [
    el('span', { class: 'badge', text: entry.badge }),
    el('span', { class: 'rule', text: entry.label }),
    el('span', { class: 'where', text: entry.where }),
    el('span', { class: 'message', text: entry.message })
  ])
  button.addEventListener('click', () => onSelect(entry.path, button))
  return el('li', {}, [button])
}

const problemEntry = (p: Problem): Entry => ({ ...p, kind: `problem ${p.severity}`, badge: SEVERITY_NAMES[p.severity], label: p.rule })

const noteEntry = (n: ImportNote): Entry => ({ ...n, kind: 'problem note', badge: '说明', label: n.code, path: n.path ?? '' })

/**
 * The problem list, then the importer's notes; `onSelect` is called with the path
 * of a clicked entry.
 */
export const renderProblems = (problems: ReadonlyArray<Problem>, notes: ReadonlyArray<ImportNote>, onSelect: OnSelect): ReadonlyArray<HTMLElement> => [
  el('p', {
    class: `problem-summary ${problems.length === 0 ? 'clean' : ''}`,
    text: problemSummary(problems),
    attrs: { 'data-count': String(problems.length) }
  }),
  el(
    'ol',
    { class: 'problems' },
    problems.map((p) => item(problemEntry(p), onSelect))
  ),
  ...(notes.length === 0
    ? []
    : [
        el('h3', { class: 'notes-heading', text: `导入说明（${notes.length} 条）` }),
        el(
          'ol',
          { class: 'notes' },
          notes.map((n) => item(noteEntry(n), onSelect))
        )
      ])
]
