/**
 * The arithmetic of table 三: T3-1 (the balance printed in its header), T3-2 (the
 * results total) and T3-3 (the applicant total of each row).
 *
 * @since 0.1.0
 */
import { valueOf } from '../cell.js'
import { TOTAL_COLUMN, type ApplicantRow } from '../applications.js'
import { APPLICANT_COLUMNS, APPLICATION_ROWS, dataRows, isResultPart } from '../labels.js'
import type { Problem } from '../problem.js'
import type { Report } from '../report.js'
import { valueAt } from '../cells.js'
import { found } from './found.js'

const COLUMNS = [0, 1, 2, 3, 4, 5, 6] as const
const sum = (xs: ReadonlyArray<number>): number => xs.reduce((a, b) => a + b, 0)

/**
 * T3-1, T3-2 and T3-3 on a report's table 三 (none when the table is missing).
 *
 * @category checks
 * @since 0.1.0
 */
export const checkApplications = (report: Report): ReadonlyArray<Problem> => {
  const table = report.tables.applications
  if (table === undefined) return []
  const version = report.format
  const rows = dataRows(APPLICATION_ROWS[version])
  const rowAt = (path: ReadonlyArray<string>) => valueAt(table, path) as ApplicantRow
  const results = rows.filter(isResultPart)
  const problems: Array<Problem> = []

  for (const c of COLUMNS) {
    const received = valueOf(table.newReceived[c])
    const carriedOver = valueOf(table.carriedOver[c])
    const total = valueOf(table.results.total[c])
    const carriedForward = valueOf(table.carriedForward[c])
    if (received + carriedOver !== total + carriedForward) {
      problems.push(
        found(version, 'T3-1', 'APPLICATION_BALANCE', ['tables', 'applications', 'newReceived', c],
          `本年新收 ${received} + 上年结转 ${carriedOver} ≠ 办理结果总计 ${total} + 结转下年度 ${carriedForward}`)
      )
    }
    const parts = sum(results.map((r) => valueOf(rowAt(r.path)[c])))
    if (parts !== total) {
      problems.push(
        found(version, 'T3-2', 'RESULTS_TOTAL', ['tables', 'applications', 'results', 'total', c],
          `（七）总计 ${total} ≠ 各项办理结果之和 ${parts}`)
      )
    }
  }

  for (const row of rows) {
    const cells = rowAt(row.path).map(valueOf)
    const applicants = cells.slice(0, TOTAL_COLUMN)
    const total = cells[TOTAL_COLUMN] ?? 0
    if (sum(applicants) !== total) {
      problems.push(
        found(version, 'T3-3', 'APPLICANT_TOTAL', ['tables', 'applications', ...row.path, TOTAL_COLUMN],
          `${APPLICANT_COLUMNS[TOTAL_COLUMN]} ${total} ≠ 各类申请人之和 ${sum(applicants)}（${applicants.join(' + ')}）`)
      )
    }
  }
  return problems
}
