/**
 * `newReport`: a blank report for a year, in the format in force for it: every
 * statutory section heading with no text, every table with every cell blank. Given
 * last year's report, what follows from it is filled in: 上年结转 from its 结转下年度,
 * 现行有效件数 (2021 format) and 上一年项目数量 (2019 format) carried forward, and the
 * agency's name, kind and scope.
 */
import { type Cell } from './cell.js'
import { rowPlaces, setAt, valueAt } from './cells.js'
import { formatForYear } from './checks/calendar.js'
import { SECTION_HEADINGS, TABLE_ROLES } from './labels.js'
import type { Path } from './place.js'
import { Publisher, Scope, Year, type Report } from './report.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What a new report is for. The agency, its kind and scope may be left out when
 * last year's report gives them.
 */
export interface NewReportHeader {
  readonly year: number
  readonly agency?: string
  readonly publisher?: Report['publisher']
  readonly scope?: Report['scope']
}

/**
 * Why no report could be made.
 */
export interface NewReportError {
  readonly code: 'YEAR_INVALID' | 'AGENCY_MISSING' | 'PUBLISHER_MISSING' | 'PUBLISHER_INVALID' | 'SCOPE_INVALID' | 'PREVIOUS_YEAR_MISMATCH'
  readonly message: string
}

/**
 * The new report, or why it could not be made.
 */
export type NewReport = { readonly report: Report; readonly error?: undefined } | { readonly report?: undefined; readonly error: NewReportError }

// -------------------------------------------------------------------------------------
// blank
// -------------------------------------------------------------------------------------

const fail = (code: NewReportError['code'], message: string): NewReport => ({ error: { code, message } })

/** Every table of a format with every cell blank. */
const blankTables = (format: Report['format']): Report['tables'] => {
  const tables: Record<string, unknown> = {}
  for (const table of TABLE_ROLES) {
    for (const row of rowPlaces(format, table)) {
      const cells = row.columns.every((c) => typeof c.key === 'number')
        ? row.columns.map(() => '')
        : Object.fromEntries(row.columns.map((c) => [c.key, '']))
      const keys = row.path.slice(1).map(String)
      const parent = keys.slice(0, -1).reduce<Record<string, unknown>>((node, key) => (node[key] ??= {}) as Record<string, unknown>, tables)
      parent[keys.at(-1) ?? ''] = cells
    }
  }
  return tables as Report['tables']
}

// -------------------------------------------------------------------------------------
// carried from last year
// -------------------------------------------------------------------------------------

const cellOf = (report: Report, path: Path): Cell<number> | undefined => valueAt(report, path) as Cell<number> | undefined

const isNumber = (c: Cell<number> | undefined): c is number => typeof c === 'number'

/** Last year's count at the year's end (上一年项目数量 + 本年增/减), blank when both were blank. */
const yearEnd = (previous: Report, row: Path): Cell<number> => {
  const start = cellOf(previous, [...row, 'previousYear'])
  const change = cellOf(previous, [...row, 'change'])
  if (!isNumber(start) && !isNumber(change)) return ''
  return Math.max(0, (isNumber(start) ? start : 0) + (isNumber(change) ? change : 0))
}

/** The columns of table 二 whose cells a new report takes from last year's. */
const CARRIED_COLUMNS: ReadonlySet<string | number> = new Set(['inForce', 'previousYear'])

/**
 * Is the cell at `path` one that a new report takes from last year's (表三
 * 二、上年结转, 表二 现行有效件数 and 上一年项目数量), not one of this year's entries?
 *
 * @example
 * isCarriedCell(['tables', 'applications', 'carriedOver', 0]) // true
 */
export const isCarriedCell = (path: Path): boolean =>
  path[1] === 'applications' ? path[2] === 'carriedOver' : path[1] === 'active' && CARRIED_COLUMNS.has(path.at(-1) ?? '')

/** The paths that take a value from last year's report, with the value. */
const carried = (format: Report['format'], previous: Report): ReadonlyArray<readonly [Path, unknown]> => {
  const out: Array<readonly [Path, unknown]> = []
  const forward = previous.tables.applications?.carriedForward
  if (forward !== undefined) out.push([['tables', 'applications', 'carriedOver'], [...forward]])
  if (format !== previous.format || previous.tables.active === undefined) return out
  for (const row of rowPlaces(format, 'active')) {
    const keys = row.columns.map((c) => c.key)
    // 2021: documents in force carry over (Y-2 with nothing issued or repealed yet).
    if (keys.includes('inForce')) out.push([[...row.path, 'inForce'], cellOf(previous, [...row.path, 'inForce']) ?? ''])
    // 2019: last year's count at the year's end is this year's 上一年项目数量.
    if (keys.includes('previousYear')) out.push([[...row.path, 'previousYear'], yearEnd(previous, row.path)])
  }
  return out
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A blank report of `header.year` in the format in force for it, titled for the
 * agency; with `previous` (last year's report of the same agency) the carry-overs
 * filled in and the agency, kind and scope taken from it where `header` leaves
 * them out. A bad year, a missing agency or kind, or a previous report of another
 * year is an error value with a Chinese message.
 *
 * @example
 * newReport({ agency: '某某镇人民政府', year: 2025, publisher: 'township' }).report?.format // '2021'
 */
export const newReport = (header: NewReportHeader, previous?: Report): NewReport => {
  const { year } = header
  if (!Year.is(year)) return fail('YEAR_INVALID', `报告年度应为 2008 至 2100 之间的整数，实为 ${String(year)}`)
  if (previous !== undefined && previous.year !== year - 1) {
    return fail('PREVIOUS_YEAR_MISMATCH', `上年报告应为 ${year - 1} 年度，所给为 ${previous.year} 年度`)
  }
  const agency = (header.agency ?? previous?.agency ?? '').trim()
  if (agency === '') return fail('AGENCY_MISSING', '缺少机关名称')
  const publisher = header.publisher ?? previous?.publisher
  if (publisher === undefined) return fail('PUBLISHER_MISSING', '缺少发布机关类型（government、department 或 township）')
  if (!Publisher.is(publisher)) return fail('PUBLISHER_INVALID', `发布机关类型应为 government、department 或 township，实为“${String(publisher)}”`)
  const scope = header.scope ?? previous?.scope ?? 'own'
  if (!Scope.is(scope)) return fail('SCOPE_INVALID', `报告范围应为 own、region 或 system，实为“${String(scope)}”`)
  const format = formatForYear(year)
  const sections = (Object.entries(SECTION_HEADINGS) as ReadonlyArray<[Report['sections'][number]['role'], string]>).map(([role, heading]) => ({
    role,
    heading,
    paragraphs: []
  }))
  let report: unknown = {
    format,
    year,
    title: `${agency}${year}年政府信息公开工作年度报告`,
    agency,
    scope,
    publisher,
    sections,
    tables: blankTables(format)
  }
  for (const [path, value] of previous === undefined ? [] : carried(format, previous)) report = setAt(report, path, value)
  return { report: report as Report }
}
