/**
 * tableParts on made-up grids, the cuts worked out by hand: two header rows of
 * 30 pt, body rows of 20 pt, rules of 0.5 pt, so that a part of the rows
 * `[a, b)` is 61.5 + 20.5 × (b − a) pt tall. An outer label spans rows 10–29
 * (its text needs 100 pt, five rows), an inner one rows 12–18.
 */
import { describe, expect, it } from 'vitest'
import { PAGE } from '../src/index.js'
import { tableParts, type GridCell, type Room } from '../src/layout/table-parts.js'

const grid = (bodyRows: number, cells: ReadonlyArray<GridCell>) => ({
  cells,
  heights: [30, 30, ...Array.from({ length: bodyRows }, () => 20)],
  head: 2,
  columns: 8,
  rule: 0.5
})
const GROUPED = grid(40, [
  { row: 10, col: 0, rowSpan: 20, colSpan: 1, need: 100 },
  { row: 12, col: 1, rowSpan: 7, colSpan: 1, need: 60 }
])
const room = (here: number, blank: number): Room => ({ here, blank, fresh: 600, page: PAGE.blockHeight })

describe('tableParts', () => {
  it('keeps a table whole where it fits', () => {
    expect(tableParts(grid(10, []), room(300, 300))).toEqual([{ start: 2, end: 12 }])
  })

  it('moves a table that fits a page whole when the page it leaves is at most a third blank', () => {
    expect(tableParts(grid(10, []), room(200, 150))).toEqual([{ start: 2, end: 12 }])
  })

  it('starts a table in the room left when moving it would leave more than a third of the page blank', () => {
    // 61.5 + 20.5 × 6 = 184.5 fits 200; one row more does not.
    expect(tableParts(grid(10, []), room(200, 250))).toEqual([
      { start: 2, end: 8 },
      { start: 8, end: 12 }
    ])
  })

  it('cuts between groups only: never where an inner label spans, nor where the outer one keeps less than its text needs', () => {
    // Here (300 pt): rows up to 13 would fit, but 11 and 12 leave the outer label one or two rows and 13 cuts the
    // inner one: the part ends at 10. On a whole page: up to 38 fits; 30–38 cross nothing, the latest is taken.
    expect(tableParts(GROUPED, room(300, 350))).toEqual([
      { start: 2, end: 10 },
      { start: 10, end: 38 },
      { start: 38, end: 42 }
    ])
  })

  it('prefers a later cut through the outer label to an earlier clean one that fills less than two thirds of the page', () => {
    // On a fresh page (600 pt): the clean cut at 10 fills 225.5 pt, under 400; through the outer label 19–25 are
    // allowed (25 leaves it five rows), and 25 fills 533 pt. The rest, 410 pt, fits the next page.
    expect(tableParts(GROUPED, room(300, 200))).toEqual([
      { start: 2, end: 25 },
      { start: 25, end: 42 }
    ])
  })

  it('cuts table 二, which has no header rows, before each of its blocks', () => {
    const block = (row: number): GridCell => ({ row, col: 0, rowSpan: 1, colSpan: 4, need: 20 })
    const active = { cells: [block(0), block(4), block(7)], heights: Array.from({ length: 10 }, () => 20), head: 0, columns: 4, rule: 0.5 }
    expect(tableParts(active, room(50, 50))).toEqual([
      { start: 0, end: 4 },
      { start: 4, end: 7 },
      { start: 7, end: 10 }
    ])
  })
})
