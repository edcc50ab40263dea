/**
 * The text of a section: lines to paragraphs (in wrapped PDF text, a paragraph
 * starts where a line is indented or the line before it ends a sentence short of
 * the margin; a numbered subsection heading printed alone is a paragraph of its
 * own), then paragraphs to subsections (`（一）…`, numbered in order), with the
 * heading run into the paragraph's first line when text follows it.
 */
import type { Subsection } from '@report/model'
import type { Layout } from '../read/layout.js'
import type { Line } from '../read/lines.js'
import { chineseNumber } from '../text/numerals.js'
import { displayWidth, tidySpaces, wrapJoint } from '../text/spacing.js'

// -------------------------------------------------------------------------------------
// paragraphs
// -------------------------------------------------------------------------------------

/**
 * A paragraph and the line it starts on.
 */
export interface Paragraph {
  readonly text: string
  readonly line: number
}

const ENDS_SENTENCE = /[。！？；：:;!?”」）)]$/
/** A subsection's heading printed alone (`(三)人大代表建议和政协提案办理结果公开情况`): numbered, short, no sentence in it; in wrapped text a paragraph of its own. */
const HEADING_LINE = /^[(（]\s{0,2}[一二三四五六七八九十]{1,3}\s{0,2}[)）][^。！？；：:;!?，,]{1,40}$/

/**
 * The paragraphs of lines: one per non-blank line, or, in wrapped text, the lines
 * of each paragraph joined and the layout's spaces removed.
 */
export const paragraphsOf = (lines: ReadonlyArray<Line>, layout: Layout): ReadonlyArray<Paragraph> => {
  if (!layout.wrapped) {
    const out: Array<Paragraph> = []
    for (const line of lines) {
      const text = line.text.trim()
      if (text !== '') out.push({ text, line: line.no })
    }
    return out
  }
  // Each paragraph is built from its parts and joined once: appending to one string
  // and reading its last character flattens the string each time (quadratic).
  const parts: Array<{ pieces: Array<string>; last: string; line: number }> = []
  let endedShort = true
  for (const line of lines) {
    const text = line.text.trim()
    if (text === '') continue
    const current = parts.at(-1)
    const heading = HEADING_LINE.test(text)
    if (current === undefined || endedShort || heading || line.indent > layout.indent) parts.push({ pieces: [text], last: text, line: line.no })
    else {
      current.pieces.push(wrapJoint(current.last, text), text)
      current.last = text
    }
    endedShort = heading || (ENDS_SENTENCE.test(text) && displayWidth(line.text) < layout.width - 4)
  }
  return parts.map((p) => ({ text: tidySpaces(p.pieces.join('')), line: p.line }))
}

// -------------------------------------------------------------------------------------
// subsections
// -------------------------------------------------------------------------------------

const SUBSECTION = /^[(（]\s{0,2}([一二三四五六七八九十]{1,3})\s{0,2}[)）]/
const RUN_IN_END = /[。：:；;！!]/
/** The longest subsection heading. */
const MAX_HEADING = 50

const splitHeading = (text: string): { readonly heading: string; readonly rest: string } | undefined => {
  const head = text.slice(0, MAX_HEADING + 1)
  const m = RUN_IN_END.exec(head)
  if (m !== null) return { heading: text.slice(0, m.index + 1), rest: text.slice(m.index + 1).trim() }
  return text.length <= MAX_HEADING ? { heading: text, rest: '' } : undefined
}

/**
 * A section's paragraphs before its first subsection, and its subsections.
 *
 * @example
 * structure([{ text: '(一)主动公开及时迅速。集中在…', line: 9 }]).subsections
 * // [{ heading: '(一)主动公开及时迅速。', runIn: true, paragraphs: ['集中在…'] }]
 */
export const structure = (
  paragraphs: ReadonlyArray<Paragraph>
): { readonly paragraphs: ReadonlyArray<string>; readonly subsections: ReadonlyArray<Subsection> } => {
  const lead: Array<string> = []
  const subsections: Array<{ heading: string; paragraphs: Array<string>; runIn?: boolean }> = []
  for (const { text } of paragraphs) {
    const m = SUBSECTION.exec(text.slice(0, 12))
    const split = m === null || chineseNumber(m[1] ?? '') !== subsections.length + 1 ? undefined : splitHeading(text)
    if (split !== undefined) {
      subsections.push(split.rest === '' ? { heading: split.heading, paragraphs: [] } : { heading: split.heading, runIn: true, paragraphs: [split.rest] })
      continue
    }
    const current = subsections.at(-1)
    if (current === undefined) lead.push(text)
    else current.paragraphs.push(text)
  }
  return { paragraphs: lead, subsections }
}
