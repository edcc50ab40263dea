/**
 * A short text (a title, an agency's name in the signature) cut into the fewest
 * lines that fit a width, of nearly equal width, at word boundaries: Chinese
 * words as ICU's dictionary segmenter (`Intl.Segmenter` with `zh`) finds them,
 * numbers and Latin words whole and kept with the unit after them, and the
 * marks' rules kept. Only where no word
 * boundary gives lines that fit is a word cut between its characters.
 */
import { mayBreakBetween } from './jinze.js'

const WORDS = new Intl.Segmenter('zh', { granularity: 'word' })

/** Where lines may break: offsets (in characters) between words, and between any two characters. */
const breakChances = (chars: ReadonlyArray<string>): { readonly words: ReadonlyArray<number>; readonly chars: ReadonlyArray<number> } => {
  // A number stays with the unit after it (`2021年度`, `3号`).
  const allowed = (at: number) => mayBreakBetween(chars[at - 1] ?? '', chars[at] ?? '') && !/\d/.test(chars[at - 1] ?? '')
  const words: Array<number> = []
  let at = 0
  for (const { segment } of WORDS.segment(chars.join(''))) {
    if (at > 0 && allowed(at)) words.push(at)
    at += [...segment].length
  }
  return { words, chars: Array.from({ length: chars.length - 1 }, (_, i) => i + 1).filter(allowed) }
}

/** The lines of `chars` cut at `chances` into `count` lines, each cut the chance nearest its share of the width; undefined if a line is too wide. */
const cutInto = (
  chars: ReadonlyArray<string>,
  chances: ReadonlyArray<number>,
  count: number,
  widthOf: (text: string) => number,
  maxWidth: number
): ReadonlyArray<string> | undefined => {
  const prefix = [0]
  for (const char of chars) prefix.push((prefix.at(-1) ?? 0) + widthOf(char))
  const total = prefix.at(-1) ?? 0
  const cuts: Array<number> = []
  for (let i = 1; i < count; i++) {
    const target = (total * i) / count
    const after = chances.filter((c) => c > (cuts.at(-1) ?? 0))
    const best = after.reduce<number | undefined>(
      (b, c) => (b === undefined || Math.abs((prefix[c] ?? 0) - target) < Math.abs((prefix[b] ?? 0) - target) ? c : b),
      undefined
    )
    if (best === undefined) return undefined
    cuts.push(best)
  }
  const bounds = [0, ...cuts, chars.length]
  const lines = bounds.slice(1).map((end, i) => chars.slice(bounds[i], end).join(''))
  return lines.every((line) => widthOf(line) <= maxWidth) ? lines : undefined
}

/**
 * `text` in the fewest lines of at most `maxWidth`, of nearly equal width,
 * broken between words where that fits.
 *
 * @example
 * balancedLines('某某市某某区某某街道办事处2021年度政府信息公开工作年度报告', (t) => 22 * [...t].length, 442)
 * // ['某某市某某区某某街道办事处', '2021年度政府信息公开工作年度报告']
 */
export const balancedLines = (text: string, widthOf: (text: string) => number, maxWidth: number): ReadonlyArray<string> => {
  const chars = [...text]
  if (chars.length < 2 || widthOf(text) <= maxWidth) return [text]
  const chances = breakChances(chars)
  for (let count = Math.ceil(widthOf(text) / maxWidth); count <= chars.length; count++) {
    const lines = cutInto(chars, chances.words, count, widthOf, maxWidth) ?? cutInto(chars, chances.chars, count, widthOf, maxWidth)
    if (lines !== undefined) return lines
  }
  return chars
}
