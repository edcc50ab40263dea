/**
 * A statutory table of the view as an HTML `<table>`: a `<caption>` naming it
 * (its section's heading when the table follows it directly, else 表二/表三/表四),
 * its columns' widths as the view gives them (`<colgroup>`, fixed layout), the
 * header rows in `<thead>`, header cells and row labels as `<th scope>`, the
 * national merges as `colspan`/`rowspan`, and every data cell's `headers` naming
 * its row and column headers.
 */
import { TABLE_NAMES } from '@report/model'
import type { TableBlock } from '@report/view'
import { escapeHtml } from './escape.js'
import { STYLE } from './styles.js'
import { headerIds, placeCells, type PlacedCell } from './table-headers.js'

/** The grid's relative widths as percentages of the table, to two decimals. */
const columnPercents = (widths: ReadonlyArray<number>): ReadonlyArray<number> => {
  const sum = widths.reduce((a, b) => a + b, 0)
  return widths.map((w) => Math.round((w / sum) * 10000) / 100)
}

const spans = ({ cell }: PlacedCell): string =>
  `${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}`

const cellHtml = (grid: Parameters<typeof headerIds>[0], placed: PlacedCell): string => {
  const { cell, id } = placed
  const ids = headerIds(grid, placed)
  const headers = ids.length === 0 ? '' : ` headers="${escapeHtml(ids.join(' '))}"`
  const text = escapeHtml(cell.text)
  if (cell.role === 'data') return `<td${spans(placed)}${headers} style="${STYLE.data}">${text}</td>`
  const scope = cell.role === 'label' ? 'row' : 'col'
  return `<th id="${escapeHtml(id)}" scope="${scope}"${spans(placed)}${headers} style="${cell.role === 'label' ? STYLE.label : STYLE.header}">${text}</th>`
}

/**
 * The `<table>` of a view table, its caption `caption` (HTML) or the table's name;
 * `prefix` makes its cells' ids unique in the page.
 */
export const tableHtml = (block: TableBlock, prefix: string, caption?: string): string => {
  const { rows, grid } = placeCells(block, `${prefix}-${block.table}`)
  const row = (cells: ReadonlyArray<PlacedCell>) => `<tr>${cells.map((c) => cellHtml(grid, c)).join('')}</tr>`
  const head = rows.slice(0, block.header.length)
  const body = rows.slice(block.header.length)
  return [
    `<table style="${STYLE.table}">`,
    `<caption style="${STYLE.caption}">${caption ?? escapeHtml(TABLE_NAMES[block.table])}</caption>`,
    `<colgroup>${columnPercents(block.widths)
      .map((w) => `<col style="width:${w}%">`)
      .join('')}</colgroup>`,
    ...(head.length === 0 ? [] : ['<thead>', ...head.map(row), '</thead>']),
    '<tbody>',
    ...body.map(row),
    '</tbody>',
    '</table>'
  ].join('\n')
}
