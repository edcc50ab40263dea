/**
 * 规章 reported by an agency that cannot make them. Only the State Council's
 * departments and the governments of provinces and of cities with districts make
 * 规章 (立法法); townships never do, and most departments do not.
 */
import { valueOf, type Cell } from '../cell.js'
import { activeBlock } from '../labels.js'
import type { Problem } from '../problem.js'
import type { Publisher, Report } from '../report.js'
import { found } from './found.js'

const WHY: Readonly<Record<Exclude<Publisher, 'government'>, string>> = {
  township: '乡镇人民政府、街道办事处没有规章制定权',
  department: '除国务院部门外，政府部门没有规章制定权，请核实'
}

/** The columns of table 二's item 1 in each format, from the labels. */
const COLUMNS = {
  '2019': activeBlock('2019', 'item1')?.columns ?? [],
  '2021': activeBlock('2021', 'item1')?.columns ?? []
} as const

/**
 * A-1 on table 二 of a township's or a department's report.
 */
export const checkRegulations = (report: Report): ReadonlyArray<Problem> => {
  const table = report.tables.active
  if (table === undefined || report.publisher === 'government') return []
  const why = WHY[report.publisher]
  const cells: Readonly<Record<string, Cell<number>>> = table.item1.regulations
  const problems: Array<Problem> = []
  for (const column of COLUMNS[report.format]) {
    const n = valueOf(cells[column.key] ?? '')
    if (n > 0) {
      problems.push(
        found(report.format, 'REGULATIONS_NOT_EMPOWERED', ['tables', 'active', 'item1', 'regulations', column.key], `规章${column.label}为 ${n}：${why}`)
      )
    }
  }
  return problems
}
