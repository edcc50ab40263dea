/**
 * Table 四 as a grid of fifteen data columns under three header rows: 行政复议, and
 * 行政诉讼 split into 未经复议直接起诉 and 复议后起诉.
 */
import { LITIGATION, OUTCOMES, REVIEW_GROUPS, type Report } from '@report/model'
import { viewCell, type TableBlock, type ViewCell } from '../document.js'
import { dataCell, tablePlaces } from './data-cell.js'

const [reconsideration, ...suits] = REVIEW_GROUPS
const outcomeCells = (rowSpan: number): ReadonlyArray<ViewCell> => OUTCOMES.map((label) => viewCell('header', label, { rowSpan }))

const header: ReadonlyArray<ReadonlyArray<ViewCell>> = [
  [viewCell('header', reconsideration.label, { colSpan: OUTCOMES.length }), viewCell('header', LITIGATION, { colSpan: OUTCOMES.length * suits.length })],
  [...outcomeCells(2), ...suits.map((g) => viewCell('header', g.label, { colSpan: OUTCOMES.length }))],
  suits.flatMap(() => outcomeCells(1))
]

/**
 * The grid of table 四 (the report must have the table).
 */
export const reviewTable = (report: Report): TableBlock => ({
  kind: 'table',
  table: 'review',
  ...tablePlaces(report, 'review'),
  widths: REVIEW_GROUPS.flatMap(() => OUTCOMES.map(() => 1)),
  header,
  body: [REVIEW_GROUPS.flatMap((g) => OUTCOMES.map((_, i) => dataCell(report, ['tables', 'review', g.key, i])))]
})
