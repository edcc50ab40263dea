/**
 * S-1: every statutory section and table is there and not empty, and no cell is
 * left blank or "/" where 0 belongs.
 */
import { isBlank, type Cell } from '../cell.js'
import { rowPlaces, valueAt } from '../cells.js'
import { SECTION_HEADINGS, TABLE_NAMES, TABLE_ROLES } from '../labels.js'
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

const checkTables = (report: Report): ReadonlyArray<Problem> => {
  const problems: Array<Problem> = []
  for (const table of TABLE_ROLES) {
    if (report.tables[table] === undefined) {
      problems.push(found(report.format, 'TABLE_MISSING', ['tables', table], `缺少${TABLE_NAMES[table]}`))
      continue
    }
    for (const row of rowPlaces(report.format, table)) {
      const cells = valueAt(report, row.path) as Readonly<Record<string | number, Cell<unknown>>>
      for (const { key } of row.columns) {
        const cell = cells[key]
        if (cell !== undefined && isBlank(cell)) {
          problems.push(found(report.format, 'CELL_BLANK', [...row.path, key], `单元格${cell === '' ? '为空' : `填写“${cell}”`}，没有数据应填 0`))
        }
      }
    }
  }
  return problems
}

/**
 * S-1 on a report: missing or empty sections, missing tables, blank cells.
 */
export const checkCompleteness = (report: Report): ReadonlyArray<Problem> => [...checkSections(report), ...checkTables(report)]
