/**
 * T4-1: in each group of table 四, 总计 is the sum of the four outcomes.
 */
import { valueOf } from '../cell.js'
import { OUTCOMES, REVIEW_GROUPS } from '../labels.js'
import type { Problem } from '../problem.js'
import type { Report } from '../report.js'
import { OUTCOME_TOTAL } from '../review.js'
import { found } from './found.js'

/**
 * T4-1 on a report's table 四 (none when the table is missing).
 */
export const checkReview = (report: Report): ReadonlyArray<Problem> => {
  const table = report.tables.review
  if (table === undefined) return []
  const problems: Array<Problem> = []
  for (const { key } of REVIEW_GROUPS) {
    const row = table[key]
    let sum = 0
    for (let i = 0; i < OUTCOME_TOTAL; i++) sum += valueOf(row[i] ?? '')
    const total = valueOf(row[OUTCOME_TOTAL] ?? '')
    // The message is made only for a group whose sum fails.
    if (sum === total) continue
    const outcomes = row.slice(0, OUTCOME_TOTAL).map(valueOf)
    problems.push(
      found(
        report.format,
        'REVIEW_TOTAL',
        ['tables', 'review', key, OUTCOME_TOTAL],
        `总计 ${total} ≠ ${outcomes.map((n, i) => `${OUTCOMES[i]} ${n}`).join(' + ')}`
      )
    )
  }
  return problems
}
