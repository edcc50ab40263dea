/**
 * A PDF's text items to the text of its printed lines, laid out as a fixed-width
 * layout (the form `pdftotext -layout` gives, which the text reader reads): items
 * on one baseline make a line, each at the column its position gives, pages end
 * with a form feed. On the way: page footers (`- 1 -`, `— 1 —`) are dropped,
 * characters stacked in a narrow header cell (`商业` over `企业`) are joined into
 * one cell, and a row label wrapped inside its cell is joined to the line of its
 * values, so that each table row is one line. Rotated text (watermarks) is left out.
 */
import type { PdfItem, PdfPage } from './pdf-protocol.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** A piece of text on a page: its box (points, y down) and its font size. */
interface Piece {
  readonly text: string
  readonly x0: number
  readonly x1: number
  readonly top: number
  readonly bottom: number
  readonly size: number
  /** A vertical font's run, a line of its own. */
  readonly vertical?: boolean
}

/** Pieces sharing a baseline, left to right. */
interface Row {
  readonly pieces: ReadonlyArray<Piece>
  readonly top: number
  readonly bottom: number
}

/** What the text of a PDF is made of: its layout text, and its pages without text. */
export interface PdfLayout {
  readonly text: string
  /** 1-based numbers of the pages (read) that have no text. */
  readonly blankPages: ReadonlyArray<number>
  /** Characters of text over all pages, spaces not counted. */
  readonly chars: number
}

// -------------------------------------------------------------------------------------
// pieces
// -------------------------------------------------------------------------------------

const PAGE_NUMBER = /^(?:[-—–－―]\s{0,3}\d{1,4}\s{0,3}[-—–－―]|第\s{0,3}\d{1,4}\s{0,3}页(?:\s{0,3}[，,]?\s{0,3}共\s{0,3}\d{1,4}\s{0,3}页)?)$/
/** The share of the page's height at its top and its bottom where footers and headers print. */
const MARGIN = 0.12
const NUMBER = /^[+-]?\d[\d,]*(?:\.\d+)?$/

/** A page number in the page's top or bottom margin. */
const isFooter = (item: PdfItem, page: PdfPage): boolean => {
  const [str, , y] = item
  return (y > page.height * (1 - MARGIN) || y < page.height * MARGIN) && PAGE_NUMBER.test(str.trim())
}

const pieceOf = (item: PdfItem): Piece | undefined => {
  const [str, start, y, width, height, size, direction] = item
  const spaced = str.replace(/[\u0000-\u001f\u00a0]/g, ' ')
  const text = spaced.replace(/^[ \u3000]+|[ \u3000]+$/g, '')
  if (text === '' || direction === 2) return undefined
  // Spaces an item starts with (an indent printed as full-width spaces) move its text in: a full-width space is a character wide.
  const lead = spaced.length - spaced.trimStart().length
  const leadWidth = [...spaced.slice(0, lead)].reduce((w, c) => w + (c === '\u3000' ? size : 0.25 * size), 0)
  const x = direction === 0 ? start + Math.min(leadWidth, Math.max(width, 0)) : start
  if (direction === 1) {
    // A vertical font's run: its glyphs stacked downwards from the top of its first one.
    const top = y - size
    return { text, x0: x, x1: x + size, top, bottom: top + Math.max(height, size), size, vertical: true }
  }
  return { text, x0: x, x1: x + Math.max(width, 0), top: y - 0.88 * size, bottom: y + 0.12 * size, size }
}

// -------------------------------------------------------------------------------------
// stacked cells
// -------------------------------------------------------------------------------------

/** How many of the pieces after a narrow piece (by their top) are looked at for the piece under it. */
const STACK_WINDOW = 64

/** At most this many characters' width (in font sizes) make a narrow cell's line. */
const NARROW = 3.2

const isNarrow = (p: Piece): boolean => p.x1 - p.x0 <= NARROW * p.size && !NUMBER.test(p.text)

/**
 * Is the piece alone on its line where it stands, as a cell's text is: nothing on its
 * baseline within half a character of it. The short pieces of a sentence (`2023` `年` `1`
 * `月`) have their neighbours close.
 */
const isolated = (sorted: ReadonlyArray<Piece>, i: number): boolean => {
  const p = sorted[i] as Piece
  for (let k = Math.max(0, i - STACK_WINDOW); k < Math.min(sorted.length, i + 1 + STACK_WINDOW); k++) {
    const q = sorted[k] as Piece
    if (k === i || Math.abs(q.top - p.top) > 0.3 * p.size) continue
    if (q.x0 - p.x1 < 0.5 * p.size && p.x0 - q.x1 < 0.5 * p.size) return false
  }
  return true
}

/**
 * Joins the pieces of narrow cells whose characters are stacked: a short piece alone
 * on its line with another directly under it (same left edge, same size, no gap of a
 * line), nothing between them. `商业` over `企业` becomes `商业企业`.
 */
const joinStacks = (pieces: ReadonlyArray<Piece>): ReadonlyArray<Piece> => {
  const sorted = [...pieces].sort((a, b) => a.top - b.top || a.x0 - b.x0)
  const used = new Set<number>()
  const out: Array<Piece> = []
  for (let i = 0; i < sorted.length; i++) {
    if (used.has(i)) continue
    let piece = sorted[i] as Piece
    if (isNarrow(piece) && isolated(sorted, i)) {
      // Pieces sorted by their top: the one under it is among the next few (a bound, whatever the page holds).
      for (let j = i + 1; j < Math.min(sorted.length, i + 1 + STACK_WINDOW); j++) {
        const below = sorted[j] as Piece
        if (below.top - piece.bottom > 0.6 * piece.size) break
        if (used.has(j) || !isNarrow(below) || Math.abs(below.size - piece.size) > 0.1 * piece.size || !isolated(sorted, j)) continue
        if (Math.abs(below.x0 - piece.x0) > 0.35 * piece.size || below.top < piece.bottom - 0.3 * piece.size) continue
        piece = {
          text: piece.text + below.text,
          x0: Math.min(piece.x0, below.x0),
          x1: Math.max(piece.x1, below.x1),
          top: piece.top,
          bottom: below.bottom,
          size: piece.size
        }
        used.add(j)
      }
    }
    out.push(piece)
  }
  return out
}

// -------------------------------------------------------------------------------------
// rows
// -------------------------------------------------------------------------------------

const middle = (p: { readonly top: number; readonly bottom: number }): number => (p.top + p.bottom) / 2

/** Where a piece sorts among the rows: its middle; a vertical run, at its first character. */
const key = (p: Piece): number => (p.vertical === true ? p.top + p.size / 2 : middle(p))

const overlap = (a: { readonly top: number; readonly bottom: number }, b: { readonly top: number; readonly bottom: number }): number =>
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)

/** Where a piece's text is printed, to a third of its size: a piece printed again over itself (a simulated bold, a shadow) has the same key or a neighbouring one. */
const printedAt = (p: Piece, shift: number): string => `${Math.round(p.x0 / (0.3 * p.size)) + shift}\u0000${p.text}`

/**
 * Pieces into rows: a piece joins the row whose band it overlaps most, by half the
 * height of the smaller piece at least, else starts one. Rows top to bottom, pieces
 * left to right; a piece printed over an equal one is dropped.
 */
const rowsOf = (pieces: ReadonlyArray<Piece>): ReadonlyArray<Row> => {
  const sorted = [...pieces].sort((a, b) => key(a) - key(b) || a.x0 - b.x0)
  const rows: Array<{ pieces: Array<Piece>; top: number; bottom: number; height: number; vertical?: boolean; printed: Set<string> }> = []
  for (const p of sorted) {
    const h = p.bottom - p.top
    if (p.vertical === true) {
      rows.push({ pieces: [p], top: p.top, bottom: p.top + p.size, height: p.size, vertical: true, printed: new Set() })
      continue
    }
    let best: (typeof rows)[number] | undefined
    // Below 0: pieces of no height (a font size too small for the coordinates' precision) on one baseline share a row.
    let bestOverlap = -1
    for (let k = rows.length - 1; k >= 0 && k >= rows.length - 4; k--) {
      const row = rows[k] as (typeof rows)[number]
      const o = row.vertical === true ? 0 : overlap(row, p)
      if (o >= 0.5 * Math.min(h, row.height) && o > bestOverlap) {
        best = row
        bestOverlap = o
      }
    }
    if (best === undefined) rows.push({ pieces: [p], top: p.top, bottom: p.bottom, height: h, printed: new Set([printedAt(p, 0)]) })
    else if (![-1, 0, 1].some((shift) => best.printed.has(printedAt(p, shift)))) {
      best.pieces.push(p)
      best.printed.add(printedAt(p, 0))
      best.height = Math.min(best.height, h)
    }
  }
  return rows.map((r) => ({ pieces: [...r.pieces].sort((a, b) => a.x0 - b.x0), top: r.top, bottom: r.bottom }))
}

/** A cell's value as a table prints it: a number, or a blank mark. */
const VALUE = /^(?:[+-]?\d[\d,]*(?:\.\d+)?|[—–―\-/／\\]{1,3})$/
/** How far apart (in font sizes) a value stands from its neighbours, as table cells do and the words of a sentence do not. */
const CELL_GAP = 0.8

/** The index of a row's first value: a value piece standing apart from its neighbours (`2023 年` in a sentence is not one); -1 if none. */
const firstValue = (row: Row): number =>
  row.pieces.findIndex((p, k) => {
    if (!VALUE.test(p.text)) return false
    const before = row.pieces[k - 1]
    const after = row.pieces[k + 1]
    return (before === undefined || p.x0 - before.x1 > CELL_GAP * p.size) && (after === undefined || after.x0 - p.x1 > CELL_GAP * p.size)
  })

/** The number a row label starts with. */
const NUMBERED = /^(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.．、])/

/** How far (in its font size) a line of a row label may be from the middle of the row's values: the outer lines of a label of five. */
const LABEL_REACH = 2.5
/** How many rows away the row of values of a label line is looked for. */
const LABEL_ROWS = 8

/**
 * Joins the lines of each row label to the row of its values. A label wrapped in its
 * cell prints over and under its values, which stand in the middle of the cell: a
 * text-only row in the label area of a row of values (left of its first value, its
 * size, within 2.5 sizes of the values' middle) belongs to the nearest such row, the
 * one above when both are as near, the one below when it starts with a number. The joined row is the lines above, the label, the
 * lines below, then the values: the label comes whole before its values.
 */
const joinRowLabels = (rows: ReadonlyArray<Row>): ReadonlyArray<Row> => {
  const first = rows.map(firstValue)
  const owner: Array<number | undefined> = rows.map(() => undefined)
  const lines = new Map<number, Array<number>>()
  const fits = (t: number, v: number): number | undefined => {
    const text = rows[t] as Row
    const values = rows[v] as Row
    const value = values.pieces[first[v] as number] as Piece
    const end = text.pieces.reduce((x, p) => Math.max(x, p.x1), -Infinity)
    const size = text.pieces.reduce((x, p) => Math.max(x, p.size), 0)
    const labelSize = values.pieces.reduce((x, p) => Math.max(x, p.size), 0)
    const distance = Math.abs(middle(text) - middle(values))
    return end <= value.x0 - 0.5 * value.size && size <= 1.25 * labelSize && distance <= LABEL_REACH * size ? distance : undefined
  }
  for (let t = 0; t < rows.length; t++) {
    if (first[t] !== -1) continue
    let above: number | undefined
    let below: number | undefined
    for (let k = t - 1; k >= Math.max(0, t - LABEL_ROWS) && above === undefined; k--) if ((first[k] ?? -1) >= 0) above = k
    for (let k = t + 1; k < Math.min(rows.length, t + 1 + LABEL_ROWS) && below === undefined; k++) if ((first[k] ?? -1) >= 0) below = k
    // A numbered line (`5.`, `（五）`, `一、`) starts a label: it belongs to the values under it, never to those above
    // (at the foot of a page, the rest of its label and its values print on the next).
    const up = above === undefined || NUMBERED.test((rows[t]?.pieces[0]?.text ?? '').normalize('NFKC')) ? undefined : fits(t, above)
    const down = below === undefined ? undefined : fits(t, below)
    if (up !== undefined && (down === undefined || up <= down + 0.2 * (rows[t]?.pieces[0]?.size ?? 0))) owner[t] = above
    else if (down !== undefined) owner[t] = below
    const v = owner[t]
    if (v !== undefined) lines.set(v, [...(lines.get(v) ?? []), t])
  }
  const out: Array<Row> = []
  rows.forEach((row, v) => {
    if (owner[v] !== undefined) return
    const start = first[v] ?? -1
    if (start < 0) {
      out.push(row)
      return
    }
    const own = (lines.get(v) ?? []).map((t) => ({ r: rows[t] as Row, t }))
    const over = own.filter(({ t }) => t < v).flatMap(({ r }) => r.pieces)
    const under = own.filter(({ t }) => t > v).flatMap(({ r }) => r.pieces)
    const top = Math.min(row.top, ...own.map(({ r }) => r.top))
    const bottom = Math.max(row.bottom, ...own.map(({ r }) => r.bottom))
    out.push({ pieces: [...over, ...row.pieces.slice(0, start), ...under, ...row.pieces.slice(start)], top, bottom })
  })
  return out
}

// -------------------------------------------------------------------------------------
// layout
// -------------------------------------------------------------------------------------

/** The most common value, by weight. */
const modeOf = (values: ReadonlyArray<readonly [number, number]>): number | undefined => {
  const weights = new Map<number, number>()
  let best: number | undefined
  let bestWeight = 0
  for (const [v, w] of values) {
    const total = (weights.get(v) ?? 0) + w
    weights.set(v, total)
    if (total > bestWeight) {
      best = v
      bestWeight = total
    }
  }
  return best
}

const isWide = (ch: string): boolean => (ch.codePointAt(0) ?? 0) >= 0x2e80

const widthOf = (text: string): number => {
  let w = 0
  for (const ch of text) w += isWide(ch) ? 2 : 1
  return w
}

/** The widest column a piece is put at: a line of a page is narrower, whatever its coordinates say. */
const MAX_COLUMN = 400

/** A row's text: each piece at its column, one space at least where the pieces are apart. */
const lineOf = (row: Row, left: number, unit: number): string => {
  let line = ''
  let width = 0
  let end = -Infinity
  for (const p of row.pieces) {
    const column = Math.min(MAX_COLUMN, Math.max(0, Math.round((p.x0 - left) / unit)))
    const gap = p.x0 - end
    if (width === 0 && line === '') {
      line = ' '.repeat(column)
      width = column
    } else if (gap > 0.8 * p.size && column > width) {
      line += ' '.repeat(Math.max(2, column - width))
      width = Math.max(width + 2, column)
    } else if (gap > 0.15 * p.size || (!isWide(line.at(-1) ?? '') && !isWide(p.text[0] ?? ''))) {
      line += ' '
      width += 1
    }
    line += p.text
    width += widthOf(p.text)
    end = p.x1
  }
  return line
}

/**
 * The layout text of a PDF's pages: rows of each page as lines, each page ended by a
 * form feed.
 *
 * @example
 * pdfLayout([{ width: 595, height: 842, items: [['规章', 81, 281, 24, 12, 12, 0], ['0', 282, 281, 6, 12, 12, 0]] }]).text
 * // '规章   …   0\n\f'
 */
export const pdfLayout = (pages: ReadonlyArray<PdfPage>): PdfLayout => {
  const piecesOf = pages.map((page) =>
    page.items
      .filter((item) => !isFooter(item, page))
      .flatMap((item) => {
        const p = pieceOf(item)
        return p === undefined ? [] : [p]
      })
  )
  const all = piecesOf.flat()
  const chars = all.reduce((n, p) => n + p.text.replace(/\s/g, '').length, 0)
  // The body's font size (by characters printed) sets the column: half its size, one Latin character.
  const size = modeOf(all.map((p) => [Math.round(p.size * 2) / 2, p.text.length])) ?? 12
  const unit = Math.max(size, 1) / 2
  const rowsPerPage = piecesOf.map((pieces) => joinRowLabels(rowsOf(joinStacks(pieces))))
  // The left margin: where the long lines start, the leftmost but for a stray one (the 5th percentile): a
  // paragraph's continued lines, so that its first line is indented and a table's rows are not.
  const starts = rowsPerPage
    .flatMap((rows) => rows.flatMap((r) => (r.pieces.reduce((n, p) => n + p.text.length, 0) >= 15 ? [(r.pieces[0] as Piece).x0] : [])))
    .sort((a, b) => a - b)
  const left = starts.length > 0 ? (starts[Math.floor(starts.length * 0.05)] as number) : all.reduce((m, p) => Math.min(m, p.x0), Infinity)
  const margin = Number.isFinite(left) ? left : 0
  const text = rowsPerPage.map((rows) => rows.map((row) => lineOf(row, margin, unit)).join('\n') + '\n\f').join('')
  const blankPages = piecesOf.flatMap((pieces, i) => (pieces.length === 0 ? [i + 1] : []))
  return { text, blankPages, chars }
}
