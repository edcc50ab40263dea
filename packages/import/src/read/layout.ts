/**
 * How the text is laid out: a fixed-width layout whose paragraphs are wrapped into
 * lines (PDF text), or a line a paragraph; and, for wrapped text, the indentation
 * of continuation lines and the width of a full line.
 */
import { displayWidth } from '../text/spacing.js'
import type { Line } from './lines.js'

/**
 * How the text is laid out: whether it is wrapped, the indentation of its
 * continuation lines and the width of a full line.
 */
export interface Layout {
  readonly wrapped: boolean
  readonly indent: number
  readonly width: number
}

const mode = (xs: ReadonlyArray<number>): number => {
  const counts = new Map<number, number>()
  let best = 0
  let bestCount = 0
  for (const x of xs) {
    const c = (counts.get(x) ?? 0) + 1
    counts.set(x, c)
    if (c > bestCount || (c === bestCount && x < best)) {
      best = x
      bestCount = c
    }
  }
  return best
}

/**
 * The layout of the text's long lines: their usual indentation and width.
 */
export const layoutOf = (lines: ReadonlyArray<Line>, wrapped: boolean): Layout => {
  const long = lines.filter((l) => l.cells === undefined && l.text.trim().length >= 15)
  return { wrapped, indent: mode(long.map((l) => l.indent)), width: mode(long.map((l) => displayWidth(l.text))) }
}

/**
 * Is the text a fixed-width layout (PDF text, `pdftotext -layout`) whose paragraphs
 * are wrapped into lines? Yes when it has page breaks, or when most long lines end
 * at the same width.
 */
export const isWrappedLayout = (text: string, lines: ReadonlyArray<Line>): boolean => {
  if (text.includes('\f')) return true
  const widths = new Map<number, number>()
  let long = 0
  for (const line of lines) {
    if (line.cells !== undefined || line.text.length < 15) continue
    const w = displayWidth(line.text.trim())
    widths.set(w, (widths.get(w) ?? 0) + 1)
    long += 1
  }
  if (long < 8) return false
  let best = 0
  for (const [w] of widths) {
    let near = 0
    for (let d = -2; d <= 2; d++) near += widths.get(w + d) ?? 0
    best = Math.max(best, near)
  }
  return best / long >= 0.5
}
