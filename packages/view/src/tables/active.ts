/**
 * Table 二 as a grid: per item of 第二十条, a band row, a header row and its data
 * rows. Blocks with fewer value columns widen their last column to fill the grid; the
 * money column's header carries the unit the report prints (`amountUnit`).
 */
import { ACTIVE_BLOCKS, amountUnitOf, INFO_CONTENT, moneyHeader, type Report } from '@report/model'
import { viewCell, type TableBlock, type ViewCell } from '../document.js'
import { dataCell, tablePlaces } from './data-cell.js'

/**
 * The grid of table 二 (the report must have the table).
 */
export const activeTable = (report: Report): TableBlock => {
  const blocks = ACTIVE_BLOCKS[report.format]
  const valueColumns = Math.max(...blocks.map((b) => b.columns.length))
  const spanOf = (i: number, count: number) => (i === count - 1 ? valueColumns - count + 1 : 1)
  const unit = amountUnitOf(report)
  const body: Array<ReadonlyArray<ViewCell>> = blocks.flatMap((block) => [
    [viewCell('header', block.label, { colSpan: valueColumns + 1 })],
    [
      viewCell('header', INFO_CONTENT),
      ...block.columns.map((c, i) =>
        viewCell('header', moneyHeader(report.format, c, unit), {
          colSpan: spanOf(i, block.columns.length)
        })
      )
    ],
    ...block.rows.map((row) => [
      viewCell('label', row.label),
      ...block.columns.map((c, i) => dataCell(report, ['tables', 'active', block.key, row.key, c.key], spanOf(i, block.columns.length)))
    ])
  ])
  return { kind: 'table', table: 'active', ...tablePlaces(report, 'active'), widths: [2, ...Array<number>(valueColumns).fill(1.4)], header: [], body }
}
