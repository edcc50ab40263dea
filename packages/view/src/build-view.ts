/**
 * Builds the document view of a report: title, the sections in the report's own
 * order with each statutory table after its section's text, and the signature.
 */
import { isTableRole, placeOf, SECTION_HEADINGS, TABLE_ROLES, type Report, type Section, type TableRole } from '@report/model'
import { chineseDate } from './chinese-date.js'
import type { Block, DocumentView } from './document.js'
import { activeTable } from './tables/active.js'
import { applicationsTable } from './tables/applications.js'
import { reviewTable } from './tables/review.js'

const TABLES: Readonly<Record<TableRole, (report: Report) => Block>> = { active: activeTable, applications: applicationsTable, review: reviewTable }

/**
 * The title in lines: the agency on the first, the rest on the second, when the
 * title starts with the agency's name.
 */
export const titleLines = (title: string, agency: string): ReadonlyArray<string> =>
  agency !== '' && title.startsWith(agency) && title.length > agency.length ? [agency, title.slice(agency.length)] : [title]

const sectionBlocks = (report: Report, section: Section, index: number): ReadonlyArray<Block> => {
  const at = (...path: Array<string | number>) => placeOf(report.format, ['sections', index, ...path])
  const blocks: Array<Block> = [{ kind: 'heading', level: 1, text: section.heading, place: at('heading') }]
  section.paragraphs.forEach((text, i) => blocks.push({ kind: 'paragraph', text, place: at('paragraphs', i) }))
  ;(section.subsections ?? []).forEach((sub, s) => {
    const [first, ...rest] = sub.paragraphs
    if (sub.runIn === true && first !== undefined) {
      blocks.push({ kind: 'paragraph', runIn: sub.heading, text: first, place: at('subsections', s, 'paragraphs', 0) })
    } else {
      blocks.push({ kind: 'heading', level: 2, text: sub.heading, place: at('subsections', s, 'heading') })
      if (first !== undefined) blocks.push({ kind: 'paragraph', text: first, place: at('subsections', s, 'paragraphs', 0) })
    }
    rest.forEach((text, i) => blocks.push({ kind: 'paragraph', text, place: at('subsections', s, 'paragraphs', i + 1) }))
  })
  if (isTableRole(section.role) && report.tables[section.role] !== undefined) blocks.push(TABLES[section.role](report))
  return blocks
}

/** Tables whose section the report lacks, under their statutory heading, so no table is lost. */
const orphanTables = (report: Report): ReadonlyArray<Block> =>
  TABLE_ROLES.filter((role) => report.tables[role] !== undefined && !report.sections.some((s) => s.role === role)).flatMap((role) => [
    { kind: 'heading' as const, level: 1 as const, text: SECTION_HEADINGS[role], place: placeOf(report.format, ['tables', role]) },
    TABLES[role](report)
  ])

/**
 * The document view of a report.
 *
 * @example
 * buildView(report).blocks[0] // { kind: 'title', lines: ['开江县任市镇人民政府', '2020年政府信息公开工作年度报告'] }
 */
export const buildView = (report: Report): DocumentView => ({
  meta: {
    title: report.title,
    author: report.agency,
    subject: `${report.year}年政府信息公开工作年度报告`,
    keywords: `政府信息公开, 年度报告, ${report.year}, ${report.agency}`,
    language: 'zh-CN'
  },
  blocks: [
    { kind: 'title', lines: titleLines(report.title, report.agency), place: placeOf(report.format, ['title']) },
    ...report.sections.flatMap((section, i) => sectionBlocks(report, section, i)),
    ...orphanTables(report),
    {
      kind: 'signature',
      agency: report.agency,
      date: report.published === undefined ? undefined : chineseDate(report.published),
      places: { agency: placeOf(report.format, ['agency']), date: placeOf(report.format, ['published']) }
    }
  ]
})
