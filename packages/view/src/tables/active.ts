/**
 * Table 二 as a grid: per item of 第二十条, a band row, a header row and its data
 * rows. Blocks with fewer value columns widen their last column to fill the grid.
 */
import { ACTIVE_BLOCKS, INFO_CONTENT, type Report } from '@report/model'
import { viewCell, type TableBlock, type ViewCell } from '../document.js'
import { dataCell, tablePlaces } from './data-cell.js'

/**
 * The grid of table 二 (the report must have the table).
 */
export const activeTable = (report: Report): TableBlock => {
  const blocks = ACTIVE_BLOCKS[report.format]
  const valueColumns = Math.max(...blocks.map((b) => b.columns.length))
  const spanOf = (i: number, count: number) => (i === count - 1 ? valueColumns - count + 1 : 1)
  const unit = report.format === '2019' ? report.tables.active?.item9.amountUnit : undefined
  const body: Array<ReadonlyArray<ViewCell>> = blocks.flatMap((block) => [
    [viewCell('header', block.label, { colSpan: valueColumns + 1 })],
    [
      viewCell('header', INFO_CONTENT),
      ...block.columns.map((c, i) =>
        viewCell('header', c.kind === 'money' && unit !== undefined && block.key === 'item9' ? `${c.label}（${unit}）` : c.label, {
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
