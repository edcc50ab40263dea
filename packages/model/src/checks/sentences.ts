/**
 * The sentences of a report's text, each with the path of its paragraph: what the
 * text checks read. Numbers are read with full-width digits and
 * thousands separators normalised; punctuation keeps its width, and the checks
 * accept both.
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
  readonly path: Path
  /** The index of the section it is in. */
  readonly section: number
}

/** A sentence: up to and including its closing mark, or the rest of the paragraph. */
const SENTENCE = /[^。！？；!?;]+[。！？；!?;]*/g

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

const split = (paragraph: string): ReadonlyArray<string> => (paragraph.match(SENTENCE) ?? []).map((s) => s.trim()).filter((s) => s !== '')

const CACHE = new WeakMap<Report, ReadonlyArray<Sentence>>()

const collect = (report: Report): ReadonlyArray<Sentence> => {
  const out: Array<Sentence> = []
  const add = (paragraphs: ReadonlyArray<string>, section: number, at: (i: number) => Path) =>
    paragraphs.forEach((p, i) => {
      for (const text of split(p)) out.push({ text, plain: plainOf(text), path: at(i), section })
    })
  report.sections.forEach((section, s) => {
    add(section.paragraphs, s, (i) => ['sections', s, 'paragraphs', i])
    ;(section.subsections ?? []).forEach((sub, k) => add(sub.paragraphs, s, (i) => ['sections', s, 'subsections', k, 'paragraphs', i]))
  })
  return out
}

/**
 * Every sentence of the report's paragraphs, in order (computed once per report).
 */
export const sentencesOf = (report: Report): ReadonlyArray<Sentence> => {
  const known = CACHE.get(report)
  if (known !== undefined) return known
  const sentences = collect(report)
  CACHE.set(report, sentences)
  return sentences
}

/**
 * A sentence for a message: quoted, cut at 120 characters.
 */
export const quote = (text: string): string => `“${text.length > 120 ? text.slice(0, 120) + '…' : text}”`

/**
 * The clauses of a normalised sentence (split at commas and semicolons).
 */
export const clausesOf = (plain: string): ReadonlyArray<string> => plain.split(/[,，;；。:：]/).filter((c) => c !== '')
