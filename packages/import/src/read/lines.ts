/**
 * Text to lines: each line with its number, its indentation and, for TAB-, `|`- and
 * markdown-table rows, its cells. Form feeds (PDF page breaks) are dropped.
 */
// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A line of the input. `cells` is set when the line is a row whose cells are
 * delimited (TAB, `|`, an HTML `<tr>`); blank cells are then kept as `''`.
 */
export interface Line {
  /** 1-based line number in the input. */
  readonly no: number
  /** The text, trimmed at the end. */
  readonly text: string
  /** Leading spaces (a full-width space counts 2). */
  readonly indent: number
  readonly cells?: ReadonlyArray<string>
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

const indentOf = (text: string): number => {
  let n = 0
  for (const ch of text) {
    if (ch === ' ') n += 1
    else if (ch === '\u3000') n += 2
    else if (ch === '\t') n += 4
    else break
  }
  return n
}

const isRule = (cell: string): boolean => /^:?-{2,}:?$/.test(cell.trim())

const BAR = /[|｜]/
/** The cell of a line whose only bar ends it (`规章 |`, or a bar alone), else `undefined`. */
const loneCell = (text: string): string | undefined => {
  const trimmed = text.trimEnd()
  const last = trimmed.at(-1)
  if (last !== '|' && last !== '｜') return undefined
  const cell = trimmed.slice(0, -1)
  return BAR.test(cell) ? undefined : cell.trimEnd()
}

/** The cells of a `|`-separated row: a line with two bars or more, or one that starts with a bar. */
const pipeCells = (text: string): ReadonlyArray<string> | undefined => {
  const trimmed = text.trim()
  const first = trimmed.search(BAR)
  if (first === -1 || (first > 0 && !BAR.test(trimmed.slice(first + 1)))) return undefined
  const cells = trimmed.split(BAR)
  if (cells[0]?.trim() === '') cells.shift()
  if (cells.length > 0 && cells[cells.length - 1]?.trim() === '') cells.pop()
  return cells.map((c) => c.trim())
}

/**
 * A line from its text (form feeds already removed).
 */
export const makeLine = (no: number, raw: string, cells?: ReadonlyArray<string>): Line => {
  const text = raw.trimEnd()
  return cells === undefined ? { no, text, indent: indentOf(text) } : { no, text, indent: indentOf(text), cells }
}

/**
 * The lines of plain text: TAB-separated and `|`-separated rows get cells, the rule
 * line under a markdown header is dropped.
 *
 * @example
 * textLines('规章\t0\t\t0')[0]?.cells // ['规章', '0', '', '0']
 * textLines('规章\t0\t\t')[0]?.cells // ['规章', '0', '', '']
 */
export const textLines = (text: string): ReadonlyArray<Line> => {
  const out: Array<Line> = []
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const clean = raw.includes('\f') ? raw.replace(/\f/g, '') : raw
    if (clean.includes('\t') && clean.trim() !== '') {
      out.push(
        makeLine(
          i + 1,
          clean.replace(/\t/g, '  '),
          // Trailing TABs are empty fields of the row, kept.
          clean
            .replace(/[ \u3000]+$/, '')
            .split('\t')
            .map((c) => c.trim())
        )
      )
      return
    }
    // A cell per line, each ended by a lone bar (`规章 |`, or the bar on a line of its own).
    const lone = loneCell(clean)
    if (lone !== undefined) {
      out.push(makeLine(i + 1, lone))
      return
    }
    const cells = pipeCells(clean)
    if (cells !== undefined && cells.length > 0 && cells.every(isRule)) return
    out.push(makeLine(i + 1, clean, cells))
  })
  return out
}
