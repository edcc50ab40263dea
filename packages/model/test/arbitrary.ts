/**
 * fast-check generators of reports of both formats: a valid fixture's text and
 * metadata with every cell of every table drawn at random (counts, signed changes,
 * exact money, and now and then a blank).
 */
import * as fc from 'fast-check'
import {
  APPLICANT_INDEXES,
  APPLICATION_DATA_ROWS,
  canonicalDecimal,
  cellPlaces,
  decodeReport,
  isResultPart,
  setAt,
  valueAt,
  valueOf,
  type Cell,
  type FormatVersion,
  type Report
} from '../src/index.js'
import { readFixture } from './fixture-cases.js'

const TEMPLATES: Readonly<Record<FormatVersion, Report>> = {
  '2019': decoded(readFixture('renshi-town-2020')),
  '2021': decoded(readFixture('example-department-2022'))
}

function decoded(u: unknown): Report {
  const result = decodeReport(u)
  if (result.report === undefined) throw new Error('template fixture does not decode')
  return result.report
}

const TABLES = ['active', 'applications', 'review'] as const
const blank = fc.constantFrom('', '/', '—', '-')
const count = fc.oneof({ weight: 12, arbitrary: fc.nat(60) }, { weight: 1, arbitrary: blank })
const delta = fc.oneof({ weight: 12, arbitrary: fc.integer({ min: -60, max: 60 }) }, { weight: 1, arbitrary: blank })
const money = fc.oneof(
  { weight: 12, arbitrary: fc.tuple(fc.nat(99999), fc.nat(999)).map(([a, b]) => canonicalDecimal(`${a}.${String(b).padStart(3, '0')}`)) },
  { weight: 1, arbitrary: blank }
)
const CELLS = { count, delta, money } as const

/** A report of `version` whose every table cell is random (totals need not add up). */
export const arbitraryReport = (version: FormatVersion, year = fc.integer({ min: 2019, max: 2030 })): fc.Arbitrary<Report> => {
  const places = TABLES.flatMap((t) => cellPlaces(version, t))
  return fc
    .record({
      year,
      agency: fc.constantFrom('示例县市场监督管理局', '开江县任市镇人民政府', '洪泽区人民政府'),
      publisher: fc.constantFrom('government', 'department', 'township'),
      cells: fc.tuple(...places.map((p) => CELLS[p.kind]))
    })
    .map(({ year, agency, publisher, cells }) =>
      places.reduce<Report>((report, place, i) => setAt(report, place.path, cells[i]), { ...TEMPLATES[version], year, agency, publisher } as Report)
    )
}

/**
 * The report with 一、本年新收 made to balance (一 + 二 = 三（七）+ 四) in each
 * applicant column, the carry-over lowered where it would exceed what is due.
 */
export const balanced = (report: Report): Report => {
  let out = report
  const table = () => out.tables.applications
  if (table() === undefined) return out
  for (const c of APPLICANT_INDEXES) {
    const at = (path: ReadonlyArray<string>) => valueOf((valueAt(table(), path) as ReadonlyArray<Cell<number>>)[c] ?? 0)
    const results = APPLICATION_DATA_ROWS[report.format].filter(isResultPart).reduce((n, row) => n + at(row.path), 0)
    const due = results + at(['carriedForward'])
    const carriedOver = Math.min(at(['carriedOver']), due)
    out = setAt(out, ['tables', 'applications', 'carriedOver', c], carriedOver)
    out = setAt(out, ['tables', 'applications', 'newReceived', c], due - carriedOver)
  }
  return out
}
