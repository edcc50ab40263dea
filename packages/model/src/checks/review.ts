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
  return REVIEW_GROUPS.flatMap(({ key }) => {
    const cells = table[key].map(valueOf)
    const outcomes = cells.slice(0, OUTCOME_TOTAL)
    const total = cells[OUTCOME_TOTAL] ?? 0
    const sum = outcomes.reduce((a, b) => a + b, 0)
    return sum === total
      ? []
      : [
          found(
            report.format,
            'REVIEW_TOTAL',
            ['tables', 'review', key, OUTCOME_TOTAL],
            `总计 ${total} ≠ ${outcomes.map((n, i) => `${OUTCOMES[i]} ${n}`).join(' + ')}`
          )
        ]
  })
}
