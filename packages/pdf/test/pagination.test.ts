/**
 * paginate on made-up items: a paragraph filling its page and going on on the
 * next, a heading moved with the line it heads, text after a table back on the
 * line grid at least a body line's blank below it, table parts after each other.
 */
import type { Content } from 'pdfmake/interfaces.js'
import { describe, expect, it } from 'vitest'
import { LINE_PITCH, LINES_PER_PAGE, SIZE } from '../src/index.js'
import { paginate, type FlowItem } from '../src/layout/pages.js'

/** A paragraph of `count` lines whose content names the lines drawn. */
const lines = (name: string, count: number): FlowItem => ({ kind: 'lines', count, draw: (from, to) => ({ text: `${name} ${from}-${to}` }) })
const heading = (name: string): FlowItem => ({ kind: 'block', height: LINE_PITCH, content: { text: name }, keepWithNext: true })
const table = (name: string, heights: ReadonlyArray<number>): FlowItem => ({
  kind: 'table',
  table: { rule: 0.5, parts: () => heights.map((height, i) => ({ height, draw: () => ({ text: `${name} ${i}` }) })) }
})

interface Shown {
  readonly text: string
  readonly newPage: boolean
  readonly top: number
}

/** Each node paginate gives: its text, whether it starts a page, its top margin. */
const shown = (content: ReadonlyArray<Content>): ReadonlyArray<Shown> =>
  content.map((node) => {
    const outer = node as { stack?: ReadonlyArray<{ text: string }>; text?: string; pageBreak?: string; margin?: ReadonlyArray<number> }
    return { text: outer.text ?? outer.stack?.[0]?.text ?? '', newPage: outer.pageBreak === 'before', top: outer.margin?.[1] ?? 0 }
  })

describe('paginate', () => {
  it('fills a page with a paragraph’s lines and goes on on the next', () => {
    expect(shown(paginate([lines('p', 30)]))).toEqual([
      { text: `p 0-${LINES_PER_PAGE}`, newPage: false, top: 0 },
      { text: `p ${LINES_PER_PAGE}-30`, newPage: true, top: 0 }
    ])
  })

  it('moves a heading on the last line of a page to the next page with the text it heads', () => {
    expect(shown(paginate([lines('p', LINES_PER_PAGE - 1), heading('h'), lines('q', 3)])).map((n) => [n.text, n.newPage])).toEqual([
      ['p 0-21', false],
      ['h', true],
      ['q 0-3', false]
    ])
  })

  it('keeps a heading on the page when one line of its text fits under it', () => {
    expect(shown(paginate([lines('p', LINES_PER_PAGE - 2), heading('h'), lines('q', 3)])).map((n) => [n.text, n.newPage])).toEqual([
      ['p 0-20', false],
      ['h', false],
      ['q 0-1', false],
      ['q 1-3', true]
    ])
  })

  it('puts the text after a table on the next grid line at least a body line’s blank below it', () => {
    const [, , after] = shown(paginate([lines('p', 3), table('t', [100]), lines('q', 2)]))
    const end = 3 * LINE_PITCH + 100
    expect(after?.top).toBeGreaterThanOrEqual(LINE_PITCH - SIZE.san)
    expect(after?.top).toBeLessThan(2 * LINE_PITCH - SIZE.san)
    expect(((end + (after?.top ?? 0)) / LINE_PITCH) % 1).toBeCloseTo(0, 6)
  })

  it('leaves that blank below a table ending on a grid line too', () => {
    const [, , after] = shown(paginate([lines('p', 3), table('t', [2 * LINE_PITCH]), lines('q', 2)]))
    expect(after?.top).toBeCloseTo(LINE_PITCH, 6)
  })

  it('draws a part after another on the same page over its bottom rule, and starts a page with a part that does not fit', () => {
    expect(shown(paginate([table('t', [300, 300, 100])]))).toEqual([
      { text: 't 0', newPage: false, top: 0 },
      { text: 't 1', newPage: false, top: -0.5 },
      { text: 't 2', newPage: true, top: 0 }
    ])
  })
})
