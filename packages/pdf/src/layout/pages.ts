/**
 * Pagination: the drawn blocks placed on the pages of the text block here, every
 * page break decided before layout and handed to pdfmake as a break before the
 * page's first node, so that pdfmake's own breaking never moves anything. The
 * heights are exact (text on a fixed pitch, tables measured row by row), so
 * whatever follows a table is put back on the line grid where it actually ends.
 */
import type { Content } from 'pdfmake/interfaces.js'
import { LINE_PITCH, PAGE, SIZE } from './gbt9704.js'
import type { Room } from './table-parts.js'
import type { DrawnTable } from './table.js'

/**
 * What pagination places: lines of a paragraph, free to break between any two;
 * a block kept on one page, kept on the page of what follows it when `keepWithNext`
 * (a heading, the short last paragraph before the signature); a table cut to the
 * room it starts in.
 */
export type FlowItem =
  | { readonly kind: 'lines'; readonly count: number; readonly draw: (from: number, to: number) => Content }
  | { readonly kind: 'block'; readonly height: number; readonly content: Content; readonly keepWithNext: boolean }
  | { readonly kind: 'table'; readonly table: DrawnTable }

/** Room kept free at the foot of a page, so that pdfmake, adding the same heights in another order, never finds a page too full. */
const SLACK = 1e-7

/** The least blank between a table's lower rule and the text after it: the blank between two lines of body text. */
const GAP_AFTER_TABLE = LINE_PITCH - SIZE.san

/** How far below a table ending at `y` (points from the block's top) the text after it starts: the first grid line at least {@link GAP_AFTER_TABLE} below it. */
const gridAfter = (y: number): number => Math.ceil((y + GAP_AFTER_TABLE) / LINE_PITCH - 1e-9) * LINE_PITCH - y

/**
 * The room a table starting at `at` finds, `kept` the height of what moves with
 * it (its heading), which starts below what ends at `from`.
 */
const roomAt = (at: number, kept: number, from: number): Room => ({
  here: PAGE.blockHeight - SLACK - at,
  blank: PAGE.blockHeight - from,
  fresh: PAGE.blockHeight - SLACK - kept,
  page: PAGE.blockHeight - SLACK
})

/**
 * The least height `items[i]` needs from `at`, where it starts, to start there
 * with what it keeps with it, `kept` the height of the blocks kept with it before
 * it, which start below what ends at `from`.
 */
const needs = (items: ReadonlyArray<FlowItem>, i: number, at: number, kept: number, from: number): number => {
  const item = items[i]
  switch (item?.kind) {
    case undefined:
      return 0
    case 'lines':
      return Math.min(1, item.count) * LINE_PITCH
    case 'block':
      return item.height + (item.keepWithNext ? needs(items, i + 1, at + item.height, kept + item.height, from) : 0)
    case 'table':
      return item.table.parts(roomAt(at, kept, from))[0]?.height ?? 0
  }
}

/**
 * The content of `items` with its page breaks: a block that does not fit moves
 * to the next page, with the blocks kept with it; a paragraph fills the page and
 * goes on on the next one; a table's parts follow each other, each starting a
 * page when it does not fit.
 */
export const paginate = (items: ReadonlyArray<FlowItem>): Array<Content> => {
  const out: Array<Content> = []
  let y = 0
  let breakBefore = false
  /** Whether `y` is on the line grid: not right below a table. */
  let onGrid = true
  /** The height of the blocks just placed that are kept with the next item, and where the page's text ended before them. */
  let kept = 0
  let keptFrom = 0
  const gap = () => (onGrid ? 0 : gridAfter(y))
  const newPage = () => {
    y = 0
    onGrid = true
    breakBefore = out.length > 0
  }
  const place = (content: Content, height: number, top: number) => {
    const shifted = breakBefore ? { stack: [content], pageBreak: 'before' as const } : top === 0 ? content : { stack: [content], margin: [0, top, 0, 0] }
    out.push(shifted as Content)
    breakBefore = false
    y += top + height
  }
  const fits = (height: number) => y + height <= PAGE.blockHeight - SLACK
  items.forEach((item, i) => {
    switch (item.kind) {
      case 'block': {
        const from = kept === 0 ? y : keptFrom
        if (y > 0 && !fits(gap() + (item.keepWithNext ? needs(items, i, y + gap(), kept, from) : item.height))) newPage()
        if (kept === 0) keptFrom = y
        place(item.content, item.height, gap())
        onGrid = true
        kept = item.keepWithNext ? kept + item.height : 0
        return
      }
      case 'lines': {
        for (let from = 0; from < item.count;) {
          const room = Math.floor((PAGE.blockHeight - SLACK - y - gap()) / LINE_PITCH)
          if (room < 1) {
            newPage()
            continue
          }
          const to = Math.min(item.count, from + room)
          place(item.draw(from, to), (to - from) * LINE_PITCH, gap())
          onGrid = true
          from = to
        }
        kept = 0
        return
      }
      case 'table': {
        const parts = item.table.parts(roomAt(y + gap(), kept, kept === 0 ? y : keptFrom))
        parts.forEach((part, p) => {
          // A part after another on the same page draws its top rule over the other's bottom rule.
          const top = () => (p > 0 && y > 0 ? -item.table.rule : gap())
          if (y > 0 && !fits(top() + part.height)) newPage()
          place(part.draw(), part.height, top())
          onGrid = false
        })
        kept = 0
        return
      }
    }
  })
  return out
}
