/**
 * S-1: every statutory section and table is there and not empty, and no cell is
 * left blank or "/" where 0 belongs. A table left blank (a new report's, whose only
 * numbers are those carried from last year) is one finding, not one per cell; so is
 * each run of rows the published text does not print (the report's `unprinted`),
 * whose cells are blank because nothing was printed, not printed blank.
 */
import { isBlank, type Blank, type Cell } from '../cell.js'
import { cellPlaces, rowPlaces, valueAt, type RowPlace } from '../cells.js'
import { SECTION_HEADINGS, TABLE_NAMES, TABLE_ROLES, type TableRole } from '../labels.js'
import { isCarriedCell } from '../new-report.js'
import { describePath, type Path } from '../place.js'
import type { Problem } from '../problem.js'
import type { Report, Section, SectionRole } from '../report.js'
import { unprintedIn } from '../unprinted.js'
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

/** The blank cells of the printed rows of one table, by path and mark. */
const blankCells = (report: Report, rows: ReadonlyArray<RowPlace>): ReadonlyArray<{ readonly path: Path; readonly cell: Blank }> =>
  rows.flatMap((row) => {
    const cells = valueAt(report, row.path) as Readonly<Record<string | number, Cell<unknown>>>
    return row.columns.flatMap(({ key }) => {
      const cell = cells[key]
      return cell !== undefined && isBlank(cell) ? [{ path: [...row.path, key], cell }] : []
    })
  })

/** One problem per run of consecutive rows not printed, at its first row. */
const notPrinted = (report: Report, rows: ReadonlyArray<RowPlace>, unprinted: (path: Path) => boolean): ReadonlyArray<Problem> => {
  const runs: Array<Array<RowPlace>> = []
  rows.forEach((row, i) => {
    if (!unprinted(row.path)) return
    const run = runs.at(-1)
    if (run !== undefined && run.at(-1) === rows[i - 1]) run.push(row)
    else runs.push([row])
  })
  return runs.map((run) => {
    const first = run[0] as RowPlace
    const last = run.at(-1) as RowPlace
    const what = run.length === 1 ? '此行' : `自此行起的 ${run.length} 行（至“${describePath(report.format, last.path)}”）`
    return found(report.format, 'ROWS_NOT_PRINTED', first.path, `原文未印出${what}，各单元格按空白处理`)
  })
}

const checkTable = (report: Report, table: TableRole): ReadonlyArray<Problem> => {
  const unprinted = unprintedIn(report)
  if (report.tables[table] === undefined) {
    return unprinted(['tables', table])
      ? [found(report.format, 'TABLE_NOT_PRINTED', ['tables', table], `原文未印出${TABLE_NAMES[table]}（文本在此表之前中断）`)]
      : [found(report.format, 'TABLE_MISSING', ['tables', table], `缺少${TABLE_NAMES[table]}`)]
  }
  const rows = rowPlaces(report.format, table)
  const printed = rows.filter((row) => !unprinted(row.path))
  const blanks = blankCells(report, printed)
  // A table not filled in at all (apart from what a new report carries from last year) is one thing still to do, not one per cell.
  const unprintedEntries = rows.filter((row) => unprinted(row.path)).flatMap((row) => row.columns.filter((c) => !isCarriedCell([...row.path, c.key])))
  const entries = cellPlaces(report.format, table).filter((c) => !isCarriedCell(c.path)).length - unprintedEntries.length
  const empty = entries > 0 && blanks.filter((b) => !isCarriedCell(b.path)).length === entries
  return [
    ...notPrinted(report, rows, unprinted),
    ...(empty
      ? [found(report.format, 'TABLE_EMPTY', ['tables', table], `尚未填写：本年的 ${entries} 个单元格全部为空，没有数据应填 0`)]
      : blanks.map(({ path, cell }) => found(report.format, 'CELL_BLANK', path, `单元格${cell === '' ? '为空' : `填写“${cell}”`}，没有数据应填 0`)))
  ]
}

/**
 * S-1 on a report: missing or empty sections, missing, unprinted or wholly blank tables,
 * runs of unprinted rows, blank cells.
 */
export const checkCompleteness = (report: Report): ReadonlyArray<Problem> => [
  ...checkSections(report),
  ...TABLE_ROLES.flatMap((table) => checkTable(report, table))
]
