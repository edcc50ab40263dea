/**
 * The sentences of a report's text, each with the path of its paragraph: what the
 * text checks (X-1..X-4, R-4) read. The text is split once per report, in one pass
 * over each paragraph, and shared by every check. Numbers are read with full-width
 * digits and thousands separators normalised; punctuation keeps its width, and the
 * checks accept both.
 */
import type { Path } from '../place.js'
import type { Report } from '../report.js'

/**
 * A sentence, normalised for reading numbers, and the paragraph it is in.
 */
export interface Sentence {
  /** The sentence as printed. */
  readonly text: string
  /** Full-width digits made ASCII, spaces removed, `1,234` → `1234`. */
  readonly plain: string
  /** The clauses of `plain`: split at commas, semicolons, colons and full stops, none empty (split on first use). */
  readonly clauses: ReadonlyArray<string>
  /** Whether `plain` has a digit: the checks that read numbers skip the sentences without. */
  readonly digits: boolean
  readonly path: Path
  /** The index of the section it is in. */
  readonly section: number
}

const WIDE_DIGIT = /[\uFF10-\uFF19]/g
const SPACE = /\s+/g
const THOUSANDS = /(\d)[,，](?=\d{3}(?!\d))/g

/** Full-width digits made ASCII, spaces removed, `1,234` → `1234`; each step only where needed. */
const plainOf = (text: string): string => {
  let plain = text
  if (/[\uFF10-\uFF19]/.test(plain)) plain = plain.replace(WIDE_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
  if (/\s/.test(plain)) plain = plain.replace(SPACE, '')
  if (/\d[,，]\d{3}/.test(plain)) plain = plain.replace(THOUSANDS, '$1')
  return plain
}

const CLAUSE_END = /[,，;；。:：]/

/**
 * The clauses of a normalised sentence (split at commas, semicolons, colons and full
 * stops).
 */
const clausesOf = (plain: string): ReadonlyArray<string> => plain.split(CLAUSE_END).filter((c) => c !== '')

/** A sentence as read: its clauses split when a check first asks for them. */
class Read implements Sentence {
  private split: ReadonlyArray<string> | undefined

  constructor(
    readonly text: string,
    readonly plain: string,
    readonly digits: boolean,
    readonly path: Path,
    readonly section: number
  ) {}

  get clauses(): ReadonlyArray<string> {
    this.split ??= clausesOf(this.plain)
    return this.split
  }
}

/** Whether a character ends a sentence: 。！？；!?; */
const endsSentence = (c: number): boolean => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x21 || c === 0x3f || c === 0x3b

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39

/** A CJK unified ideograph: most of a report's characters, none of them a mark, digit or space. */
const isIdeograph = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff

const isWideDigit = (c: number): boolean => c >= 0xff10 && c <= 0xff19

/** What `\s` matches (and `trim` removes): ECMAScript's white space and line terminators. */
const isSpace = (c: number): boolean =>
  c <= 0x20
    ? c === 0x20 || (c >= 0x09 && c <= 0x0d)
    : c >= 0xa0 &&
      (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff)

/**
 * The sentences of a paragraph, pushed to `out`: each a run of text up to and
 * including its closing marks, trimmed; marks with no text before them are dropped.
 * True when each one's plain form is its text, so a part of the paragraph.
 * One pass over the characters finds the ends and what each sentence holds: a
 * digit, and anything its plain form changes (a full-width digit, a space, a comma
 * after a digit), so that only those sentences are normalised.
 */
const split = (paragraph: string, path: Path, section: number, out: Array<Sentence>): boolean => {
  const n = paragraph.length
  let i = 0
  let unchanged = true
  while (i < n) {
    while (i < n && endsSentence(paragraph.charCodeAt(i))) i++
    const start = i
    let digits = false
    let changes = false
    for (; i < n; i++) {
      const c = paragraph.charCodeAt(i)
      if (isIdeograph(c)) continue
      if (endsSentence(c)) break
      if (isDigit(c)) digits = true
      else if (isWideDigit(c)) digits = changes = true
      else if (isSpace(c)) changes = true
      else if ((c === 0x2c || c === 0xff0c) && i > start) {
        const previous = paragraph.charCodeAt(i - 1)
        if (isDigit(previous) || isWideDigit(previous)) changes = true
      }
    }
    while (i < n && endsSentence(paragraph.charCodeAt(i))) i++
    // The sentence trimmed as `trim` does, in one slice: spaces can only be where `changes` says.
    let first = start
    let end = i
    if (changes) {
      while (first < end && isSpace(paragraph.charCodeAt(first))) first++
      while (end > first && isSpace(paragraph.charCodeAt(end - 1))) end--
    }
    if (first === end) continue
    const text = paragraph.slice(first, end)
    const plain = changes ? plainOf(text) : text
    if (plain !== text) unchanged = false
    out.push(new Read(text, plain, digits, path, section))
  }
  return unchanged
}

/** A paragraph's sentences, `from` to `to` in the report's, and its text when each of their plain forms is a part of it. */
interface Paragraph {
  readonly text: string | undefined
  readonly from: number
  readonly to: number
}

interface Split {
  readonly report: Report
  readonly sentences: ReadonlyArray<Sentence>
  readonly paragraphs: ReadonlyArray<Paragraph>
}

/**
 * The last report split and its sentences: the text checks of one report ask in a
 * row. One entry, not a WeakMap keyed by report: a WeakMap entry per freshly parsed
 * report cost more in the garbage collector's ephemeron work than the split itself.
 */
let last: Split | undefined

const collect = (report: Report): Split => {
  const sentences: Array<Sentence> = []
  const paragraphs: Array<Paragraph> = []
  const add = (text: string, path: Path, section: number): void => {
    const from = sentences.length
    const unchanged = split(text, path, section, sentences)
    if (sentences.length > from) paragraphs.push({ text: unchanged ? text : undefined, from, to: sentences.length })
  }
  const { sections } = report
  for (let s = 0; s < sections.length; s++) {
    const section = sections[s] as Report['sections'][number]
    const { paragraphs: texts, subsections = [] } = section
    for (let i = 0; i < texts.length; i++) add(texts[i] as string, ['sections', s, 'paragraphs', i], s)
    for (let k = 0; k < subsections.length; k++) {
      const sub = (subsections[k] as (typeof subsections)[number]).paragraphs
      for (let i = 0; i < sub.length; i++) add(sub[i] as string, ['sections', s, 'subsections', k, 'paragraphs', i], s)
    }
  }
  return { report, sentences, paragraphs }
}

const splitOf = (report: Report): Split => {
  if (last?.report !== report) last = collect(report)
  return last
}

/**
 * Every sentence of the report's paragraphs, in order (computed once for the
 * checks of a report in a row; the sentences of one paragraph share its path).
 */
export const sentencesOf = (report: Report): ReadonlyArray<Sentence> => splitOf(report).sentences

/**
 * The sentences whose plain form `pattern` matches, in order: the same as filtering
 * {@link sentencesOf} with `pattern.test`, with a paragraph whose sentences are
 * parts of it tested whole first, and its sentences only when it matches. For
 * patterns that see only what they match (no anchor, `\b` or lookaround, no `g` or
 * `y` flag), which match a part only where they match the whole.
 *
 * @example
 * sentencesMatching(report, /我局|本局/)
 */
export const sentencesMatching = (report: Report, pattern: RegExp): ReadonlyArray<Sentence> => {
  // A g or y pattern keeps its lastIndex between tests, so a paragraph's test would move where its sentences' start.
  if (pattern.global || pattern.sticky) throw new TypeError('sentencesMatching: the pattern must have neither the g nor the y flag')
  const { sentences, paragraphs } = splitOf(report)
  const out: Array<Sentence> = []
  for (const { text, from, to } of paragraphs) {
    if (text !== undefined && !pattern.test(text)) continue
    for (let i = from; i < to; i++) {
      const sentence = sentences[i] as Sentence
      // A paragraph of one sentence that is all of it has been tested.
      if ((to - from === 1 && sentence.plain === text) || pattern.test(sentence.plain)) out.push(sentence)
    }
  }
  return out
}

/**
 * A sentence for a message: quoted, cut at 120 characters.
 */
export const quote = (text: string): string => `“${text.length > 120 ? text.slice(0, 120) + '…' : text}”`
