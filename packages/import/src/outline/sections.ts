/**
 * The sections of the report from the outline: each section's text as paragraphs
 * and subsections, and, for sections 二 to 四, the lines of its table (from the
 * line where the table's labels start to the section's end).
 */
import { isTableRole, type Section, type TableRole } from '@report/model'
import { startsActive } from './active-table.js'
import { startsApplications } from './applications-table.js'
import type { Line } from './lines.js'
import { labelKey } from './normalise.js'
import { note, type ImportNote } from './note.js'
import type { SectionLines } from './outline.js'
import { paragraphsOf, structure, type Layout } from './paragraphs.js'
import { startsReview } from './review-table.js'

const STARTS: Readonly<Record<TableRole, (line: Line) => boolean>> = {
  active: startsActive,
  applications: startsApplications,
  review: startsReview
}

/**
 * A section of the model and the lines of its table, if it has one.
 */
export interface SectionRead {
  readonly section: Section
  readonly table?: { readonly role: TableRole; readonly lines: ReadonlyArray<Line> }
  readonly notes: ReadonlyArray<ImportNote>
}

/** A line of sentences among a table's lines: text after the table, not a cell. */
const isProse = (line: Line): boolean => line.cells === undefined && /[。！？]/.test(line.text) && labelKey(line.text.slice(0, 400)).length >= 20

/**
 * A section from paragraphs and subsections.
 */
export const textSection = (role: Section['role'], heading: string, lines: ReadonlyArray<Line>, layout: Layout): Section => {
  const { paragraphs, subsections } = structure(paragraphsOf(lines, layout))
  return subsections.length === 0
    ? { role, heading, paragraphs: [...paragraphs] }
    : { role, heading, paragraphs: [...paragraphs], subsections: [...subsections] }
}

/**
 * A section of the outline read: its text, and its table's lines.
 */
export const readSection = (source: SectionLines, layout: Layout): SectionRead => {
  const { role, heading, body } = source
  if (!isTableRole(role)) return { section: textSection(role, heading, body, layout), notes: [] }
  const start = body.findIndex(STARTS[role])
  const before = start === -1 ? body : body.slice(0, start)
  const rest = start === -1 ? [] : body.slice(start)
  const after = rest.filter(isProse)
  const notes = after.length === 0 ? [] : [note('TEXT_AFTER_TABLE', `表格之后有 ${after.length} 行文字，已并入本节正文（正文排在表格之前）`, { line: after[0]?.no, where: heading })]
  return {
    section: textSection(role, heading, [...before, ...after], layout),
    table: { role, lines: rest.filter((l) => !isProse(l)) },
    notes
  }
}
