/**
 * Text left to pdfmake to break (a heading longer than a line), cut at the
 * line-break chances pdfmake's breaker misses in Chinese. Its rules (UAX #14
 * before Unicode 15.1) treat the quotation marks “ ” ‘ ’ as ambiguous, so
 * `处理“12345”政府` is one unbreakable word and the line before it is stretched.
 * Such text is cut into pieces, the two characters around each missed chance
 * forming a piece pdfmake may break anywhere inside (`wordBreak: 'break-all'`):
 * before an opening mark that follows a Han character, after a closing mark
 * that precedes one. No line then starts with a closing mark or ends with an
 * opening one.
 */

/**
 * A piece of text, and whether pdfmake may break between any two of its characters.
 */
export interface Piece {
  readonly text: string
  readonly breakAll: boolean
}

const HAN = /\p{Script=Han}/u
const OPENING_QUOTES = new Set(['“', '‘'])
const CLOSING_QUOTES = new Set(['”', '’'])

/**
 * `text` cut so that pdfmake can break at the missed chances.
 *
 * @example
 * cjkPieces('处理“12345”政府').map((p) => p.text) // ['处', '理“', '12345', '”政', '府']
 */
export const cjkPieces = (text: string): ReadonlyArray<Piece> => {
  const chars = [...text]
  const pieces: Array<Piece> = []
  let start = 0
  const cut = (pairAt: number) => {
    if (pairAt > start) pieces.push({ text: chars.slice(start, pairAt).join(''), breakAll: false })
    pieces.push({ text: chars.slice(pairAt, pairAt + 2).join(''), breakAll: true })
    start = pairAt + 2
  }
  for (let i = 0; i < chars.length - 1; i++) {
    if (i < start) continue
    const [here = '', next = ''] = [chars[i], chars[i + 1]]
    if ((HAN.test(here) && OPENING_QUOTES.has(next)) || (CLOSING_QUOTES.has(here) && HAN.test(next))) cut(i)
  }
  if (start < chars.length) pieces.push({ text: chars.slice(start).join(''), breakAll: false })
  return pieces
}

const IDEOGRAPH = /^\p{Unified_Ideograph}$/u
/** Marks after which UAX #14 always allows a break before an ideograph: full-width closing punctuation and the closing brackets. */
const CLOSING_PUNCTUATION = new Set(['，', '。', '、', '；', '：', '？', '！', '）', '》', '」', '』', '】', '〉', '〕'])

/**
 * Whether pdfmake's breaker surely finds a line-break chance between a text
 * ending in the character `before` and one starting with `after`, so that it
 * does not bind the two texts' words into one: an ideograph or a closing
 * punctuation mark before an ideograph. Other pairs (quotation marks, numbers
 * and Latin words, whose words the breaker reads in context) are not sure.
 *
 * @example
 * surelyBreaksBetween('，', '政') // true
 * surelyBreaksBetween('”', '政') // false
 */
export const surelyBreaksBetween = (before: string, after: string): boolean =>
  (IDEOGRAPH.test(before) || CLOSING_PUNCTUATION.has(before)) && IDEOGRAPH.test(after)
