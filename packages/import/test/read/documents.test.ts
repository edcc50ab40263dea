import { fixturePath } from '@report/fixtures'
import { decodeReport, formatReportJson, MAX_INPUT_BYTES, MAX_UNZIPPED_BYTES } from '@report/model'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importDocument, importReport, type ImportResult } from '../../src/index.js'
import { pdfLayout } from '../../src/read/pdf-lines.js'
import { PDF_LIMITS, pdfText } from '../../src/read/pdf-text.js'
import { crc32 } from '../../src/read/zip.js'
import { encryptedPdf, filledFrom, filledTemplate, plainPdf, scannedPdf, TEMPLATE, zipOf } from './documents.js'

const codes = (result: ImportResult): ReadonlyArray<string> => result.notes.map((n) => n.code)

/** What a refusal shows: no report, its notes' codes, and whether the first says why in Chinese. */
const refusal = (result: ImportResult) => ({
  report: result.report,
  codes: codes(result),
  chinese: /[\u4e00-\u9fff]/.test(result.notes[0]?.message ?? '')
})

/** No report, and exactly one note, of this code, in Chinese. */
const refused = (code: string) => ({ report: undefined, codes: [code], chinese: true })

describe('importDocument: PDF', () => {
  it.each(['hongze-district-2023', 'hongze-district-2024'])('%s: source.pdf gives exactly the report its text gives', async (name) => {
    const fromPdf = await importDocument(readFileSync(fixturePath(name, 'source.pdf')), { name: 'source.pdf' })
    const fromText = importReport(readFileSync(fixturePath(name, 'source.txt')), { name: 'source.txt' })
    expect(fromPdf.form).toBe('pdf')
    expect(fromPdf.report).toBeDefined()
    expect(formatReportJson(fromPdf.report!)).toBe(formatReportJson(fromText.report!))
    expect(fromPdf.report?.tables).toEqual(fromText.report?.tables)
    expect(fromPdf.tables).toEqual(fromText.tables)
    expect(fromPdf.problems).toEqual(fromText.problems)
    expect(codes(fromPdf)).toEqual(codes(fromText))
  })

  it.each(['rendered.pdf', 'rendered.docx'])(
    'the %s report render makes (pdfmake, the docx library: centred multi-line row labels, signature to the right) imports back to exactly its report',
    async (file) => {
      const result = await importDocument(readFileSync(fixturePath('example-department-2021', file)))
      const fixture = decodeReport(JSON.parse(readFileSync(fixturePath('example-department-2021', 'report.json'), 'utf8')))
      expect(result.form).toBe(file.endsWith('.pdf') ? 'pdf' : 'docx')
      expect(result.report === undefined ? undefined : formatReportJson(result.report)).toBe(formatReportJson(fixture.report!))
      expect(codes(result)).toEqual(['PUBLISHED_FROM_SIGNATURE'])
    }
  )

  it('reads the same text with the font programs of ToUnicode fonts hidden as with them', async () => {
    for (const name of ['hongze-district-2023', 'hongze-district-2024']) {
      const bytes = readFileSync(fixturePath(name, 'source.pdf'))
      const [fast, slow] = [await pdfText(bytes, PDF_LIMITS, true), await pdfText(bytes, PDF_LIMITS, false)]
      expect(fast.kind === 'pages' && slow.kind === 'pages').toBe(true)
      if (fast.kind !== 'pages' || slow.kind !== 'pages') return
      // A vertical font's 、 is its vertical form ︑ without the font program: the same after NFKC.
      expect(pdfLayout(fast.pages).text.normalize('NFKC')).toBe(pdfLayout(slow.pages).text.normalize('NFKC'))
    }
  })

  it('names the page of a note, not a line of the text it was rebuilt into', async () => {
    const result = await importDocument(readFileSync(fixturePath('hongze-district-2023', 'source.pdf')))
    const row = result.notes.find((n) => n.code === 'GROUP_AS_ONE_ROW')
    expect(row?.where).toMatch(/^第 4 页 表三/)
    expect(row?.line).toBeUndefined()
  })

  it('reads a Chinese font that is not embedded through the CMaps pdfjs-dist ships (nothing fetched)', async () => {
    const font =
      '<</Type/Font/Subtype/Type0/BaseFont/STSong-Light/Encoding/UniGB-UCS2-H/DescendantFonts[<</Type/Font/Subtype/CIDFontType0/BaseFont/STSong-Light' +
      '/CIDSystemInfo<</Registry(Adobe)/Ordering(GB1)/Supplement 4>>/FontDescriptor<</Type/FontDescriptor/FontName/STSong-Light/Flags 4' +
      '/FontBBox[0 0 1000 1000]/ItalicAngle 0/Ascent 880/Descent -120/CapHeight 880/StemV 80>>>>]>>'
    const pdf =
      '%PDF-1.7\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Count 1/Kids[3 0 R]>> endobj\n' +
      `3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 ${font}>>>>/Contents 4 0 R>> endobj\n` +
      '4 0 obj <</Length 60>> stream\nBT /F1 16 Tf 72 700 Td <653f5e9c4fe1606f516c5f00> Tj ET\nendstream endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n'
    const text = await pdfText(new TextEncoder().encode(pdf))
    expect(text.kind === 'pages' ? text.pages[0]?.items.map((i) => i[0]) : text).toEqual(['政府信息公开'])
  })

  it('a scan (no text layer) gives no report and says so', async () => {
    const result = await importDocument(await scannedPdf(), { name: 'scan.pdf' })
    expect(refusal(result)).toEqual(refused('PDF_NO_TEXT'))
    expect(result.notes[0]?.message).toContain('扫描件，没有文字层')
    expect(result.form).toBe('pdf')
  })

  it('a password-protected PDF is refused in Chinese', async () => {
    expect(refusal(await importDocument(await encryptedPdf()))).toEqual(refused('PDF_ENCRYPTED'))
  })

  it('a truncated PDF gives the report of the pages it still holds, saying it is incomplete', async () => {
    const bytes = readFileSync(fixturePath('hongze-district-2023', 'source.pdf'))
    for (const keep of [0.3, 0.6, 0.95]) {
      const result = await importDocument(bytes.subarray(0, Math.floor(bytes.length * keep)))
      expect(result.report?.title).toBe('洪泽区人民政府2023年政府信息公开工作年度报告')
      expect(result.notes[0]).toMatchObject({ code: 'PDF_PAGES_NOT_READ', message: 'PDF 文件不完整或已损坏，已按其中找到的对象重建，只读取了完好的部分' })
    }
    expect(refusal(await importDocument(bytes.subarray(0, 400)))).toEqual(refused('PDF_BROKEN'))
  })

  it('a PDF whose fonts all fail (their shared CIDSystemInfo damaged) is rebuilt from its objects and read', async () => {
    const bytes = Uint8Array.from(readFileSync(fixturePath('hongze-district-2024', 'source.pdf')))
    // A damage the fuzz found: seven bytes of a font program and one of the CIDSystemInfo all CID fonts share.
    const damage = [
      [236227, 81],
      [237259, 168],
      [237649, 137],
      [238263, 196],
      [238856, 228],
      [239042, 67],
      [239474, 96],
      [239633, 40]
    ] as const
    for (const [at, value] of damage) bytes[at] = value
    const result = await importDocument(bytes)
    expect(result.report?.year).toBe(2024)
    expect(result.notes[0]?.message).toBe('PDF 文件不完整或已损坏，已按其中找到的对象重建，只读取了完好的部分')
  })

  it('a PDF with fonts but no text read is broken, not a scan', async () => {
    // Only spaces drawn: the page declares its font, and no text is read.
    expect(refusal(await importDocument(await plainPdf('   ')))).toEqual(refused('PDF_BROKEN'))
  })

  it('a PDF header on anything else is a broken PDF', async () => {
    expect(refusal(await importDocument(new TextEncoder().encode('%PDF-1.7\n这不是 PDF\n')))).toEqual(refused('PDF_BROKEN'))
  })

  it('a PDF that overruns its time limit is stopped, and the next one is read', async () => {
    const bytes = readFileSync(fixturePath('hongze-district-2023', 'source.pdf'))
    expect(refusal(await importDocument(bytes, { pdf: { timeoutMs: 1 } }))).toEqual(refused('PDF_TIMEOUT'))
    expect((await importDocument(bytes)).report).toBeDefined()
  })

  it('reads documents asked for at once side by side, one stopped for its time without the others', async () => {
    const [a, b] = ['hongze-district-2023', 'hongze-district-2024'].map((n) => readFileSync(fixturePath(n, 'source.pdf')))
    const results = await Promise.all([importDocument(a!, { pdf: { timeoutMs: 1 } }), importDocument(a!), importDocument(b!), importDocument(a!)])
    expect(results.map((r) => r.report?.year ?? r.notes[0]?.code)).toEqual(['PDF_TIMEOUT', 2023, 2024, 2023])
  })

  it('reads only the pages its limit allows, with a note', async () => {
    const result = await importDocument(readFileSync(fixturePath('hongze-district-2023', 'source.pdf')), { pdf: { maxPages: 2 } })
    expect(result.notes[0]).toMatchObject({ code: 'PDF_PAGES_NOT_READ', message: 'PDF 共 5 页，只读取了前 2 页' })
  })

  it('a PDF of Latin text without a report gives notes', async () => {
    const result = await importDocument(await plainPdf('Hello, world'))
    expect(result.report).toBeUndefined()
    expect(result.form).toBe('pdf')
    expect(result.notes.length).toBeGreaterThan(0)
  })
})

describe('importDocument: Word', () => {
  it(`the national template filled with fixtures/${'example-department-2021'} imports to the tables it was filled with`, async () => {
    const fixture = filledFrom()
    const result = await importDocument(await filledTemplate(fixture), { name: 'filled.docx' })
    expect(result.form).toBe('docx')
    expect(result.report?.title).toBe(fixture.title)
    expect(result.format).toBe('2021')
    expect(result.tables).toEqual({ active: 'complete', applications: 'complete', review: 'complete' })
    expect(result.report?.tables.active).toEqual(fixture.tables.active)
    expect(result.report?.tables.applications).toEqual(fixture.tables.applications)
    expect(result.report?.tables.review).toEqual(fixture.tables.review)
    expect(result.notes.every((n) => n.line === undefined)).toBe(true)
  })

  it('the blank template is read (its title names no year: no report, with notes)', async () => {
    const result = await importDocument(readFileSync(TEMPLATE))
    expect(result.form).toBe('docx')
    expect(codes(result)).toContain('YEAR_NOT_FOUND')
  })

  it('a .doc (OLE compound file) is refused in Chinese', async () => {
    const doc = new Uint8Array(4096)
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    const result = await importDocument(doc, { name: 'report.doc' })
    expect(refusal(result)).toEqual(refused('WORD_BINARY'))
    expect(result.notes[0]?.message).toContain('.doc')
    expect(result.form).toBe('doc')
  })

  it('a zip bomb is refused from its directory, before anything is inflated', async () => {
    const huge = new Uint8Array(MAX_UNZIPPED_BYTES + 1024 * 1024)
    const bomb = zipOf({ 'word/document.xml': huge })
    expect(bomb.length).toBeLessThan(200_000)
    expect(refusal(await importDocument(bomb, { name: 'bomb.docx' }))).toEqual(refused('DOCX_TOO_LARGE'))
  })

  it('a zip bomb that lies about its size stops at the size it gave', async () => {
    const xml =
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' + 'x'.repeat(4_000_000) + '</w:body></w:document>'
    const bytes = zipOf({ 'word/document.xml': xml })
    // The directory entry (and the local header) say the part is 100 bytes, with the CRC of 100 bytes.
    const lied = Uint8Array.from(bytes)
    const view = new DataView(lied.buffer)
    const fake = crc32(new TextEncoder().encode(xml.slice(0, 100)))
    for (let i = 0; i + 4 <= lied.length; i++) {
      const sig = view.getUint32(i, true)
      if (sig === 0x02014b50) {
        view.setUint32(i + 16, fake, true)
        view.setUint32(i + 24, 100, true)
      } else if (sig === 0x04034b50) {
        view.setUint32(i + 14, fake, true)
        view.setUint32(i + 22, 100, true)
      }
    }
    expect(refusal(await importDocument(lied, { name: 'lies.docx' }))).toEqual(refused('DOCX_BROKEN'))
  })

  it('a main part too large for mammoth to hold is refused before it is converted', async () => {
    const paragraph = '<w:p><w:r><w:t>二〇二三年某县人民政府政府信息公开工作年度报告的正文。</w:t></w:r></w:p>'
    const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraph.repeat(120_000)}</w:body></w:document>`
    const result = await importDocument(zipOf({ 'word/document.xml': xml }))
    expect(refusal(result)).toEqual(refused('DOCX_TOO_LARGE'))
    expect(result.notes[0]?.message).toMatch(/^Word 文档正文（word\/document\.xml）去掉格式后有 \d+ MB，超过 6 MB 的上限，未读取$/)
  })

  it('a zip that is not a Word document is named', async () => {
    const result = await importDocument(zipOf({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }))
    expect(refusal(result)).toEqual(refused('FILE_UNSUPPORTED'))
    expect(result.notes[0]?.message).toContain('Excel')
  })

  it('a .docx cut short gives the report of its whole parts, saying it is incomplete; cut before its main part, it is refused', async () => {
    const fixture = filledFrom()
    const bytes = await filledTemplate(fixture)
    const cut = await importDocument(bytes.subarray(0, bytes.length - 100))
    expect(cut.notes[0]?.code).toBe('DOCX_INCOMPLETE')
    expect(cut.report?.tables.applications).toEqual(fixture.tables.applications)
    expect(refusal(await importDocument(bytes.subarray(0, 3000)))).toEqual(refused('DOCX_BROKEN'))
  })

  it('a damaged .docx is refused in Chinese', async () => {
    const damaged = Uint8Array.from(await filledTemplate())
    for (let i = 200; i < 2000; i += 7) damaged[i] = (damaged[i] ?? 0) ^ 0x5a
    const result = await importDocument(damaged)
    expect(result.report === undefined ? codes(result) : ['read']).not.toEqual([])
    expect(refusal(await importDocument(zipOf({ 'word/document.xml': '<w:document><w:body><w:p>' })))).toEqual(refused('DOCX_BROKEN'))
    expect(refusal(await importDocument(zipOf({ 'word/styles.xml': '<w:styles/>', 'word/documenX.xml': '<w:document/>' })))).toEqual(
      refused('DOCX_BROKEN')
    )
  })
})

describe('importDocument: everything else', () => {
  it('a file over MAX_INPUT_BYTES is refused before it is read', async () => {
    expect(refusal(await importDocument(new Uint8Array(MAX_INPUT_BYTES + 1)))).toEqual(refused('INPUT_TOO_LARGE'))
  })

  it('text and HTML are read as importReport reads them', async () => {
    const text = readFileSync(fixturePath('renshi-town-2020', 'source.txt'))
    const result = await importDocument(text, { name: 'source.txt' })
    expect(result).toEqual(importReport(text, { name: 'source.txt' }))
    expect(await importDocument(text.toString('utf8'), { name: 'source.txt' })).toEqual(importReport(text.toString('utf8'), { name: 'source.txt' }))
  })

  it('RTF is refused in Chinese', async () => {
    expect(refusal(await importDocument(new TextEncoder().encode('{\\rtf1\\ansi 2023年报告}')))).toEqual(refused('FILE_UNSUPPORTED'))
  })
})
