/**
 * S-1: every statutory section and table is there and not empty, and no cell is
 * left blank or "/" where 0 belongs. A table left blank (a new report's, whose only
 * numbers are those carried from last year) is one finding, not one per cell; so is
 * each run of rows the published text does not print (the report's `unprinted`),
 * whose cells are blank because nothing was printed, not printed blank.
 */
import { isBlank, type Blank, type Cell } from '../cell.js'
import { rowPlaces, type RowPlace } from '../cells.js'
import { SECTION_HEADINGS, TABLE_NAMES, TABLE_ROLES, type TableRole } from '../labels.js'
import { isCarriedCell } from '../new-report.js'
import { placeOf, toPointer, type Path } from '../place.js'
import type { Problem } from '../problem.js'
import type { FormatVersion, Report, Section, SectionRole } from '../report.js'
import { unprintedIn, unprintedPointerIn } from '../unprinted.js'
import { found } from './found.js'

const TEXT_ROLES: ReadonlyArray<SectionRole> = ['overview', 'problems', 'other']

const someText = (paragraphs: ReadonlyArray<string>): boolean => {
  for (const p of paragraphs) if (p.trim() !== '') return true
  return false
}

const hasText = (section: Section): boolean => someText(section.paragraphs) || (section.subsections ?? []).some((s) => someText(s.paragraphs))

/** The statutory sections, in the order their problems are reported. */
const SECTION_ROLES = Object.keys(SECTION_HEADINGS) as ReadonlyArray<keyof typeof SECTION_HEADINGS>

const checkSections = (report: Report, problems: Array<Problem>): void => {
  const { sections } = report
  for (const role of SECTION_ROLES) {
    let index = 0
    while (index < sections.length && (sections[index] as Section).role !== role) index++
    const section = sections[index]
    if (section === undefined) problems.push(found(report.format, 'SECTION_MISSING', ['sections'], `缺少必备章节“${SECTION_HEADINGS[role]}”`))
    else if (TEXT_ROLES.includes(role) && !hasText(section)) {
      problems.push(found(report.format, 'SECTION_EMPTY', ['sections', index], `章节“${section.heading}”没有内容`))
    }
  }
}

/** A row of a table as S-1 scans it: its place, its columns' keys, and which of them a new report carries from last year. */
interface ScannedRow extends RowPlace {
  /** The JSON Pointer of the row. */
  readonly pointer: string
  readonly keys: ReadonlyArray<string | number>
  readonly carried: ReadonlyArray<boolean>
  /** How many of its cells are this year's (not carried). */
  readonly entries: number
  /** How many keys its path shares with the previous row's: the containers walked again only below them. */
  readonly shared: number
  /** Whether its keys are the indexes 0, 1, …: its cells an array, read by index. */
  readonly indexed: boolean
}

const scannedRows = (version: FormatVersion, table: TableRole): ReadonlyArray<ScannedRow> =>
  rowPlaces(version, table).map((row, i, rows) => {
    const keys = row.columns.map((c) => c.key)
    const carried = keys.map((key) => isCarriedCell([...row.path, key]))
    const previous = rows[i - 1]?.path ?? []
    let shared = 0
    while (shared < row.path.length - 1 && previous[shared] === row.path[shared]) shared++
    const indexed = keys.every((key, k) => key === k)
    return { ...row, pointer: toPointer(row.path), keys, carried, entries: carried.filter((c) => !c).length, shared, indexed }
  })

const scannedTables = (version: FormatVersion): Readonly<Record<TableRole, ReadonlyArray<ScannedRow>>> => ({
  active: scannedRows(version, 'active'),
  applications: scannedRows(version, 'applications'),
  review: scannedRows(version, 'review')
})

/** Each format's rows, with their carried columns worked out once. */
const SCANNED = { '2019': scannedTables('2019'), '2021': scannedTables('2021') } as const

/** One problem per run of consecutive rows not printed, at its first row. */
const notPrinted = (report: Report, rows: ReadonlyArray<RowPlace>, unprinted: ReadonlyArray<boolean>, problems: Array<Problem>): void => {
  for (let i = 0; i < rows.length; i++) {
    if (!unprinted[i]) continue
    let last = i
    while (unprinted[last + 1] === true) last++
    const first = rows[i] as RowPlace
    const length = last - i + 1
    const what = length === 1 ? '此行' : `自此行起的 ${length} 行（至“${placeOf(report.format, (rows[last] as RowPlace).path).where}”）`
    problems.push(found(report.format, 'ROWS_NOT_PRINTED', first.path, `原文未印出${what}，各单元格按空白处理`))
    i = last
  }
}

/** A blank cell of the printed rows, whose problem is built only when its table is not wholly blank. */
interface BlankCell {
  readonly path: Path
  readonly key: string | number
  readonly cell: Blank
}

/** Keeps the blank cell in column `c` of `row`; 1 when it is one of this year's entries (not carried), else 0. */
const blankAt = (row: ScannedRow, c: number, cell: Blank, blanks: Array<BlankCell>): number => {
  blanks.push({ path: row.path, key: row.keys[c] as string | number, cell })
  return row.carried[c] === true ? 0 : 1
}

/** No row not printed: the rows of a report that prints them all. */
const ALL_PRINTED: ReadonlyArray<boolean> = []

const checkTable = (report: Report, table: TableRole, problems: Array<Problem>): void => {
  if (report.tables[table] === undefined) {
    problems.push(
      unprintedIn(report)(['tables', table])
        ? found(report.format, 'TABLE_NOT_PRINTED', ['tables', table], `原文未印出${TABLE_NAMES[table]}（文本在此表之前中断）`)
        : found(report.format, 'TABLE_MISSING', ['tables', table], `缺少${TABLE_NAMES[table]}`)
    )
    return
  }
  const rows = SCANNED[report.format][table]
  const unprintedAt = unprintedPointerIn(report)
  const unprinted = report.unprinted === undefined || report.unprinted.length === 0 ? ALL_PRINTED : rows.map((row) => unprintedAt(row.pointer))
  const blanks: Array<BlankCell> = []
  let entries = 0
  let blankEntries = 0
  // The containers along the current row's path, from the report down: each row walks only the keys it does not share with the previous one.
  const along: Array<unknown> = [report]
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as ScannedRow
    const { path } = row
    for (let d = row.shared; d < path.length; d++) along[d + 1] = (along[d] as Record<string | number, unknown>)[path[d] as string | number]
    if (unprinted[r]) continue
    entries += row.entries
    const { keys } = row
    // Rows of table 三 and 四 are arrays, read by index; those of table 二 objects, read by key.
    if (row.indexed) {
      const cells = along[path.length] as ReadonlyArray<Cell<unknown>>
      for (let c = 0; c < keys.length; c++) {
        const cell = cells[c]
        if (typeof cell === 'string' && isBlank(cell)) blankEntries += blankAt(row, c, cell, blanks)
      }
    } else {
      const cells = along[path.length] as Readonly<Record<string | number, Cell<unknown>>>
      for (let c = 0; c < keys.length; c++) {
        const cell = cells[keys[c] as string | number]
        if (typeof cell === 'string' && isBlank(cell)) blankEntries += blankAt(row, c, cell, blanks)
      }
    }
  }
  // A table not filled in at all (apart from what a new report carries from last year) is one thing still to do, not one per cell.
  const empty = entries > 0 && blankEntries === entries
  notPrinted(report, rows, unprinted, problems)
  if (empty) problems.push(found(report.format, 'TABLE_EMPTY', ['tables', table], `尚未填写：本年的 ${entries} 个单元格全部为空，没有数据应填 0`))
  else {
    for (const { path, key, cell } of blanks) {
      problems.push(found(report.format, 'CELL_BLANK', [...path, key], `单元格${cell === '' ? '为空' : `填写“${cell}”`}，没有数据应填 0`))
    }
  }
}

/**
 * S-1 on a report: missing or empty sections, missing, unprinted or wholly blank tables,
 * runs of unprinted rows, blank cells.
 */
export const checkCompleteness = (report: Report): ReadonlyArray<Problem> => {
  const problems: Array<Problem> = []
  checkSections(report, problems)
  for (const table of TABLE_ROLES) checkTable(report, table, problems)
  return problems
}
