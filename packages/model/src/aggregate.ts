/**
 * `aggregate`: sums the reports of one format and year into the report of a region
 * or a system, as a county government sums its departments and townships.
 */
import { count, isBlank, type Cell } from './cell.js'
import { amountUnitOf } from './amount-unit.js'
import { cellAt, cellPlaces, setAt } from './cells.js'
import { sumDecimals } from './decimal.js'
import { TABLE_NAMES, TABLE_ROLES } from './labels.js'
import type { Report } from './report.js'

/**
 * Why reports could not be summed.
 */
export interface AggregateError {
  readonly code: 'NO_REPORTS' | 'MIXED_FORMATS' | 'MIXED_YEARS' | 'TABLE_MISSING' | 'MIXED_UNITS'
  readonly message: string
}

/**
 * What the aggregate says of itself: everything but the numbers.
 */
export type AggregateHeader = Pick<Report, 'title' | 'agency' | 'publisher' | 'sections'> & {
  readonly scope: 'region' | 'system'
  readonly published?: Report['published']
}

/**
 * What summing found: the region's report, or why the reports could not be summed.
 */
export type Aggregated = { readonly report: Report; readonly error?: undefined } | { readonly report?: undefined; readonly error: AggregateError }

const fail = (code: AggregateError['code'], message: string): Aggregated => ({ error: { code, message } })

const sumCells = (cells: ReadonlyArray<Cell<number | string>>, kind: 'count' | 'delta' | 'money'): number | string => {
  const values = cells.filter((c) => !isBlank(c))
  if (kind === 'money') return sumDecimals(values.map(String))
  const total = values.reduce<number>((a, c) => a + Number(c), 0)
  return kind === 'count' ? count(total) : total
}

/**
 * The cell-wise sum of reports of one format and year, under `header`. Reports of
 * mixed formats or years, a missing table or mixed procurement units are an error
 * value, never a throw. Blank cells count as 0.
 *
 * @example
 * aggregate(header, [townA, townB]) // { report } or { error: { code: 'MIXED_YEARS', … } }
 */
export const aggregate = (header: AggregateHeader, reports: ReadonlyArray<Report>): Aggregated => {
  const [first] = reports
  if (first === undefined) return fail('NO_REPORTS', '没有可汇总的报告')
  const other = reports.find((r) => r.format !== first.format)
  if (other !== undefined) {
    return fail('MIXED_FORMATS', `不能汇总不同格式的报告：“${first.agency}”为 ${first.format} 年格式，“${other.agency}”为 ${other.format} 年格式`)
  }
  const otherYear = reports.find((r) => r.year !== first.year)
  if (otherYear !== undefined) {
    return fail('MIXED_YEARS', `不能汇总不同年度的报告：“${first.agency}”为 ${first.year} 年度，“${otherYear.agency}”为 ${otherYear.year} 年度`)
  }
  const incomplete = reports.flatMap((r) => TABLE_ROLES.filter((t) => r.tables[t] === undefined).map((t) => `“${r.agency}”缺少${TABLE_NAMES[t]}`))
  if (incomplete.length > 0) return fail('TABLE_MISSING', `不能汇总缺表的报告：${incomplete.join('；')}`)
  const units = new Set(reports.map(amountUnitOf))
  const amount = first.format === '2019' ? '政府集中采购总金额' : '行政事业性收费金额'
  if (units.size > 1) return fail('MIXED_UNITS', `${amount}的单位不一致：${[...units].map((u) => u ?? '（未注明）').join('、')}`)

  let tables = first.tables
  for (const table of TABLE_ROLES) {
    for (const { path, kind } of cellPlaces(first.format, table)) {
      tables = setAt(
        tables,
        path.slice(1),
        sumCells(
          reports.map((r) => cellAt(r, path)),
          kind
        )
      )
    }
  }
  const { published, ...rest } = header
  return { report: { ...rest, ...(published === undefined ? {} : { published }), format: first.format, year: first.year, tables } as Report }
}
