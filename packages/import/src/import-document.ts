/**
 * `importDocument`: a file's bytes to a report, whatever the file is, told by its
 * content: a PDF's text layer (read by pdfjs-dist in a worker thread and rebuilt
 * into lines), a Word `.docx` (mammoth's HTML), else text or HTML as
 * {@link importReport} reads them. A file that cannot be read (over 10 MB, a `.doc`,
 * an encrypted or broken PDF, a zip bomb, a scan without text) gives no report and
 * a note saying why in Chinese; it never throws and never waits longer than its
 * time limit.
 */
import { MAX_INPUT_BYTES, megabytes } from '@report/model'
import { importReport, type ImportOptions, type ImportResult } from './import-report.js'
import { note, type ImportNote } from './note.js'
import { DOCUMENT_PART, docxHtml, openDocx } from './read/docx.js'
import { pdfLayout } from './read/pdf-lines.js'
import { PDF_LIMITS, pdfText, type PdfLimits } from './read/pdf-text.js'
import { isEncryptedOffice, sniff, type DocumentForm } from './read/sniff.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** How to import a document: the name, and the limits of reading a PDF. */
export interface DocumentOptions extends ImportOptions {
  readonly pdf?: Partial<PdfLimits>
}

// -------------------------------------------------------------------------------------
// results
// -------------------------------------------------------------------------------------

/** No report: the file could not be read, for the reason the note gives. */
const refused = (name: string, form: ImportResult['form'], notes: ReadonlyArray<ImportNote>): ImportResult => ({
  name,
  report: undefined,
  notes,
  problems: [],
  format: undefined,
  tables: { active: 'missing', applications: 'missing', review: 'missing' },
  encoding: 'utf-8',
  form
})

/**
 * The notes of a reading of a converted text, placed in the document: a line of the
 * text a PDF was rebuilt into becomes its page; a line of the HTML a `.docx` was
 * converted into means nothing to the reader and is left out.
 */
const placed = (notes: ReadonlyArray<ImportNote>, pageOfLine: ((line: number) => number) | undefined): ReadonlyArray<ImportNote> =>
  notes.map((n) => {
    if (n.line === undefined) return n
    const { line, ...rest } = n
    const where = n.where.replace(/^第 \d+ 行 ?/, pageOfLine === undefined ? '' : `第 ${pageOfLine(line)} 页 `).trim()
    return { ...rest, where: where === '' ? '全文' : where }
  })

const pageList = (pages: ReadonlyArray<number>): string => (pages.length <= 8 ? pages.join('、') : `${pages.slice(0, 8).join('、')} 等 ${pages.length} 页`)

// -------------------------------------------------------------------------------------
// PDF
// -------------------------------------------------------------------------------------

const fromPdf = async (bytes: Uint8Array, name: string, options: DocumentOptions): Promise<ImportResult> => {
  const { pdf, ...text } = options
  const limits: PdfLimits = { ...PDF_LIMITS, ...pdf }
  const read = await pdfText(bytes, limits)
  if (read.kind !== 'pages') {
    const why =
      read.kind === 'password'
        ? note('PDF_ENCRYPTED', 'PDF 受密码保护，无法读取其文字；请提供未加密的文件')
        : read.kind === 'timeout'
          ? note('PDF_TIMEOUT', `PDF 在 ${Math.round(limits.timeoutMs / 1000)} 秒内未能读完，已停止读取（文件可能已损坏）`)
          : note('PDF_BROKEN', 'PDF 文件已损坏或不是有效的 PDF，无法读取')
    return refused(name, 'pdf', [why])
  }
  const layout = pdfLayout(read.pages)
  const broken = read.pages.flatMap((p, i) => (p.broken === true ? [i + 1] : []))
  if (layout.chars === 0) {
    // A scan has no fonts; a file with fonts and no text has lost it to damage.
    const damaged = read.repaired || broken.length > 0 || hasFonts(bytes)
    return refused(name, 'pdf', [
      damaged
        ? note('PDF_BROKEN', 'PDF 文件已损坏（或不完整），其中的文字一个也没有读到')
        : note('PDF_NO_TEXT', 'PDF 是扫描件，没有文字层，无法读取其文字（不做文字识别）；请提供有文字层的 PDF 或原文')
    ])
  }
  const notes: Array<ImportNote> = []
  if (read.repaired) notes.push(note('PDF_PAGES_NOT_READ', 'PDF 文件不完整或已损坏，已按其中找到的对象重建，只读取了完好的部分'))
  if (read.numPages > read.pages.length) {
    notes.push(note('PDF_PAGES_NOT_READ', `PDF 共 ${read.numPages} 页，只读取了前 ${read.pages.length} 页`))
  }
  if (broken.length > 0) notes.push(note('PDF_PAGES_NOT_READ', `第 ${pageList(broken)} 页已损坏，未能读取`))
  const blank = layout.blankPages.filter((p) => !broken.includes(p))
  if (blank.length > 0) {
    notes.push(
      note(
        'PDF_PAGES_NOT_READ',
        read.repaired ? `第 ${pageList(blank)} 页没有读到文字（文件不完整）` : `第 ${pageList(blank)} 页没有文字层（可能是扫描页），其内容未能读取`
      )
    )
  }
  const result = importReport(layout.text, { ...text, name })
  const pageOfLine = pagesOfLines(layout.text)
  return { ...result, notes: [...notes, ...placed(result.notes, (line) => pageOfLine[line - 1] ?? 1)], form: 'pdf' }
}

/** Does the file declare fonts (outside compressed object streams)? A scan does not. */
const hasFonts = (bytes: Uint8Array): boolean =>
  /\/Type\s*\/Font(?![A-Za-z])|\/FontDescriptor/.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'))

/** The page of each line of a layout text (its pages end with form feeds). */
const pagesOfLines = (text: string): ReadonlyArray<number> => {
  const out: Array<number> = []
  let page = 1
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.startsWith('\f')) page += 1
    out.push(page)
  }
  return out
}

// -------------------------------------------------------------------------------------
// Word
// -------------------------------------------------------------------------------------

const fromZip = async (bytes: Uint8Array, name: string, options: ImportOptions): Promise<ImportResult> => {
  const zip = openDocx(bytes)
  if ('kind' in zip) {
    return zip.kind === 'too-large'
      ? refused(name, 'docx', [note('DOCX_TOO_LARGE', `Word 文档${zip.message}，未读取`)])
      : refused(name, 'zip', [note('DOCX_BROKEN', `文件是损坏的压缩包（${zip.message}），无法作为 Word 文档（.docx）读取`)])
  }
  if (!zip.entries.has(DOCUMENT_PART)) {
    if (zip.recovered) return refused(name, 'zip', [note('DOCX_BROKEN', '文件是不完整的压缩包（目录缺失），其中没有完整的 word/document.xml，无法读取')])
    const names = [...zip.entries.keys()]
    // Other parts of a Word document but not its main part: a Word file damaged, not another kind of file.
    if (names.some((k) => k.startsWith('word/')))
      return refused(name, 'docx', [note('DOCX_BROKEN', 'Word 文档（.docx）已损坏：缺少正文 word/document.xml，无法读取')])
    const what = names.some((k) => k.startsWith('xl/')) ? 'Excel 工作簿' : names.some((k) => k.startsWith('ppt/')) ? 'PowerPoint 演示文稿' : '压缩包'
    return refused(name, 'zip', [note('FILE_UNSUPPORTED', `文件是${what}，不是 Word 文档（.docx），无法导入`)])
  }
  const html = await docxHtml(zip)
  if (html.kind !== 'html') {
    return html.kind === 'too-large'
      ? refused(name, 'docx', [note('DOCX_TOO_LARGE', `Word 文档${html.message}，未读取`)])
      : refused(name, 'docx', [note('DOCX_BROKEN', `Word 文档（.docx）已损坏，无法读取：${html.message}`)])
  }
  const result = importReport(html.html, { ...options, name })
  const incomplete = zip.recovered ? [note('DOCX_INCOMPLETE', 'Word 文档不完整（压缩包的目录缺失，文件可能被截断），只读取了其中完好的部分')] : []
  return { ...result, notes: [...incomplete, ...placed(result.notes, undefined)], form: 'docx' }
}

// -------------------------------------------------------------------------------------
// import
// -------------------------------------------------------------------------------------

const OTHER: Readonly<Record<'ole' | 'rtf', (bytes: Uint8Array) => { readonly form: DocumentForm; readonly note: ImportNote }>> = {
  ole: (bytes) =>
    isEncryptedOffice(bytes)
      ? { form: 'docx', note: note('WORD_BINARY', 'Word 文档受密码保护（已加密），无法读取；请提供未加密的文件') }
      : {
          form: 'doc',
          note: note('WORD_BINARY', '文件是 Word 97-2003 文档（.doc，二进制格式），不能直接读取；请在 Word 或 WPS 中另存为 .docx 或 PDF 后再导入')
        },
  rtf: () => ({ form: 'rtf', note: note('FILE_UNSUPPORTED', '文件是 RTF 文档，不能直接读取；请另存为 .docx 或 PDF 后再导入') })
}

/**
 * Imports a published report from a file's bytes, by their content: a PDF, a Word
 * `.docx`, or text or HTML (a string is text). Never rejects.
 *
 * @example
 * const { report, notes, form } = await importDocument(readFileSync('report.pdf'), { name: 'report.pdf' })
 * // form: 'pdf'; notes name the pages they are about
 */
export const importDocument = async (input: Uint8Array | string, options: DocumentOptions = {}): Promise<ImportResult> => {
  const name = options.name ?? '输入'
  const { pdf: _limits, ...text } = options
  try {
    if (typeof input === 'string') return importReport(input, { ...text, name })
    if (input.length > MAX_INPUT_BYTES) {
      return refused(name, 'text', [note('INPUT_TOO_LARGE', `文件过大（${megabytes(input.length)}），上限为 ${megabytes(MAX_INPUT_BYTES)}`)])
    }
    const kind = sniff(input)
    if (kind === 'pdf') return await fromPdf(input, name, options)
    if (kind === 'zip') return await fromZip(input, name, text)
    if (kind === 'ole' || kind === 'rtf') {
      const { form, note: why } = OTHER[kind](input)
      return refused(name, form, [why])
    }
    return importReport(input, { ...text, name })
  } catch (e) {
    // A fault of this program, not of the file: still an answer, never an exception.
    return refused(name, 'text', [note('FILE_UNSUPPORTED', `读取文件时出错：${e instanceof Error ? e.message : String(e)}`)])
  }
}
