/**
 * The sentences of a report's text, each with the path of its paragraph: what the
 * text checks read. Numbers are read with full-width digits and
 * thousands separators normalised.
 *
 * @since 0.1.0
 */
import type { Path } from '../problem.js'
import type { Report } from '../report.js'

/**
 * A sentence, normalised for reading numbers, and the paragraph it is in.
 *
 * @category model
 * @since 0.1.0
 */
export interface Sentence {
  /** The sentence as printed. */
  readonly text: string
  /** NFKC, spaces removed, `1,234` → `1234`. */
  readonly plain: string
  readonly path: Path
  /** The index of the section it is in. */
  readonly section: number
}

const ENDS = new Set(['。', '！', '？', '；', '!', '?', ';'])

const plainOf = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '').replace(/(\d),(?=\d{3})/g, '$1')

const split = (paragraph: string): ReadonlyArray<string> => {
  const out: Array<string> = []
  let start = 0
  for (let i = 0; i < paragraph.length; i++) {
    if (ENDS.has(paragraph[i] ?? '')) {
      out.push(paragraph.slice(start, i + 1))
      start = i + 1
    }
  }
  if (start < paragraph.length) out.push(paragraph.slice(start))
  return out.map((s) => s.trim()).filter((s) => s !== '')
}

/**
 * Every sentence of the report's paragraphs, in order. Subsection headings are
 * sentences of their first paragraph's place.
 *
 * @category utils
 * @since 0.1.0
 */
export const sentencesOf = (report: Report): ReadonlyArray<Sentence> =>
  report.sections.flatMap((section, s) => [
    ...section.paragraphs.flatMap((p, i) => split(p).map((text) => ({ text, plain: plainOf(text), path: ['sections', s, 'paragraphs', i], section: s }))),
    ...(section.subsections ?? []).flatMap((sub, k) =>
      sub.paragraphs.flatMap((p, i) =>
        split(p).map((text) => ({ text, plain: plainOf(text), path: ['sections', s, 'subsections', k, 'paragraphs', i], section: s }))
      )
    )
  ])

/**
 * A sentence for a message: quoted, cut at 120 characters.
 *
 * @category utils
 * @since 0.1.0
 */
export const quote = (text: string): string => `“${text.length > 120 ? text.slice(0, 120) + '…' : text}”`

/**
 * The clauses of a normalised sentence (split at commas and semicolons).
 *
 * @category utils
 * @since 0.1.0
 */
export const clausesOf = (plain: string): ReadonlyArray<string> => plain.split(/[,，;；。:：]/).filter((c) => c !== '')
