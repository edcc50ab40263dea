/**
 * S-1: every statutory section and table is there and not empty, and no cell is
 * left blank or "/" where 0 belongs. A table left blank (a new report's, whose only
 * numbers are those carried from last year) is one finding, not one per cell.
 */
import { isBlank, type Blank, type Cell } from '../cell.js'
import { cellPlaces, rowPlaces, valueAt } from '../cells.js'
import { SECTION_HEADINGS, TABLE_NAMES, TABLE_ROLES, type TableRole } from '../labels.js'
import { isCarriedCell } from '../new-report.js'
import type { Path } from '../place.js'
import type { Problem } from '../problem.js'
import type { Report, Section, SectionRole } from '../report.js'
import { found } from './found.js'

const TEXT_ROLES: ReadonlyArray<SectionRole> = ['overview', 'problems', 'other']

const hasText = (section: Section): boolean =>
  section.paragraphs.some((p) => p.trim() !== '') || (section.subsections ?? []).some((s) => s.paragraphs.some((p) => p.trim() !== ''))

const checkSections = (report: Report): ReadonlyArray<Problem> =>
  (Object.keys(SECTION_HEADINGS) as Array<keyof typeof SECTION_HEADINGS>).flatMap((role) => {
    const index = report.sections.findIndex((s) => s.role === role)
    const section = report.sections[index]
    if (section === undefined) {
      return [found(report.format, 'SECTION_MISSING', ['sections'], `缺少必备章节“${SECTION_HEADINGS[role]}”`)]
    }
    return TEXT_ROLES.includes(role) && !hasText(section)
      ? [found(report.format, 'SECTION_EMPTY', ['sections', index], `章节“${section.heading}”没有内容`)]
      : []
  })

/** The blank cells of one table, by path and mark. */
const blankCells = (report: Report, table: TableRole): ReadonlyArray<{ readonly path: Path; readonly cell: Blank }> =>
  rowPlaces(report.format, table).flatMap((row) => {
    const cells = valueAt(report, row.path) as Readonly<Record<string | number, Cell<unknown>>>
    return row.columns.flatMap(({ key }) => {
      const cell = cells[key]
      return cell !== undefined && isBlank(cell) ? [{ path: [...row.path, key], cell }] : []
    })
  })

const checkTable = (report: Report, table: TableRole): ReadonlyArray<Problem> => {
  if (report.tables[table] === undefined) return [found(report.format, 'TABLE_MISSING', ['tables', table], `缺少${TABLE_NAMES[table]}`)]
  const blanks = blankCells(report, table)
  // A table not filled in at all (apart from what a new report carries from last year) is one thing still to do, not one per cell.
  const entries = cellPlaces(report.format, table).filter((c) => !isCarriedCell(c.path)).length
  if (blanks.filter((b) => !isCarriedCell(b.path)).length === entries) {
    return [found(report.format, 'TABLE_EMPTY', ['tables', table], `尚未填写：本年的 ${entries} 个单元格全部为空，没有数据应填 0`)]
  }
  return blanks.map(({ path, cell }) => found(report.format, 'CELL_BLANK', path, `单元格${cell === '' ? '为空' : `填写“${cell}”`}，没有数据应填 0`))
}

/**
 * S-1 on a report: missing or empty sections, missing or wholly blank tables, blank cells.
 */
export const checkCompleteness = (report: Report): ReadonlyArray<Problem> => [
  ...checkSections(report),
  ...TABLE_ROLES.flatMap((table) => checkTable(report, table))
]
