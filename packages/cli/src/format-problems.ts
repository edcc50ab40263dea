/**
 * Problems for people: one Chinese line each, grouped by file, with a count.
 */
import { SEVERITY_NAMES, type Problem } from '@report/model'

/**
 * One line for a problem: `错误 [T3-1 APPLICATION_BALANCE] 表三 … · 自然人：本年新收 3 + …`.
 */
export const formatProblem = (p: Problem): string => `  ${SEVERITY_NAMES[p.severity]} [${p.rule} ${p.code}] ${p.where}：${p.message}`

/**
 * A file's problems as a block of lines with a closing count.
 */
export const formatProblems = (file: string, problems: ReadonlyArray<Problem>): string => {
  const errors = problems.filter((p) => p.severity === 'error').length
  const warnings = problems.length - errors
  const summary = problems.length === 0 ? '没有发现问题' : `${errors} 个${SEVERITY_NAMES.error}，${warnings} 个${SEVERITY_NAMES.warning}`
  return [`${file}：${summary}`, ...problems.map(formatProblem)].join('\n')
}
