/**
 * Label matching that survives the drift of published text: full- and half-width
 * forms, `1.` vs `1、`, spaces inside broken cells, and OCR damage (scored by the
 * share of a label's character pairs found, never by exact equality).
 */

// -------------------------------------------------------------------------------------
// keys
// -------------------------------------------------------------------------------------

const UNIFIED: Readonly<Record<string, string>> = {
  '、': '.', '。': '.', '．': '.', '﹒': '.', '（': '(', '）': ')', '〔': '(', '〕': ')', '【': '(', '】': ')',
  '[': '(', ']': ')', '{': '(', '}': ')', '／': '/'
}
/**
 * Text whose key NFKC would not change: ASCII, CJK unified ideographs, CJK
 * punctuation, quotes, and the no-break and ideographic spaces (NFKC makes them
 * spaces, which keys drop anyway). `…` is in it too, though NFKC makes it `...`:
 * this fast path drops it, the slow path keeps the dots.
 */
const NFKC_STABLE = /^[\u0000-\u007f\u00a0\u4e00-\u9fff\u3000-\u3037“”‘’—…·]*$/
/** Whitespace and punctuation dropped from keys, and the marks unified (after NFKC). */
const KEY_CHARS = /[\s\u00a0\u3000,;:!?"'`“”‘’「」『』《》<>·•…~_*#=|，：；、。．﹒（）〔〕【】[\]{}／]/g

/**
 * The matching key of a label: NFKC (full width to half width), whitespace and
 * punctuation dropped, `、` and `.` unified, every bracket made `()`.
 *
 * @example
 * labelKey('（二）部分公开（区分处理的， 只计这一情形）') // '(二)部分公开(区分处理的只计这一情形)'
 * labelKey('1、属于国家秘密') === labelKey('1.属于国家秘密') // true
 */
export const labelKey = (text: string): string =>
  (NFKC_STABLE.test(text) ? text : text.normalize('NFKC')).replace(KEY_CHARS, (ch) => UNIFIED[ch] ?? '')

/**
 * The distinct character pairs of a key (a one-character key is its own pair).
 */
export const pairsOf = (key: string): ReadonlySet<string> => {
  const chars = [...key]
  if (chars.length === 1) return new Set(chars)
  const pairs = new Set<string>()
  for (let i = 1; i < chars.length; i++) pairs.add((chars[i - 1] ?? '') + (chars[i] ?? ''))
  return pairs
}

/**
 * The share (0 to 1) of a label's character pairs found in a text's pairs: 1 when
 * the text contains the label, less the more the label is damaged.
 *
 * @example
 * containment(pairsOf(labelKey('2.其他法律行政法规禁止公开')), pairsOf(labelKey('2.其他法律行政止公开'))) // 9 / 13
 */
export const containment = (label: ReadonlySet<string>, text: ReadonlySet<string>): number => {
  if (label.size === 0) return 0
  let hits = 0
  for (const pair of label) if (text.has(pair)) hits += 1
  return hits / label.size
}

// -------------------------------------------------------------------------------------
// numbering
// -------------------------------------------------------------------------------------

const DIGITS: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/**
 * The value of a Chinese numeral up to 99 (`十二` → 12), or `undefined`.
 *
 * @example
 * chineseNumber('七') // 7
 */
export const chineseNumber = (s: string): number | undefined => {
  const ten = s.indexOf('十')
  if (ten === -1) return s.length === 1 ? DIGITS[s] : undefined
  if (s.length > 3 || s.indexOf('十', ten + 1) !== -1) return undefined
  const tens = ten === 0 ? 1 : DIGITS[s.slice(0, ten)]
  const units = ten === s.length - 1 ? 0 : DIGITS[s.slice(ten + 1)]
  return tens === undefined || units === undefined ? undefined : tens * 10 + units
}

/**
 * A year written in Chinese digits (`二〇二〇`) as a number.
 */
export const chineseYear = (s: string): number | undefined => {
  if (s.length !== 4) return undefined
  let n = 0
  for (const ch of s) {
    const d = DIGITS[ch]
    if (d === undefined) return undefined
    n = n * 10 + d
  }
  return n
}

// -------------------------------------------------------------------------------------
// spacing
// -------------------------------------------------------------------------------------

/**
 * Is the character Chinese, or full-width punctuation that needs no space beside it?
 */
const isWide = (ch: string): boolean => {
  const c = ch.codePointAt(0) ?? 0
  return (
    (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xffef) || (c >= 0x20000 && c <= 0x3ffff) || (c >= 0x2018 && c <= 0x201f) || c === 0x2014 || c === 0x2026
  )
}

/**
 * The width of a line as printed in a monospace layout: wide characters count 2.
 */
export const displayWidth = (line: string): number => {
  let w = 0
  for (const ch of line) w += isWide(ch) ? 2 : 1
  return w
}

/**
 * Removes the spaces a PDF's justified layout puts beside Chinese characters
 * (`2023 年` → `2023年`, `号 ， 邮 编` → `号，邮编`); other runs of spaces become one.
 *
 * @example
 * tidySpaces('统计期限自 2023 年 1 月 1 日') // '统计期限自2023年1月1日'
 */
export const tidySpaces = (text: string): string => {
  const chars = [...text]
  let out = ''
  let i = 0
  while (i < chars.length) {
    const ch = chars[i] ?? ''
    if (ch !== ' ' && ch !== '\t' && ch !== '\u3000') {
      out += ch
      i += 1
      continue
    }
    let j = i
    while (j < chars.length && (chars[j] === ' ' || chars[j] === '\t' || chars[j] === '\u3000')) j += 1
    const before = chars[i - 1]
    const after = chars[j]
    if (before !== undefined && after !== undefined && !isWide(before) && !isWide(after)) out += ' '
    i = j
  }
  return out
}

/**
 * Joins a wrapped line to the text before it: no space beside Chinese, one space
 * between two Latin words.
 */
export const joinWrapped = (before: string, after: string): string => {
  const last = before.at(-1)
  const first = after[0]
  if (last === undefined || first === undefined) return before + after
  return isWide(last) || isWide(first) ? before + after : `${before} ${after}`
}
