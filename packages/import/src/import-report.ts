/**
 * `importReport`: published text or HTML to a report of `@report/model`, with
 * notes on everything not understood or assumed, and the model's checks on the
 * result. Never throws on any input; time grows linearly with its size.
 */
import {
  checkReport,
  decodeReport,
  formatForYear,
  SECTION_HEADINGS,
  type FormatVersion,
  type Problem,
  type Report,
  type Section,
  type TableRole
} from '@report/model'
import { readActive } from './active-table.js'
import { readApplications } from './applications-table.js'
import { isPageField, isPageNumber, publishedDate, signatureDate } from './chrome.js'
import { decodeBytes, type Encoding } from './decode-bytes.js'
import { formatEvidence } from './format-version.js'
import { htmlLines, looksLikeHtml } from './html-lines.js'
import { isWrappedLayout, textLines, type Line } from './lines.js'
import { publisherOf, scopeOf, titleOf, yearAndAgency } from './metadata.js'
import { note, type ImportNote } from './note.js'
import { outlineOf, type SectionLines } from './outline.js'
import { layoutOf } from './paragraphs.js'
import { readReview } from './review-table.js'
import { readSection, textSection } from './sections.js'
import type { TableStatus } from './table-read.js'
import { tokensOf, type Token } from './tokens.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

export interface ImportOptions {
  /** The input's name (a file name) for messages. */
  readonly name?: string
}

/**
 * What an import gives: the report (or `undefined` when not even its year was
 * found), the notes, and the problems of the model's checks on the report.
 */
export interface ImportResult {
  readonly name: string
  readonly report: Report | undefined
  readonly notes: ReadonlyArray<ImportNote>
  readonly problems: ReadonlyArray<Problem>
  /** The format version recognised from the table labels (or assumed, with a note). */
  readonly format: FormatVersion | undefined
  /** How much of each table was read. */
  readonly tables: Readonly<Record<TableRole, TableStatus>>
  readonly encoding: Encoding
  readonly form: 'text' | 'html'
}

const NO_TABLES: Readonly<Record<TableRole, TableStatus>> = { active: 'missing', applications: 'missing', review: 'missing' }

// -------------------------------------------------------------------------------------
// steps
// -------------------------------------------------------------------------------------

/** The signature at the end of the last section: a date line and the signer above it. */
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

/** The format version from the tokens of tables 二 and 三 (table 四 is the same in both). */
const formatOf = (tables: ReadonlyArray<ReadonlyArray<Token>>, year: number, notes: Array<ImportNote>): FormatVersion => {
  const key = tables.map((tokens) => tokens.map((t) => (t.kind === 'text' ? t.key : t.text)).join('')).join('')
  const evidence = formatEvidence(key)
  if (evidence['2019'] > 0 && evidence['2021'] > 0) {
    notes.push(note('FORMAT_MIXED', `表格标签兼有 2019 年格式（${evidence['2019']} 处）与 2021 年格式（${evidence['2021']} 处）的特征，按较多的一方认定`))
  }
  if (evidence['2019'] === evidence['2021']) {
    const assumed = formatForYear(year)
    notes.push(note('FORMAT_ASSUMED', `未能从表格标签认定格式版本，按报告年度 ${year} 假定为 ${assumed} 年格式`))
    return assumed
  }
  return evidence['2019'] > evidence['2021'] ? '2019' : '2021'
}

const empty = (name: string, encoding: Encoding, form: 'text' | 'html', notes: ReadonlyArray<ImportNote>): ImportResult => ({
  name, report: undefined, notes, problems: [], format: undefined, tables: NO_TABLES, encoding, form
})

// -------------------------------------------------------------------------------------
// import
// -------------------------------------------------------------------------------------

/**
 * Imports a published report: bytes (UTF-8 with or without BOM, or GBK/GB18030) or
 * text, plain, TAB- or `|`-separated, markdown, PDF text or HTML (sniffed from the
 * content).
 *
 * @example
 * const { report, notes, problems } = importReport(readFileSync('source.txt'))
 */
export const importReport = (input: Uint8Array | string, options: ImportOptions = {}): ImportResult => {
  const name = options.name ?? '输入'
  const decoded = typeof input === 'string' ? { text: input.replace(/^\uFEFF/, ''), encoding: 'utf-8' as const, notes: [] } : decodeBytes(input)
  const notes: Array<ImportNote> = [...decoded.notes]
  const text = decoded.text
  const form = looksLikeHtml(text) ? 'html' : 'text'
  if (text.trim() === '') return empty(name, decoded.encoding, form, [...notes, note('INPUT_EMPTY', '输入为空')])

  const raw = form === 'html' ? htmlLines(text) : textLines(text)
  const wrapped = form === 'text' && isWrappedLayout(text, raw)
  const published = raw.filter(isPageField).map(publishedDate).find((d) => d !== undefined)
  const lines = raw.filter((l) => !isPageNumber(l) && !isPageField(l))
  const outline = outlineOf(lines, wrapped)
  const layout = layoutOf(lines, wrapped)

  // what the report is
  const title = titleOf(outline.front)
  if (title === undefined) notes.push(note('TITLE_NOT_FOUND', '未找到标题（含“年度报告”的行）'))
  const { year: titleYear, agency } = yearAndAgency(title?.text ?? '')
  if (title !== undefined && agency === '') notes.push(note('AGENCY_NOT_FOUND', `标题“${title.text}”中未找到机关名称`))

  // the text
  const sectionSources: Array<SectionLines> = [...outline.sections]
  const lastSource = sectionSources.at(-1)
  let signed: string | undefined
  if (lastSource !== undefined) {
    const { body, date } = dropSignature(lastSource.body)
    sectionSources[sectionSources.length - 1] = { ...lastSource, body }
    signed = date
  }
  const reads = sectionSources.map((s) => readSection(s, layout))
  for (const r of reads) notes.push(...r.notes)
  const preambleLines = outline.front.slice(title === undefined ? 0 : (title.end + 1))
  const preamble = textSection('extra', '', preambleLines, layout)
  const sections: Array<Section> = reads.map((r) => r.section)
  if (preamble.paragraphs.length > 0 || (preamble.subsections ?? []).length > 0) {
    sections.unshift(preamble)
    notes.push(note('PREAMBLE', '标题与“一、”之间的文字作为无标题的附加章节（extra）放在最前', { line: preambleLines.find((l) => l.text.trim() !== '')?.no }))
  }
  for (const role of Object.keys(SECTION_HEADINGS) as Array<keyof typeof SECTION_HEADINGS>) {
    if (!sections.some((s) => s.role === role)) notes.push(note('SECTION_NOT_FOUND', `未找到章节“${SECTION_HEADINGS[role]}”`))
  }

  // the date and the year
  const date = published ?? signed
  if (published === undefined && signed !== undefined) notes.push(note('PUBLISHED_FROM_SIGNATURE', `未找到“发布日期”，以落款日期 ${signed} 为发布日期`))
  if (date === undefined) notes.push(note('PUBLISHED_NOT_FOUND', '未找到发布日期（“发布日期：”行或落款日期），不检查发布期限'))
  const dateYear = date === undefined ? undefined : Number(date.slice(0, 4)) - 1
  const year = titleYear ?? dateYear
  if (year === undefined) return empty(name, decoded.encoding, form, [...notes, note('YEAR_NOT_FOUND', '标题中未找到报告年度，也没有发布日期可推断，无法生成报告')])
  if (titleYear === undefined) notes.push(note('YEAR_ASSUMED', `标题中未找到报告年度，按发布日期假定为 ${year} 年度`))

  // who published it
  const kind = publisherOf(agency)
  const publisher = kind ?? 'department'
  if (kind === undefined) notes.push(note('PUBLISHER_ASSUMED', `无法从机关名称“${agency}”判断机关类型，假定为政府部门（department）`))
  const { scope, assumed } = scopeOf(title?.text ?? '', publisher)
  if (assumed) notes.push(note('SCOPE_ASSUMED', '人民政府的报告可能是本级政府的，也可能汇总了本地区各机关；标题未说明，假定为本机关（own）'))

  // the tables
  const tokensFor = (role: TableRole) => tokensOf(reads.find((r) => r.table?.role === role)?.table?.lines ?? [])
  const tokens = { active: tokensFor('active'), applications: tokensFor('applications') }
  const format = formatOf([tokens.active, tokens.applications], year, notes)
  const active = readActive(format, tokens.active)
  const applications = readApplications(format, tokens.applications)
  const review = readReview(format, tokensFor('review'))
  notes.push(...active.notes, ...applications.notes, ...review.notes)

  const candidate = {
    format,
    year,
    title: title?.text ?? '',
    agency,
    scope,
    publisher,
    ...(date === undefined ? {} : { published: date }),
    sections,
    tables: {
      ...(active.table === undefined ? {} : { active: active.table }),
      ...(applications.table === undefined ? {} : { applications: applications.table }),
      ...(review.table === undefined ? {} : { review: review.table })
    }
  }
  const tables = { active: active.status, applications: applications.status, review: review.status }
  const decodedReport = decodeReport(candidate)
  const report = decodedReport.report
  if (report === undefined) {
    return {
      ...empty(name, decoded.encoding, form, [...notes, note('REPORT_INVALID', '导入结果不符合报告结构（见问题列表）')]),
      problems: decodedReport.problems,
      format,
      tables
    }
  }
  return { name, report, notes, problems: checkReport(report), format, tables, encoding: decoded.encoding, form }
}
