/**
 * `importReport`: published text or HTML to a report of `@report/model`, with
 * notes on everything not understood or assumed, and the model's checks on the
 * result. Never throws on any input; time grows linearly with its size.
 *
 * The pipeline, one named step each: the input read (`read/`), split into lines
 * and outlined, its title, sections and header read (`outline/`), its tables read
 * (`tables/`), the report assembled and decoded, and checked, by the model.
 */
import { checkReport, decodeReport, type FormatVersion, type Problem, type Report, type Section, type TableRole, type Validation } from '@report/model'
import { note, type ImportNote } from './note.js'
import { readHeader, type Header } from './outline/header.js'
import { outlineOf } from './outline/outline.js'
import { readSections } from './outline/sections.js'
import { readTitle } from './outline/title.js'
import type { Encoding } from './read/decode-bytes.js'
import { readInput, type Input } from './read/read-input.js'
import type { DocumentForm } from './read/sniff.js'
import { reportLines } from './read/report-lines.js'
import { readTables, type TablesRead } from './tables/read-tables.js'
import type { TableStatus } from './tables/table-read.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** How to import. */
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
  /** How the input was read (text or HTML), or, from `importDocument`, the kind of file it was. */
  readonly form: Input['form'] | DocumentForm
}

// -------------------------------------------------------------------------------------
// steps
// -------------------------------------------------------------------------------------

const NOTHING_READ: Pick<ImportResult, 'problems' | 'format' | 'tables'> = {
  problems: [],
  format: undefined,
  tables: { active: 'missing', applications: 'missing', review: 'missing' }
}

/** An import without a report: the notes say why, the problems (if any) what the model refused. */
const noReport = (name: string, input: Input, notes: ReadonlyArray<ImportNote>, found = NOTHING_READ): ImportResult => ({
  name,
  report: undefined,
  notes,
  problems: found.problems,
  format: found.format,
  tables: found.tables,
  encoding: input.encoding,
  form: input.form
})

/** The report from its parts, decoded by the model: the report (with the places its text does not print), or the problems of its structure. */
const assemble = (header: Header, sections: ReadonlyArray<Section>, tables: TablesRead): Validation =>
  decodeReport({
    format: tables.format,
    ...header,
    sections,
    tables: tables.tables,
    ...(tables.unprinted.length === 0 ? {} : { unprinted: tables.unprinted })
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
 * const { report, notes, problems } = importReport(readFileSync('source.txt'), { name: 'source.txt' })
 */
export const importReport = (input: Uint8Array | string, options: ImportOptions = {}): ImportResult => {
  const name = options.name ?? '输入'
  const read = readInput(input)
  if (read.text.trim() === '') return noReport(name, read, [...read.notes, note('INPUT_EMPTY', '输入为空')])
  const { lines, layout, published, publisher, notes: lineNotes } = reportLines(read)
  const outline = outlineOf(lines, layout.wrapped)
  const title = readTitle(outline.front, lines)
  const body = readSections(outline, title, layout)
  const { header, notes: headerNotes } = readHeader(title, published, body.signed, publisher)
  const textNotes = [...read.notes, ...lineNotes, ...title.notes, ...body.notes, ...headerNotes]
  if (header === undefined) return noReport(name, read, textNotes)
  const tables = readTables(body.tables, header.year, body.stops)
  const notes = [...textNotes, ...tables.notes]
  const { report, problems } = assemble(header, body.sections, tables)
  if (report === undefined) {
    return noReport(name, read, [...notes, note('REPORT_INVALID', '导入结果不符合报告结构（见问题列表）')], {
      problems,
      format: tables.format,
      tables: tables.status
    })
  }
  return {
    name,
    report,
    notes,
    problems: checkReport(report),
    format: tables.format,
    tables: tables.status,
    encoding: read.encoding,
    form: read.form
  }
}
