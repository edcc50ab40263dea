/**
 * The signature at the end of a report: a line that is only a date and, above it,
 * the signer. Neither is text of the last section; the date stands in for the
 * publication date when the page prints none.
 */
import type { Line } from '../read/lines.js'
import { isoDate } from '../text/dates.js'
import type { SectionLines } from './outline.js'
import { publisherOf } from './publisher.js'

/**
 * The date of a line that is only a date, as a signature prints it
 * (`2021年1月27日`, `2021-01-27`).
 */
const signatureDate = (line: Line): string | undefined => {
  // A signature is printed to the right: its indentation is not its length.
  if (line.text.trim().length > 40) return undefined
  const t = line.text.trim().normalize('NFKC').replace(/\s+/g, '')
  if (t.length > 12) return undefined
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t)
  return m === null ? undefined : isoDate(m[1] ?? '', m[2] ?? '', m[3] ?? '')
}

/** A section's lines without the signature at their end, and the signature's date. */
const dropSignature = (body: ReadonlyArray<Line>): { readonly body: ReadonlyArray<Line>; readonly date: string | undefined } => {
  const lines = [...body]
  while (lines.length > 0 && lines.at(-1)?.text.trim() === '') lines.pop()
  const last = lines.at(-1)
  const date = last === undefined ? undefined : signatureDate(last)
  if (date === undefined) return { body, date }
  lines.pop()
  while (lines.length > 0 && lines.at(-1)?.text.trim() === '') lines.pop()
  const signer = lines.at(-1)?.text.trim() ?? ''
  if (signer !== '' && signer.length <= 30 && publisherOf(signer) !== undefined) lines.pop()
  return { body: lines, date }
}

/**
 * The sections without the signature at the end of the last one (or, when the text
 * has no numbered section, at the end of the text before them: a page of a report
 * that starts in mid-section), and the date it was signed (`undefined` when there is
 * no signature).
 */
export const withoutSignature = (
  sections: ReadonlyArray<SectionLines>,
  front: ReadonlyArray<Line>
): { readonly sections: ReadonlyArray<SectionLines>; readonly front: ReadonlyArray<Line>; readonly signed: string | undefined } => {
  const last = sections.at(-1)
  if (last === undefined) {
    const { body, date } = dropSignature(front)
    return { sections, front: body, signed: date }
  }
  const { body, date } = dropSignature(last.body)
  return { sections: [...sections.slice(0, -1), { ...last, body }], front, signed: date }
}
