/**
 * The checks against the previous year's report of the same agency: Y-1 (what was
 * carried forward is what is carried over) and Y-2 (documents in force, 2021 format).
 */
import { ROW_COLUMNS } from '../applications.js'
import { valueOf } from '../cell.js'
import { APPLICANT_COLUMNS } from '../labels.js'
import type { Problem } from '../problem.js'
import type { Report, Report2021 } from '../report.js'
import { unprintedIn } from '../unprinted.js'
import { found } from './found.js'

const carryOver = (report: Report, previous: Report): ReadonlyArray<Problem> => {
  const table = report.tables.applications
  const before = previous.tables.applications
  const path = ['tables', 'applications'] as const
  if (table === undefined || before === undefined) return []
  if (unprintedIn(report)([...path, 'carriedOver']) || unprintedIn(previous)([...path, 'carriedForward'])) return []
  return ROW_COLUMNS.flatMap((c) => {
    const now = valueOf(table.carriedOver[c])
    const then = valueOf(before.carriedForward[c])
    return now === then
      ? []
      : [
          found(
            report.format,
            'CARRY_OVER_MISMATCH',
            ['tables', 'applications', 'carriedOver', c],
            `上年结转 ${now} ≠ ${previous.year} 年度报告“结转下年度继续办理”${APPLICANT_COLUMNS[c]} ${then}`
          )
        ]
  })
}

const DOCUMENT_ROWS = [
  ['regulations', '规章'],
  ['normativeDocuments', '行政规范性文件']
] as const

const inForce = (report: Report2021, previous: Report2021): ReadonlyArray<Problem> => {
  const table = report.tables.active
  const before = previous.tables.active
  if (table === undefined || before === undefined) return []
  const unprinted = (r: Report, row: string) => unprintedIn(r)(['tables', 'active', 'item1', row])
  return DOCUMENT_ROWS.flatMap(([row, label]) => {
    if (unprinted(report, row) || unprinted(previous, row)) return []
    const now = table.item1[row]
    const expected = valueOf(before.item1[row].inForce) + valueOf(now.issued) - valueOf(now.repealed)
    const actual = valueOf(now.inForce)
    return actual === expected
      ? []
      : [
          found(
            report.format,
            'IN_FORCE_MISMATCH',
            ['tables', 'active', 'item1', row, 'inForce'],
            `${label}现行有效件数 ${actual} ≠ 上年现行有效 ${valueOf(before.item1[row].inForce)} + 本年制发 ${valueOf(now.issued)} − 本年废止 ${valueOf(now.repealed)} = ${expected}`
          )
        ]
  })
}

/**
 * Do two names denote one agency? Reports name it with or without the city or
 * province above it (洪泽区人民政府, 淮安市洪泽区人民政府).
 */
export const sameAgency = (a: string, b: string): boolean => a !== '' && b !== '' && (a.endsWith(b) || b.endsWith(a))

/**
 * Y-1 and Y-2 against the previous year's report. A previous report of another
 * agency or year is itself the problem, and nothing is compared; nor is a row either
 * report's text does not print (its `unprinted`).
 */
export const checkAgainstPrevious = (report: Report, previous: Report): ReadonlyArray<Problem> => {
  if (!sameAgency(previous.agency, report.agency) || previous.year !== report.year - 1) {
    return [
      found(
        report.format,
        'PREVIOUS_REPORT_MISMATCH',
        [],
        `上年报告应为“${report.agency}”${report.year - 1} 年度报告，所给为“${previous.agency}”${previous.year} 年度报告`
      )
    ]
  }
  const documents = report.format === '2021' && previous.format === '2021' ? inForce(report, previous) : []
  return [...carryOver(report, previous), ...documents]
}
