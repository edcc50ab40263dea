/**
 * Test documents: the national Word template filled with a fixture's numbers (its
 * `word/document.xml` edited: each empty, unmerged cell of tables 二, 三 and 四 in
 * document order gets the fixture's value, and the title names its agency and
 * year), and PDFs made on the spot with pdfkit (no text layer, encrypted).
 */
import { fixturePath } from '@report/fixtures'
import { ACTIVE_BLOCKS, APPLICATION_DATA_ROWS, REVIEW_GROUPS } from '@report/model'
import JSZip from 'jszip'
import PDFDocument from 'pdfkit'
import { readFileSync } from 'node:fs'
import { deflateRawSync } from 'node:zlib'
import { crc32 } from '../../src/read/zip.js'

// -------------------------------------------------------------------------------------
// the Word template
// -------------------------------------------------------------------------------------

/** The fixture the template is filled with. */
export const FILLED_FROM = 'example-department-2021'

interface Tables {
  readonly active: Record<string, Record<string, Record<string, number | string>>>
  readonly applications: Record<string, unknown>
  readonly review: Record<string, ReadonlyArray<number>>
}

export interface FixtureReport {
  readonly title: string
  readonly tables: Tables
}

/** The fixture report the template is filled with. */
export const filledFrom = (): FixtureReport => JSON.parse(readFileSync(fixturePath(FILLED_FROM, 'report.json'), 'utf8')) as FixtureReport

const at = (root: unknown, path: ReadonlyArray<string>): unknown => path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root)

/** The values of each table in the template's cell order (rows, then columns). */
const cellValues = (tables: Tables): ReadonlyArray<ReadonlyArray<string>> => [
  ACTIVE_BLOCKS['2021'].flatMap((block) =>
    block.rows.flatMap((row) => block.columns.map((column) => String(tables.active[block.key]?.[row.key]?.[column.key])))
  ),
  APPLICATION_DATA_ROWS['2021'].flatMap((row) => (at(tables.applications, row.path) as ReadonlyArray<number>).map(String)),
  REVIEW_GROUPS.flatMap((group) => (tables.review[group.key] ?? []).map(String))
]

const CELL = /<w:tc>([\s\S]*?)<\/w:tc>/g
const TEXT = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g
const MERGED = /<w:vMerge(?:\s+w:val="continue")?\s*\/>/

/** A table's XML with its empty, unmerged cells filled in order; throws if their count is not the values'. */
const fillTable = (xml: string, values: ReadonlyArray<string>): string => {
  let k = 0
  const out = xml.replace(CELL, (whole: string, inner: string) => {
    const text = [...inner.matchAll(TEXT)].map((m) => m[1]).join('')
    if (text.replace(/[\s\u3000]/g, '') !== '' || MERGED.test(inner)) return whole
    const props = /<w:tcPr>[\s\S]*?<\/w:tcPr>/.exec(inner)?.[0] ?? ''
    const value = values[k++]
    return `<w:tc>${props}<w:p><w:r><w:t>${value}</w:t></w:r></w:p></w:tc>`
  })
  if (k !== values.length) throw new Error(`表格有 ${k} 个空单元格，要填 ${values.length} 个数`)
  return out
}

/** The template as WPS saves it. */
export const TEMPLATE = fixturePath('national-template-2021', 'template.docx')

/**
 * The national template filled with the fixture's numbers and title, as `.docx` bytes.
 */
export const filledTemplate = async (report: FixtureReport = filledFrom()): Promise<Uint8Array> => {
  const zip = await JSZip.loadAsync(readFileSync(TEMPLATE))
  const xml = await zip.file('word/document.xml')?.async('string')
  if (xml === undefined) throw new Error('template without word/document.xml')
  const values = cellValues(report.tables)
  let table = 0
  const filled = xml
    .replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, (t) => fillTable(t, values[table++] ?? []))
    .replace('<w:t>政府信息公开工作年度报告格式模板</w:t>', `<w:t>${report.title}</w:t>`)
  if (table !== 3) throw new Error(`template with ${table} tables`)
  zip.file('word/document.xml', filled)
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

/**
 * A zip of the given files (names to contents), deflated by zlib: fast enough to
 * make a bomb of 50 MB in a test.
 */
export const zipOf = (files: Readonly<Record<string, string | Uint8Array>>): Uint8Array => {
  const locals: Array<Buffer> = []
  const centrals: Array<Buffer> = []
  let offset = 0
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content)
    const packed = deflateRawSync(data)
    const nameBytes = Buffer.from(name, 'utf8')
    const head = (sig: number, size: number): Buffer => {
      const b = Buffer.alloc(size)
      b.writeUInt32LE(sig, 0)
      return b
    }
    const local = head(0x04034b50, 30)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc32(data), 14)
    local.writeUInt32LE(packed.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    const central = head(0x02014b50, 46)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(crc32(data), 16)
    central.writeUInt32LE(packed.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBytes, packed)
    centrals.push(central, nameBytes)
    offset += local.length + nameBytes.length + packed.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(centrals.length / 2, 8)
  end.writeUInt16LE(centrals.length / 2, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...locals, directory, end]))
}

// -------------------------------------------------------------------------------------
// PDFs
// -------------------------------------------------------------------------------------

const pdfBytes = (draw: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<Uint8Array> =>
  new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', compress: true, info: { CreationDate: new Date(0) }, ...options })
    const chunks: Array<Buffer> = []
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    doc.on('error', reject)
    draw(doc)
    doc.end()
  })

/** A scan: pages with a picture of text (drawn shapes and an image), no text layer. */
export const scannedPdf = (): Promise<Uint8Array> =>
  pdfBytes((doc) => {
    for (let page = 0; page < 2; page++) {
      if (page > 0) doc.addPage()
      for (let line = 0; line < 30; line++) doc.rect(72, 72 + line * 22, 300 + ((line * 37) % 150), 10).fill('#333')
    }
  })

/** A PDF with a line of text, protected by a user password (RC4 or AES, as pdfkit makes it). */
export const encryptedPdf = (): Promise<Uint8Array> =>
  pdfBytes(
    (doc) => {
      doc.fontSize(14).text('2023 annual report')
    },
    { userPassword: 'secret', ownerPassword: 'owner', pdfVersion: '1.7' }
  )

/** A PDF with a line of Latin text (the standard Helvetica, no embedded font). */
export const plainPdf = (text: string): Promise<Uint8Array> =>
  pdfBytes((doc) => {
    doc.fontSize(14).text(text)
  })
