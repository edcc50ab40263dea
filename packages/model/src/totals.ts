/**
 * `withTotals`: the author's helper that fills every total from its parts.
 */
import { count, valueOf } from './cell.js'
import { APPLICANT_INDEXES, TOTAL_COLUMN, type ApplicantRow } from './applications.js'
import { valueAt, setAt } from './cells.js'
import { APPLICATION_DATA_ROWS, REVIEW_GROUPS, isResultPart } from './labels.js'
import type { Report } from './report.js'
import { OUTCOME_TOTAL } from './review.js'

const sum = (xs: ReadonlyArray<number>): number => xs.reduce((a, b) => a + b, 0)

/**
 * The report with every total filled from its parts: table 三's （七）总计 row from
 * the results, the 总计 column of every row from the six applicant columns, and
 * table 四's 总计 from the four outcomes. Blank parts count as 0. 四、结转下年度 is data,
 * not a total, and is left as the author wrote it.
 */
export const withTotals = <R extends Report>(report: R): R => {
  let out = report
  const applications = report.tables.applications
  if (applications !== undefined) {
    const rows = APPLICATION_DATA_ROWS[report.format]
    const parts = rows.filter(isResultPart)
    const rowOf = (table: unknown, path: ReadonlyArray<string>) => valueAt(table, path) as ApplicantRow
    let table = applications
    for (const c of APPLICANT_INDEXES) {
      table = setAt(table, ['results', 'total', c], count(sum(parts.map((r) => valueOf(rowOf(table, r.path)[c])))))
    }
    for (const row of rows) {
      const cells = rowOf(table, row.path)
      table = setAt(table, [...row.path, TOTAL_COLUMN], count(sum(APPLICANT_INDEXES.map((c) => valueOf(cells[c])))))
    }
    out = setAt(out, ['tables', 'applications'], table)
  }
  const review = report.tables.review
  if (review !== undefined) {
    const filled = Object.fromEntries(
      REVIEW_GROUPS.map(({ key }) => {
        const cells = review[key]
        return [key, cells.map((cell, i) => (i === OUTCOME_TOTAL ? count(sum(cells.slice(0, OUTCOME_TOTAL).map(valueOf))) : cell))]
      })
    )
    out = setAt(out, ['tables', 'review'], filled)
  }
  return out
}
