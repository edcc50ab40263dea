/**
 * a key total that changes more than fivefold either way from the agency's
 * report of the year before, when both values are over 10.
 */
import { valueOf } from '../cell.js'
import { valueAt } from '../cells.js'
import { placeOf, type Path } from '../place.js'
import type { Problem } from '../problem.js'
import type { Report } from '../report.js'
import { found } from './found.js'

/** The totals R-3 follows, the same in both formats. */
export const KEY_TOTALS: ReadonlyArray<Path> = [
  ['tables', 'applications', 'newReceived', 6],
  ['tables', 'applications', 'results', 'total', 6],
  ['tables', 'review', 'reconsideration', 4],
  ['tables', 'review', 'directSuit', 4],
  ['tables', 'review', 'suitAfterReconsideration', 4]
]

/** The factor beyond which a change warns, and the least value either year must have. */
export const JUMP_FACTOR = 5
export const JUMP_FLOOR = 10

/**
 * A key total of a report, or `undefined` when its table is missing (blank is 0).
 */
export const keyTotal = (report: Report, path: Path): number | undefined => {
  const cell = valueAt(report, path)
  return cell === undefined ? undefined : valueOf(cell as never)
}

/**
 * R-3 on a report and its agency's previous report: `TOTAL_JUMP` per key total
 * that grew or fell more than fivefold, both values over 10.
 */
export const checkJumps = (report: Report, previous: Report): ReadonlyArray<Problem> =>
  KEY_TOTALS.flatMap((path) => {
    const now = keyTotal(report, path)
    const then = keyTotal(previous, path)
    if (now === undefined || then === undefined || now <= JUMP_FLOOR || then <= JUMP_FLOOR) return []
    const factor = now > then ? now / then : then / now
    return factor > JUMP_FACTOR
      ? [
          found(
            report.format,
            'TOTAL_JUMP',
            path,
            `${placeOf(report.format, path).where}由 ${previous.year} 年度的 ${then} ${now > then ? '增至' : '降至'} ${now}（${now > then ? '为上年的' : '上年为本年的'} ${factor.toFixed(1)} 倍，超过 ${JUMP_FACTOR} 倍）`
          )
        ]
      : []
  })
