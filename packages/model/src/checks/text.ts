/**
 * The checks on the report's text (FORMAT.md §7): X-1 numbers stated against the
 * tables, X-2 fees against section 六, X-3 stated totals against their parts, X-4
 * claims (均获维持, 全部办结, 未收到申请) against the tables.
 */
import type { Problem } from '../problem.js'
import type { Report } from '../report.js'
import { checkTextClaims } from './text-claims.js'
import { checkFees } from './text-fees.js'
import { checkTextNumbers } from './text-numbers.js'
import { checkTextTotals } from './text-totals.js'

/**
 * on a report, in that order.
 *
 * @example
 * checkText(report).filter((p) => p.rule === 'X-3')
 */
export const checkText = (report: Report): ReadonlyArray<Problem> => [
  ...checkTextNumbers(report),
  ...checkFees(report),
  ...checkTextTotals(report),
  ...checkTextClaims(report)
]
