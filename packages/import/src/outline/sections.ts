/**
 * The sections of the report from the outline: each section's text as paragraphs
 * and subsections, and, for sections 二 to 四, the lines of its table (from the
 * line where the table's labels start to the section's end).
 */
import { SECTION_HEADINGS, type Section, type TableRole } from '@report/model'
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

/** A section of the outline read: its text, and the lines of its table when it holds the table of `role`. */
const readSection = (source: SectionLines, role: TableRole | undefined, layout: Layout): SectionRead => {
  const { heading, body } = source
  if (role === undefined) return { section: textSection(source.role, heading, body, layout), notes: [] }
  const start = body.findIndex(STARTS[role])
  const before = start === -1 ? body : body.slice(0, start)
  const rest = start === -1 ? [] : body.slice(start)
  const after = rest.filter(isProse)
  const notes =
    after.length === 0
      ? []
      : [note('TEXT_AFTER_TABLE', `表格之后有 ${after.length} 行文字，已并入本节正文（正文排在表格之前）`, { line: after[0]?.no, where: heading })]
  return {
    section: textSection(source.role, heading, [...before, ...after], layout),
    table: { role, lines: rest.filter((l) => !isProse(l)) },
    notes
  }
}

/**
 * The section that holds the table of a role: the section of that role, unless
 * its table is printed under a heading of the same wording numbered anew (tables
 * after the narrative).
 */
const tableSection = (role: TableRole, sections: ReadonlyArray<SectionLines>): SectionLines | undefined => {
  const own = sections.find((s) => s.role === role)
  if (own !== undefined && own.body.some(STARTS[role])) return own
  return sections.find((s) => s.alike === role && s.body.some(STARTS[role])) ?? own
}

/** Is a section only the heading of a table printed apart from its section, with no text of its own? */
const onlyTable = (source: SectionLines, read: SectionRead): boolean =>
  source.role === 'extra' && read.table !== undefined && read.section.paragraphs.length === 0 && (read.section.subsections ?? []).length === 0

/** The note on a text that follows the outline of the years before 2019, naming its headings. */
const pre2019Note = (headings: ReadonlyArray<string>): ReadonlyArray<ImportNote> =>
  headings.length < 2
    ? []
    : [
        note(
          'OUTLINE_PRE_2019',
          `正文按 2019 年以前的提纲编写（${headings.map((h) => `“${h}”`).join('')}）：现行格式的章节和表格与之不对应，下列未找到的章节和表格由此而来`
        )
      ]

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
  const numbered = withoutSignature(outline.sections, outline.front.slice(title.end + 1))
  const stops = whereTextStops([...outline.front, ...outline.sections.flatMap((s) => s.body)], outline.sections, numbered.signed)
  const holders = new Map((['active', 'applications', 'review'] as const).map((role) => [tableSection(role, numbered.sections), role]))
  const reads = numbered.sections.map((s) => ({ source: s, read: readSection(s, holders.get(s), layout) }))
  const front = numbered.front
  const preamble = textSection('extra', '', front, layout)
  const hasPreamble = preamble.paragraphs.length > 0 || (preamble.subsections ?? []).length > 0
  const sections = [...(hasPreamble ? [preamble] : []), ...reads.filter((r) => !onlyTable(r.source, r.read)).map((r) => r.read.section)]
  const notes = [...pre2019Note(outline.pre2019), ...reads.flatMap((r) => r.read.notes)]
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
  const linesOf = (role: TableRole): ReadonlyArray<Line> => reads.find((r) => r.read.table?.role === role)?.read.table?.lines ?? []
  return {
    sections,
    tables: { active: linesOf('active'), applications: linesOf('applications'), review: linesOf('review') },
    signed: numbered.signed,
    stops,
    notes
  }
}
