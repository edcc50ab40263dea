/**
 * H-1: a region's (or a system's) report against the sum of its units' reports,
 * cell by cell. Units missing from the reports given are listed, never taken as 0.
 */
import { aggregate } from '../aggregate.js'
import { isBlank, type Cell } from '../cell.js'
import { cellAt, cellPlaces } from '../cells.js'
import { sumDecimals } from '../decimal.js'
import { TABLE_ROLES } from '../labels.js'
import type { Problem } from '../problem.js'
import type { Report } from '../report.js'
import { found } from './found.js'

/** A cell as an exact decimal text, blank as 0 (the sum counts blanks as 0 too). */
const decimalOf = (cell: Cell<number | string> | undefined): string => (cell === undefined || isBlank(cell) ? '0' : String(cell))

const scaled = (s: string, scale: number): bigint => {
  const negative = s.startsWith('-')
  const [whole = '0', fraction = ''] = (negative ? s.slice(1) : s).split('.')
  const units = BigInt(whole + fraction.padEnd(scale, '0'))
  return negative ? -units : units
}

/** `a − b` of two decimal texts (signed), exactly, as a signed decimal text; `undefined` when equal. */
const difference = (a: string, b: string): string | undefined => {
  const scale = Math.max(a.split('.')[1]?.length ?? 0, b.split('.')[1]?.length ?? 0)
  const d = scaled(a, scale) - scaled(b, scale)
  if (d === 0n) return undefined
  const digits = (d < 0n ? -d : d).toString().padStart(scale + 1, '0')
  return `${d < 0n ? '−' : '+'}${sumDecimals([scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`])}`
}

/**
 * A unit whose report is not summed, and why (not there, unreadable, another year).
 */
export interface MissingChild {
  readonly name: string
  readonly reason: string
}

/**
 * H-1 on a region's report: one `CHILDREN_TOTAL_MISMATCH` per cell that differs
 * from the cell-wise sum of `children`, naming both values and the difference;
 * one `CHILD_REPORT_MISSING` per unit in `missing` (whose report is not summed).
 * Children that cannot be summed (other years or formats) are one
 * `CHILDREN_NOT_SUMMABLE`.
 *
 * @example
 * checkAgainstChildren(county, [townA, townB], [{ name: '某某镇人民政府', reason: '没有收到报告' }]).map((p) => p.message)
 */
export const checkAgainstChildren = (
  region: Report,
  children: ReadonlyArray<Report>,
  missing: ReadonlyArray<MissingChild> = []
): ReadonlyArray<Problem> => {
  const absent = missing.map(({ name, reason }) => found(region.format, 'CHILD_REPORT_MISSING', [], `下级单位“${name}”未计入合计（不按 0 计）：${reason}`))
  if (children.length === 0) return absent
  const summed = aggregate({ ...region, scope: 'region' }, children)
  if (summed.report === undefined) return [...absent, found(region.format, 'CHILDREN_NOT_SUMMABLE', [], `下级单位的报告无法汇总：${summed.error.message}`)]
  if (summed.report.format !== region.format || summed.report.year !== region.year) {
    return [
      ...absent,
      found(
        region.format,
        'CHILDREN_NOT_SUMMABLE',
        [],
        `下级单位的报告为 ${summed.report.year} 年度、${summed.report.format} 年格式，本报告为 ${region.year} 年度、${region.format} 年格式`
      )
    ]
  }
  const sum = summed.report
  const cells = TABLE_ROLES.filter((t) => region.tables[t] !== undefined).flatMap((t) => cellPlaces(region.format, t))
  const differing = cells.flatMap(({ path }) => {
    const mine = decimalOf(cellAt(region, path))
    const theirs = decimalOf(cellAt(sum, path))
    const by = difference(mine, theirs)
    if (by === undefined) return []
    return [found(region.format, 'CHILDREN_TOTAL_MISMATCH', path, `本报告为 ${mine}，${children.length} 个下级单位的报告合计为 ${theirs}（相差 ${by}）`)]
  })
  return [...absent, ...differing]
}
