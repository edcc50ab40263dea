/**
 * A statutory table of the view as a Word table: the grid's widths in twips on
 * the table (`tblGrid`) and on every cell (`tcW`), summing to the text block; the
 * national merged headers as `gridSpan` and `vMerge`; header rows repeated on each
 * page; every cell centred vertically, 0.5 pt rules, text in 5号 宋体. A vertical
 * merge is kept on one page: Word does not print its label again on the next, and
 * LibreOffice splits the last row on the page and draws its cells at the top.
 */
import type { TableBlock, ViewCell } from '@report/view'
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  HeightRule,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType
} from 'docx'
import { PAGE, SIZE } from './page.js'
import { STYLE } from './styles.js'
import { columnTwips } from './widths.js'

const RULE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const
const BORDERS = { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE }
/** Side padding near Word's own (about 5 pt), a little above and below. */
const MARGINS = { left: 100, right: 100, top: 40, bottom: 40 }
/** One character of 5号 table text, in twips, and what is left beside it for rounding. */
const TABLE_CHAR = SIZE.wu * 20
const SLACK = 10

/**
 * The side padding of a cell `width` twips wide: the table's, less in a cell that
 * would hold fewer than two characters with it (one, if narrower still), so that
 * table 四's 结果维持 is set two characters a line and table 三's narrow 三、本年度办理结果
 * stays between its rules.
 *
 * @example
 * sidePadding(722) // 100
 * sidePadding(590) // 75
 */
export const sidePadding = (width: number): number => {
  const chars = width >= 2 * TABLE_CHAR + 2 * SLACK ? 2 : 1
  return Math.max(0, Math.min(MARGINS.left, Math.floor((width - chars * TABLE_CHAR) / 2) - SLACK))
}
/** Rows at least 7 mm high (20 pt), as the national tables are printed. */
const ROW_HEIGHT = { value: 400, rule: HeightRule.ATLEAST }

/** A cell of the grid: one the view lists, or the continuation of one spanning rows from above. */
type GridCell = { readonly cell: ViewCell; readonly column: number; readonly merge: 'none' | 'restart' | 'continue' }

/** Each row's cells with the rows below a `rowSpan` given their continuation cells, as Word writes vertical merges. */
export const gridRows = (rows: ReadonlyArray<ReadonlyArray<ViewCell>>, columns: number): ReadonlyArray<ReadonlyArray<GridCell>> => {
  const covering: Array<{ cell: ViewCell; until: number } | undefined> = Array.from({ length: columns }, () => undefined)
  return rows.map((row, r) => {
    const out: Array<GridCell> = []
    const listed = [...row]
    let column = 0
    while (column < columns) {
      const above = covering[column]
      if (above !== undefined && above.until > r) {
        out.push({ cell: above.cell, column, merge: 'continue' })
        column += above.cell.colSpan
        continue
      }
      const cell = listed.shift()
      if (cell === undefined) break
      if (cell.rowSpan > 1) covering[column] = { cell, until: r + cell.rowSpan }
      out.push({ cell, column, merge: cell.rowSpan > 1 ? 'restart' : 'none' })
      column += cell.colSpan
    }
    return out
  })
}

/**
 * Which rows are kept on the page of the next one: each row of a vertical merge
 * but its last, and a body row of header cells only (a heading row of table 二's
 * items), so that neither ends a page alone.
 *
 * @example
 * keptWithNext([[{ rowSpan: 2, role: 'label' }], [], [{ rowSpan: 1, role: 'data' }]]) // [true, false, false]
 */
export const keptWithNext = (rows: ReadonlyArray<ReadonlyArray<Pick<ViewCell, 'rowSpan' | 'role'>>>, headerRows: number = 0): ReadonlyArray<boolean> => {
  const mergedUntil = rows.reduce<Array<number>>((until, row, r) => {
    until.push(Math.max(until[r - 1] ?? 0, ...row.map((c) => r + c.rowSpan - 1)))
    return until
  }, [])
  return rows.map((row, r) => (mergedUntil[r] ?? r) > r || (r >= headerRows && row.length > 0 && row.every((c) => c.role === 'header')))
}

/** `keep` keeps the row on the page of the next one. */
const cellOf = (widths: ReadonlyArray<number>, { cell, column, merge }: GridCell, keep: boolean): TableCell => {
  const width = widths.slice(column, column + cell.colSpan).reduce((a, b) => a + b, 0)
  const left = cell.role === 'label' && cell.colSpan < widths.length
  const side = sidePadding(width)
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(side === MARGINS.left ? {} : { margins: { ...MARGINS, left: side, right: side } }),
    columnSpan: cell.colSpan,
    verticalAlign: VerticalAlignTable.CENTER,
    ...(merge === 'none' ? {} : { verticalMerge: merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE }),
    children: [
      new Paragraph({
        style: STYLE.table,
        keepNext: keep,
        ...(left ? { alignment: AlignmentType.LEFT } : {}),
        children: merge === 'continue' ? [] : [new TextRun(cell.text)]
      })
    ]
  })
}

/** The Word table of a view table. */
export const tableOf = (block: TableBlock): Table => {
  const widths = columnTwips(block.widths, PAGE.blockWidth)
  const listed = [...block.header, ...block.body]
  const rows = gridRows(listed, widths.length)
  const keep = keptWithNext(listed, block.header.length)
  return new Table({
    width: { size: PAGE.blockWidth, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: BORDERS,
    margins: MARGINS,
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          tableHeader: r < block.header.length,
          cantSplit: true,
          height: ROW_HEIGHT,
          children: cells.map((c) => cellOf(widths, c, keep[r] === true))
        })
    )
  })
}
