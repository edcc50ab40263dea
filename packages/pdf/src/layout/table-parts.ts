/**
 * Where a statutory table is cut into parts, each kept on one page: table 二
 * (no header rows) before each of its blocks (第二十条第（X）项); a table with
 * header rows whole where it fits, else cut between its groups, the header rows
 * repeated in each part: starting in the room left on the page when moving it
 * whole would leave more than a third of the page blank, each part filling as
 * much of its page as it can.
 */
import { PAGE } from './gbt9704.js'

/** A cell's place in the grid: its first row and column, the rows and columns it spans, and the height its text needs. */
export interface GridCell {
  readonly row: number
  readonly col: number
  readonly rowSpan: number
  readonly colSpan: number
  readonly need: number
}

/** A part of a table: its rows `[start, end)` after the header rows. */
export interface PartRange {
  readonly start: number
  readonly end: number
}

/** The grid a table is cut in: its cells, row heights (without rules), header rows, columns and rule width. */
export interface TableGrid {
  readonly cells: ReadonlyArray<GridCell>
  readonly heights: ReadonlyArray<number>
  readonly head: number
  readonly columns: number
  readonly rule: number
}

/** The room a table starts in: the height left on the page, and how much of the page stays blank if it moves to the next one. */
export interface Room {
  readonly here: number
  readonly blank: number
  /** The height a fresh page leaves it (less what moves with it, its heading). */
  readonly fresh: number
  /** The height of a whole page, for its parts after the first. */
  readonly page: number
}

const sum = (xs: ReadonlyArray<number>): number => xs.reduce((a, b) => a + b, 0)

/** The merged cells crossing the rule above `row`. */
const crossing = (cells: ReadonlyArray<GridCell>, row: number): ReadonlyArray<GridCell> => cells.filter((c) => c.row < row && c.row + c.rowSpan > row)

/**
 * Whether the rule above `row` lies between groups: only the outermost row labels
 * (first column) span it, as 三、本年度办理结果 spans its sub-groups (一)…(七),
 * and each keeps rows enough for its text on both sides, where it is drawn again.
 */
const betweenGroups = (grid: TableGrid, row: number): boolean => {
  const spanHeight = (from: number, to: number) => sum(grid.heights.slice(from, to)) + (to - from - 1) * grid.rule
  return crossing(grid.cells, row).every((c) => c.col === 0 && spanHeight(c.row, row) >= c.need && spanHeight(row, c.row + c.rowSpan) >= c.need)
}

/**
 * The parts of a table starting in `room`. A part of a table with header rows
 * holds its header rows and at least one row; each part but the last ends at the
 * latest rule between groups that lets it fit its page, or at an earlier one
 * fewer merged cells cross that still fills two thirds of the page.
 */
export const tableParts = (grid: TableGrid, room: Room): ReadonlyArray<PartRange> => {
  const { cells, heights, head, columns, rule } = grid
  const count = heights.length
  const ranges = (starts: ReadonlyArray<number>) => starts.map((start, i) => ({ start, end: starts[i + 1] ?? count }))
  if (head === 0) return ranges([0, ...cells.filter((c) => c.row > 0 && c.colSpan === columns && crossing(cells, c.row).length === 0).map((c) => c.row)])
  const rowsHeight = (from: number, to: number) => sum(heights.slice(from, to)) + (to - from) * rule
  const partHeight = (from: number, to: number) => rule + rowsHeight(0, head) + rowsHeight(from, to)
  if (partHeight(head, count) <= room.here) return ranges([head])
  /** The end of the part starting at `start` on a page with `space`, if a rule between groups lets one fit. */
  const cutFor = (start: number, space: number): number | undefined => {
    let best: number | undefined
    for (let cut = start + 1; cut < count && partHeight(start, cut) <= space; cut++) {
      if (!betweenGroups(grid, cut)) continue
      const moreCrossed = best !== undefined && crossing(cells, cut).length > crossing(cells, best).length
      if (best === undefined || !moreCrossed || partHeight(start, best) < (2 / 3) * space) best = cut
    }
    return best
  }
  const startHere = room.blank > PAGE.blockHeight / 3 && cutFor(head, room.here) !== undefined
  if (!startHere && partHeight(head, count) <= room.fresh) return ranges([head])
  const starts = [head]
  for (let space = startHere ? room.here : room.fresh; ; space = room.page) {
    const start = starts.at(-1) ?? head
    if (partHeight(start, count) <= space) return ranges(starts)
    // No rule between groups fits: the latest rule that does, or one row.
    let end = cutFor(start, space)
    if (end === undefined) for (end = start + 1; end + 1 < count && partHeight(start, end + 1) <= space;) end += 1
    starts.push(end)
  }
}
