/**
 * Which header cells name each cell of a view table, for the `headers` attribute:
 * its column headers are the header cells of the nearest run of header rows above
 * it over its columns (table 二 repeats its headers per item), its row headers the
 * row labels to its left, a group label spanning rows from above included.
 */
import type { TableBlock, ViewCell } from '@report/view'

/** A listed cell and where it starts in the grid. */
export interface PlacedCell {
  readonly cell: ViewCell
  readonly row: number
  readonly column: number
  /** A stable id, unique in the table. */
  readonly id: string
}

/** The rows of `block` (header, then body) with each cell's grid position, and the grid of who covers each slot. */
export const placeCells = (
  block: TableBlock,
  prefix: string
): { readonly rows: ReadonlyArray<ReadonlyArray<PlacedCell>>; readonly grid: ReadonlyArray<ReadonlyArray<PlacedCell | undefined>> } => {
  const all = [...block.header, ...block.body]
  const columns = block.widths.length
  const grid: Array<Array<PlacedCell | undefined>> = all.map(() => Array.from({ length: columns }, () => undefined))
  const rows = all.map((row, r) => {
    let column = 0
    return row.map((cell) => {
      while (column < columns && grid[r]?.[column] !== undefined) column++
      const placed: PlacedCell = { cell, row: r, column, id: `${prefix}-${r}-${column}` }
      for (const line of grid.slice(r, r + cell.rowSpan)) line.fill(placed, column, column + cell.colSpan)
      column += cell.colSpan
      return placed
    })
  })
  return { rows, grid }
}

const distinct = (cells: ReadonlyArray<PlacedCell | undefined>): ReadonlyArray<PlacedCell> => [...new Set(cells.filter((c) => c !== undefined))]

/** The header cells above `at` over its columns: the nearest run of rows holding header cells there. */
const columnHeaders = (grid: ReadonlyArray<ReadonlyArray<PlacedCell | undefined>>, at: PlacedCell): ReadonlyArray<PlacedCell> => {
  const found: Array<PlacedCell | undefined> = []
  let started = false
  for (let r = at.row - 1; r >= 0; r--) {
    const above = grid[r]?.slice(at.column, at.column + at.cell.colSpan) ?? []
    const headers = above.filter((c) => c !== undefined && c.cell.role === 'header' && c !== at)
    if (headers.length === 0) {
      if (started) break
      continue
    }
    started = true
    found.unshift(...headers)
  }
  return distinct(found)
}

/** The row labels left of `at` in its row, those spanning it from above included. */
const rowHeaders = (grid: ReadonlyArray<ReadonlyArray<PlacedCell | undefined>>, at: PlacedCell): ReadonlyArray<PlacedCell> =>
  distinct((grid[at.row] ?? []).slice(0, at.column).filter((c) => c !== undefined && c.cell.role === 'label'))

/** The ids of the headers of `at`, row headers first, in grid order. */
export const headerIds = (grid: ReadonlyArray<ReadonlyArray<PlacedCell | undefined>>, at: PlacedCell): ReadonlyArray<string> =>
  [...rowHeaders(grid, at), ...(at.cell.role === 'header' ? [] : columnHeaders(grid, at))].map((c) => c.id)
