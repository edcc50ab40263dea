/**
 * The text read back from the PDFs: the title, every statutory label of tables
 * 二, 三 and 四, all body text, and every number in order.
 */
import {
  ACTIVE_BLOCKS,
  APPLICANT_COLUMNS,
  APPLICANT_HEADER,
  APPLICATION_ROWS,
  INFO_CONTENT,
  LITIGATION,
  OUTCOMES,
  REVIEW_GROUPS,
  type FormatVersion,
  type RowLabel
} from '@report/model'
import { buildView, type Block } from '@report/view'
import { describe, expect, it } from 'vitest'
import { RENDERED, loadFixture } from './fixtures.js'
import { pdfInfo, pdfText } from './poppler.js'

const squeeze = (text: string): string => text.replace(/\s+/g, '')
/** The PDF's text without whitespace and without its page numbers. */
const bodyText = (file: string): string => squeeze(pdfText(file).replace(/—\s*\d+\s*—/g, ''))

const rowLabels = (rows: ReadonlyArray<RowLabel>): ReadonlyArray<string> => rows.flatMap((r) => [r.label, ...rowLabels(r.children ?? [])])

const statutoryLabels = (version: FormatVersion): ReadonlyArray<string> => [
  ...ACTIVE_BLOCKS[version].flatMap((b) => [b.label, ...b.columns.map((c) => c.label), ...b.rows.map((r) => r.label)]),
  INFO_CONTENT,
  APPLICANT_HEADER.balanceNote,
  APPLICANT_HEADER.applicants,
  APPLICANT_HEADER.organisations,
  ...APPLICANT_COLUMNS,
  ...rowLabels(APPLICATION_ROWS[version]),
  ...REVIEW_GROUPS.map((g) => g.label),
  LITIGATION,
  ...OUTCOMES
]

/** The text a reader should find, block by block, in document order. */
const blockText = (block: Block): string => {
  switch (block.kind) {
    case 'title':
      return block.lines.join('')
    case 'heading':
      return block.text
    case 'paragraph':
      return (block.runIn ?? '') + block.text
    case 'table':
      return [...block.header, ...block.body].flatMap((row) => row.map((c) => c.text)).join('')
    case 'signature':
      return block.agency + (block.date ?? '')
  }
}

describe.each(Object.values(RENDERED).filter((r) => !r.pdfa))('the text of $fixture', ({ fixture, file }) => {
  const report = loadFixture(fixture)
  const view = buildView(report)
  const text = bodyText(file)

  it('holds the title', () => {
    expect(text.startsWith(squeeze(report.title))).toBe(true)
  })

  it('holds every statutory label of tables 二, 三 and 四', () => {
    const missing = statutoryLabels(report.format).filter((label) => !text.includes(squeeze(label)))
    expect(missing).toEqual([])
  })

  it('holds every block of text, whole and in order', () => {
    let from = 0
    for (const block of view.blocks.filter((b) => b.kind !== 'table')) {
      const at = text.indexOf(squeeze(blockText(block)), from)
      expect(at, blockText(block).slice(0, 30)).toBeGreaterThanOrEqual(from)
      from = at
    }
  })

  it('holds every number, in order', () => {
    const expected = view.blocks
      .map(blockText)
      .join('')
      .match(/\d+(\.\d+)?/g)
    expect(text.match(/\d+(\.\d+)?/g)).toEqual(expected)
  })
})

describe('metadata', () => {
  it('records title, author, subject and keywords', () => {
    const info = pdfInfo(RENDERED.sample.file)
    expect(info).toMatch(/^Title: +开江县任市镇人民政府2020年政府信息公开工作年度报告$/m)
    expect(info).toMatch(/^Author: +开江县任市镇人民政府$/m)
    expect(info).toMatch(/^Subject: +2020年政府信息公开工作年度报告$/m)
    expect(info).toMatch(/^Keywords: +政府信息公开, 年度报告, 2020, 开江县任市镇人民政府$/m)
    expect(info).toMatch(/^Page size: +595.276 x 841.89 pts \(A4\)$/m)
  })

  it('--pdfa writes PDF/A-2b: PDF 1.7 with the pdfaid in the XMP metadata', () => {
    expect(pdfInfo(RENDERED.sampleA.file)).toMatch(/^PDF version: +1\.7$/m)
    const xmp = pdfInfo(RENDERED.sampleA.file, true)
    expect(xmp).toMatch(/pdfaid:part>2</)
    expect(xmp).toMatch(/pdfaid:conformance>B</)
  })
})
