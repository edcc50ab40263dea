/**
 * Where a statutory table is cut into parts, each kept on one page: table 二
 * (no header rows) before each of its blocks (第二十条第（X）项); a table with
 * header rows whole when it fits a page with its heading, else cut so that each
 * part fills at least two thirds of a page and at most a page, with the header
 * rows repeated, where the fewest merged cells cross (a merged cell cut by a
 * part's edge is drawn in both parts).
 */
import { LINE_PITCH, PAGE } from './gbt9704.js'

/** A cell's place in the grid: its first row, and the rows and columns it spans. */
export interface GridCell {
  readonly row: number
  readonly rowSpan: number
  readonly colSpan: number
}

/** A part of a table: its rows `[start, end)` after the header rows. */
export interface PartRange {
  readonly start: number
  readonly end: number
}

const sum = (xs: ReadonlyArray<number>): number => xs.reduce((a, b) => a + b, 0)

/** How many merged cells cross the rule above `row`. */
export const crossings = (cells: ReadonlyArray<GridCell>, row: number): number => cells.filter((c) => c.row < row && c.row + c.rowSpan > row).length

/**
 * The parts of a table of `heights.length` rows (heights without rules, `rule`
 * the rule width), the first `head` of them header rows repeated in each part.
 */
export const tableParts = (
  cells: ReadonlyArray<GridCell>,
  heights: ReadonlyArray<number>,
  head: number,
  columns: number,
  rule: number
): ReadonlyArray<PartRange> => {
  const count = heights.length
  const ranges = (starts: ReadonlyArray<number>) => starts.map((start, i) => ({ start, end: starts[i + 1] ?? count }))
  if (head === 0) return ranges([0, ...cells.filter((c) => c.row > 0 && c.colSpan === columns && crossings(cells, c.row) === 0).map((c) => c.row)])
  const rowsHeight = (from: number, to: number) => sum(heights.slice(from, to)) + (to - from) * rule
  const headerHeight = rowsHeight(0, head) + rule
  if (headerHeight + rowsHeight(head, count) + LINE_PITCH <= PAGE.blockHeight) return ranges([head])
  const starts = [head]
  for (;;) {
    const start = starts.at(-1) ?? head
    const room = PAGE.blockHeight - (starts.length === 1 ? LINE_PITCH : 0) - headerHeight
    if (rowsHeight(start, count) <= room) return ranges(starts)
    // Of the cuts that fit and leave less than a third of the page blank, the one fewest merged cells cross, the latest of those.
    let best: number | undefined
    for (let cut = start + 1; cut < count && rowsHeight(start, cut) <= room; cut++) {
      if (rowsHeight(start, cut) < (2 / 3) * room && best !== undefined) continue
      if (best === undefined || rowsHeight(start, best) < (2 / 3) * room || crossings(cells, cut) <= crossings(cells, best)) best = cut
    }
    starts.push(best ?? start + 1)
  }
}
