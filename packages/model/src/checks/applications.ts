/**
 * The arithmetic of table 三: T3-1 (the balance printed in its header), T3-2 (the
 * results total) and T3-3 (the applicant total of each row).
 */
import { valueOf } from '../cell.js'
import { ROW_COLUMNS, TOTAL_COLUMN, type ApplicantRow } from '../applications.js'
import { APPLICANT_COLUMNS, APPLICATION_DATA_ROWS, isResultPart, type DataRow } from '../labels.js'
import type { Problem } from '../problem.js'
import type { FormatVersion, Report } from '../report.js'
import { valueAt } from '../cells.js'
import { unprintedIn } from '../unprinted.js'
import { found } from './found.js'

interface Compiled {
  readonly rows: ReadonlyArray<DataRow>
  /** The indexes in `rows` of the result parts that （七）总计 sums. */
  readonly results: ReadonlyArray<number>
}

const compile = (rows: ReadonlyArray<DataRow>): Compiled => ({
  rows,
  results: rows.flatMap((row, i) => (isResultPart(row) ? [i] : []))
})

/** The rows of table 三 and where its result parts are among them, once per format, from the labels. */
const COMPILED: Readonly<Record<FormatVersion, Compiled>> = {
  '2019': compile(APPLICATION_DATA_ROWS['2019']),
  '2021': compile(APPLICATION_DATA_ROWS['2021'])
}

/**
 * T3-1, T3-2 and T3-3 on a report's table 三 (none when the table is missing). A sum
 * whose total or balance row the text does not print (the report's `unprinted`: a
 * page cut inside the table) is not checked; parts not printed count as blank.
 */
export const checkApplications = (report: Report): ReadonlyArray<Problem> => {
  const table = report.tables.applications
  if (table === undefined) return []
  const version = report.format
  const compiled = COMPILED[version]
  // Each row read once, by its path: T3-2 takes the result parts from them, T3-3 every row.
  const cellsOf = compiled.rows.map((row) => valueAt(table, row.path) as ApplicantRow)
  const results = compiled.results.map((i) => cellsOf[i] as ApplicantRow)
  const problems: Array<Problem> = []
  const unprinted = unprintedIn(report)
  const printed = (...path: ReadonlyArray<string>) => !unprinted(['tables', 'applications', ...path])
  const totalled = printed('results', 'total')
  const balanced = totalled && printed('newReceived') && printed('carriedOver') && printed('carriedForward')

  for (const c of ROW_COLUMNS) {
    const received = valueOf(table.newReceived[c])
    const carriedOver = valueOf(table.carriedOver[c])
    const total = valueOf(table.results.total[c])
    const carriedForward = valueOf(table.carriedForward[c])
    if (balanced && received + carriedOver !== total + carriedForward) {
      problems.push(
        found(
          version,
          'APPLICATION_BALANCE',
          ['tables', 'applications', 'newReceived', c],
          `本年新收 ${received} + 上年结转 ${carriedOver} ≠ 办理结果总计 ${total} + 结转下年度 ${carriedForward}`
        )
      )
    }
    // The sums read numbers directly: a blank cell (a string) adds 0, as valueOf counts it.
    let parts = 0
    for (const row of results) {
      const cell = row[c]
      if (typeof cell === 'number') parts += cell
    }
    if (totalled && parts !== total) {
      problems.push(found(version, 'RESULTS_TOTAL', ['tables', 'applications', 'results', 'total', c], `（七）总计 ${total} ≠ 各项办理结果之和 ${parts}`))
    }
  }

  for (let r = 0; r < compiled.rows.length; r++) {
    const row = compiled.rows[r] as DataRow
    const cells = cellsOf[r] as ApplicantRow
    let applicantSum = 0
    for (let c = 0; c < TOTAL_COLUMN; c++) {
      const cell = cells[c]
      if (typeof cell === 'number') applicantSum += cell
    }
    const total = valueOf(cells[TOTAL_COLUMN])
    if (applicantSum !== total) {
      const applicants = cells.slice(0, TOTAL_COLUMN).map(valueOf)
      problems.push(
        found(
          version,
          'APPLICANT_TOTAL',
          ['tables', 'applications', ...row.path, TOTAL_COLUMN],
          `${APPLICANT_COLUMNS[TOTAL_COLUMN]} ${total} ≠ 各类申请人之和 ${applicantSum}（${applicants.join(' + ')}）`
        )
      )
    }
  }
  return problems
}
