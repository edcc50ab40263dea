/**
 * The sections of the report from the outline: each section's text as paragraphs
 * and subsections, and, for sections 二 to 四, the lines of its table (from the
 * line where the table's labels start to the section's end).
 */
import { isTableRole, SECTION_HEADINGS, type Section, type TableRole } from '@report/model'
import { note, type ImportNote } from '../note.js'
import type { Layout } from '../read/layout.js'
import type { Line } from '../read/lines.js'
import { startsActive } from '../tables/active-table.js'
import { startsApplications } from '../tables/applications-table.js'
import { startsReview } from '../tables/review-table.js'
import { labelKey } from '../text/label-key.js'
import type { Outline, SectionLines } from './outline.js'
import { paragraphsOf, structure } from './paragraphs.js'
import { withoutSignature } from './signature.js'
import { isAfter, whereTextStops, type TextStop } from './text-end.js'
import type { Title } from './title.js'

// -------------------------------------------------------------------------------------
// one section
// -------------------------------------------------------------------------------------

const STARTS: Readonly<Record<TableRole, (line: Line) => boolean>> = {
  active: startsActive,
  applications: startsApplications,
  review: startsReview
}

/** A section of the model and the lines of its table, if it has one. */
interface SectionRead {
  readonly section: Section
  readonly table?: { readonly role: TableRole; readonly lines: ReadonlyArray<Line> }
  readonly notes: ReadonlyArray<ImportNote>
}

/** A line of sentences among a table's lines: text after the table, not a cell. */
const isProse = (line: Line): boolean => line.cells === undefined && /[。！？]/.test(line.text) && labelKey(line.text.slice(0, 400)).length >= 20

/** A section from paragraphs and subsections. */
const textSection = (role: Section['role'], heading: string, lines: ReadonlyArray<Line>, layout: Layout): Section => {
  const { paragraphs, subsections } = structure(paragraphsOf(lines, layout))
  return subsections.length === 0
    ? { role, heading, paragraphs: [...paragraphs] }
    : { role, heading, paragraphs: [...paragraphs], subsections: [...subsections] }
}

/** A section of the outline read: its text, and its table's lines. */
const readSection = (source: SectionLines, layout: Layout): SectionRead => {
  const { role, heading, body } = source
  if (!isTableRole(role)) return { section: textSection(role, heading, body, layout), notes: [] }
  const start = body.findIndex(STARTS[role])
  const before = start === -1 ? body : body.slice(0, start)
  const rest = start === -1 ? [] : body.slice(start)
  const after = rest.filter(isProse)
  const notes =
    after.length === 0
      ? []
      : [note('TEXT_AFTER_TABLE', `表格之后有 ${after.length} 行文字，已并入本节正文（正文排在表格之前）`, { line: after[0]?.no, where: heading })]
  return {
    section: textSection(role, heading, [...before, ...after], layout),
    table: { role, lines: rest.filter((l) => !isProse(l)) },
    notes
  }
}

// -------------------------------------------------------------------------------------
// step
// -------------------------------------------------------------------------------------

/**
 * The sections of the report, the lines of its tables and the date of its
 * signature, with notes.
 */
export interface SectionsRead {
  readonly sections: ReadonlyArray<Section>
  /** The lines of each table (none when its section was not found). */
  readonly tables: Readonly<Record<TableRole, ReadonlyArray<Line>>>
  readonly signed: string | undefined
  /** Where the text stops, when the page stops mid-report. */
  readonly stops: TextStop | undefined
  readonly notes: ReadonlyArray<ImportNote>
}

/**
 * Reads the sections of the outline: the numbered ones without the signature at
 * the end, and the text between the title and 一、 as an untitled section first
 * (`extra`); a note for each statutory section not found.
 */
export const readSections = (outline: Outline, title: Title, layout: Layout): SectionsRead => {
  const numbered = withoutSignature(outline.sections)
  const stops = whereTextStops([...outline.front, ...outline.sections.flatMap((s) => s.body)], outline.sections, numbered.signed)
  const reads = numbered.sections.map((s) => readSection(s, layout))
  const front = outline.front.slice(title.end + 1)
  const preamble = textSection('extra', '', front, layout)
  const hasPreamble = preamble.paragraphs.length > 0 || (preamble.subsections ?? []).length > 0
  const sections = [...(hasPreamble ? [preamble] : []), ...reads.map((r) => r.section)]
  const notes = reads.flatMap((r) => r.notes)
  if (hasPreamble) {
    notes.push(note('PREAMBLE', '标题与“一、”之间的文字作为无标题的附加章节（extra）放在最前', { line: front.find((l) => l.text.trim() !== '')?.no }))
  }
  for (const role of Object.keys(SECTION_HEADINGS) as Array<keyof typeof SECTION_HEADINGS>) {
    const cut = stops !== undefined && isAfter(role, stops.last)
    if (!cut && !sections.some((s) => s.role === role)) notes.push(note('SECTION_NOT_FOUND', `未找到章节“${SECTION_HEADINGS[role]}”`))
  }
  if (stops !== undefined) {
    const after = stops.heading === '' ? '' : `（${stops.heading}）`
    notes.push(
      note('TEXT_TRUNCATED', `页面文字到“${stops.text}”为止${after}，报告不完整：其后的章节、表格和表格行没有印出，不再逐一列出`, { line: stops.line })
    )
  }
  const linesOf = (role: TableRole): ReadonlyArray<Line> => reads.find((r) => r.table?.role === role)?.table?.lines ?? []
  return {
    sections,
    tables: { active: linesOf('active'), applications: linesOf('applications'), review: linesOf('review') },
    signed: numbered.signed,
    stops,
    notes
  }
}
