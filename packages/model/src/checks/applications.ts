/**
 * The arithmetic of table 三: T3-1 (the balance printed in its header), T3-2 (the
 * results total) and T3-3 (the applicant total of each row).
 */
import { valueOf } from '../cell.js'
import { ROW_COLUMNS, TOTAL_COLUMN, type ApplicantRow } from '../applications.js'
import { APPLICANT_COLUMNS, APPLICATION_DATA_ROWS, isResultPart, type DataRow } from '../labels.js'
import type { Path } from '../place.js'
import type { Problem } from '../problem.js'
import type { FormatVersion, Report } from '../report.js'
import { valueAt } from '../cells.js'
import { unprintedIn } from '../unprinted.js'
import { found } from './found.js'

interface Compiled {
  readonly rows: ReadonlyArray<DataRow>
  /** Whether each of `rows` is a result part, one that （七）总计 sums. */
  readonly parts: ReadonlyArray<boolean>
  /** The label of （七）总计, as the message of T3-2 names it. */
  readonly total: string
}

const compile = (rows: ReadonlyArray<DataRow>): Compiled => ({
  rows,
  parts: rows.map(isResultPart),
  total: rows.find((row) => row.path.join('/') === 'results/total')?.label ?? ''
})

/** The rows of table 三 and which are result parts, once per format, from the labels. */
const COMPILED: Readonly<Record<FormatVersion, Compiled>> = {
  '2019': compile(APPLICATION_DATA_ROWS['2019']),
  '2021': compile(APPLICATION_DATA_ROWS['2021'])
}

const RESULTS_TOTAL: Path = ['tables', 'applications', 'results', 'total']
/** The rows of T3-1's balance but （七）总计. */
const BALANCE_ROWS: ReadonlyArray<Path> = ['newReceived', 'carriedOver', 'carriedForward'].map((row) => ['tables', 'applications', row])

/** The numbers of a row's cells, each added to `sums` at its column (a blank cell, a string, adds 0, as valueOf counts it). */
const addTo = (sums: Array<number>, cells: ApplicantRow): void => {
  for (let c = 0; c <= TOTAL_COLUMN; c++) {
    const cell = cells[c]
    if (typeof cell === 'number') sums[c] = (sums[c] as number) + cell
  }
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
  const { rows, parts: isPart, total: totalLabel } = COMPILED[version]
  // One pass over the rows, each read once by its path: the sums of the result parts by column (T3-2), and the rows whose 总计 is not their applicants' sum (T3-3).
  const parts = [0, 0, 0, 0, 0, 0, 0]
  const unbalanced: Array<number> = []
  for (let r = 0; r < rows.length; r++) {
    const cells = valueAt(table, (rows[r] as DataRow).path) as ApplicantRow
    let applicantSum = 0
    for (let c = 0; c < TOTAL_COLUMN; c++) {
      const cell = cells[c]
      if (typeof cell === 'number') applicantSum += cell
    }
    if (applicantSum !== valueOf(cells[TOTAL_COLUMN])) unbalanced.push(r)
    if (isPart[r] === true) addTo(parts, cells)
  }
  const problems: Array<Problem> = []
  const unprinted = unprintedIn(report)
  const totalled = !unprinted(RESULTS_TOTAL)
  const balanced = totalled && !BALANCE_ROWS.some(unprinted)

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
    if (totalled && parts[c] !== total) {
      problems.push(
        found(version, 'RESULTS_TOTAL', ['tables', 'applications', 'results', 'total', c], `${totalLabel} ${total} ≠ 各项办理结果之和 ${parts[c]}`)
      )
    }
  }

  // The messages of T3-3, made only for the rows that fail it.
  for (const r of unbalanced) {
    const row = rows[r] as DataRow
    const cells = valueAt(table, row.path) as ApplicantRow
    const applicants = cells.slice(0, TOTAL_COLUMN).map(valueOf)
    const applicantSum = applicants.reduce((a, b) => a + b, 0)
    problems.push(
      found(
        version,
        'APPLICANT_TOTAL',
        ['tables', 'applications', ...row.path, TOTAL_COLUMN],
        `${APPLICANT_COLUMNS[TOTAL_COLUMN]} ${valueOf(cells[TOTAL_COLUMN])} ≠ 各类申请人之和 ${applicantSum}（${applicants.join(' + ')}）`
      )
    )
  }
  return problems
}
