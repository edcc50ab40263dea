/**
 * Label matching that survives the drift of published text: full- and half-width
 * forms, `1.` vs `1、`, spaces inside broken cells, and OCR damage (scored by the
 * share of a label's character pairs found, never by exact equality).
 */

const UNIFIED: Readonly<Record<string, string>> = {
  '、': '.',
  '。': '.',
  '．': '.',
  '﹒': '.',
  '（': '(',
  '）': ')',
  '〔': '(',
  '〕': ')',
  '【': '(',
  '】': ')',
  '[': '(',
  ']': ')',
  '{': '(',
  '}': ')',
  '／': '/'
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
export const labelKey = (text: string): string => (NFKC_STABLE.test(text) ? text : text.normalize('NFKC')).replace(KEY_CHARS, (ch) => UNIFIED[ch] ?? '')

/** A surrogate half: a key with one is split by code points, not code units. */
const SURROGATE = /[\uD800-\uDFFF]/
/** Keys whose pairs were computed, and the most kept (the same label text is matched many times). */
const PAIRS = new Map<string, ReadonlySet<string>>()
const PAIRS_KEPT = 4096

const pairsOfKey = (key: string): ReadonlySet<string> => {
  const pairs = new Set<string>()
  if (SURROGATE.test(key)) {
    const chars = [...key]
    if (chars.length === 1) return new Set(chars)
    for (let i = 1; i < chars.length; i++) pairs.add(`${chars[i - 1] ?? ''}${chars[i] ?? ''}`)
    return pairs
  }
  if (key.length === 1) return new Set([key])
  for (let i = 1; i < key.length; i++) pairs.add(key.slice(i - 1, i + 1))
  return pairs
}

/**
 * The distinct character pairs of a key (a one-character key is its own pair).
 */
export const pairsOf = (key: string): ReadonlySet<string> => {
  const known = PAIRS.get(key)
  if (known !== undefined) return known
  const pairs = pairsOfKey(key)
  if (PAIRS.size >= PAIRS_KEPT) PAIRS.clear()
  PAIRS.set(key, pairs)
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
