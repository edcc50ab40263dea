import { describe, expect, it } from 'vitest'
import { withoutFontPrograms } from '../../src/read/pdf-fonts.js'
import { pdfLayout } from '../../src/read/pdf-lines.js'
import type { PdfItem, PdfPage } from '../../src/read/pdf-protocol.js'
import { withTrailer } from '../../src/read/pdf-repair.js'

/** An upright item: text, x, baseline y (from the top), font size; its width from its characters. */
const item = (str: string, x: number, y: number, size = 16): PdfItem => [str, x, y, [...str].length * size, size, size, 0]
const page = (...items: ReadonlyArray<PdfItem>): PdfPage => ({ width: 595, height: 842, items })
const lines = (...pages: ReadonlyArray<PdfPage>): ReadonlyArray<string> => pdfLayout(pages).text.split('\n')
/** The lines with their columns' spaces made one, for the tests of which text a line holds rather than where. */
const tidyLines = (...pages: ReadonlyArray<PdfPage>): ReadonlyArray<string> => lines(...pages).map((l) => l.trim().replace(/\s+/g, ' '))

describe('pdfLayout', () => {
  it('puts the items of a baseline on one line, left to right, at their columns', () => {
    // The left margin is where most long lines start (x 74): 32 points in, at 16 points, is 4 columns.
    const margin = item('主义思想为指导，全面贯彻落实《条例》相关规范要求', 74.3, 440)
    const text = lines(page(item('年，', 141.5, 414.3), ['2023', 106.3, 414.4, 32, 16, 16, 0], item('一、总体情况', 106.3, 380), margin))
    expect(text.slice(0, 3)).toEqual(['    一、总体情况', '    2023 年，', '主义思想为指导，全面贯彻落实《条例》相关规范要求'])
  })

  it('makes one line of a row whose values are larger than its label', () => {
    const row = [item('规章', 81, 281, 12), item('0', 282, 282.5, 14), item('5', 377, 282.5, 14)]
    expect(
      lines(page(...row))[0]
        ?.trim()
        .split(/\s+/)
    ).toEqual(['规章', '0', '5'])
  })

  it('ends each page with a form feed and drops page footers and headers', () => {
    const text = pdfLayout([
      page(item('本报告由某机关编制。', 74, 100), item('- 1 -', 280, 800, 13)),
      page(item('— 2 —', 280, 30, 13), item('二、主动公开政府信息情况', 74, 100))
    ]).text
    expect(text).toBe('本报告由某机关编制。\n\f二、主动公开政府信息情况\n\f')
  })

  it('keeps a table value printed in the bottom margin', () => {
    expect(lines(page(item('3.其他', 180, 780, 10), item('0', 322, 780, 14)))[0]).toMatch(/3\.其他\s+0$/)
  })

  it('joins the characters stacked in a narrow header cell', () => {
    const header = [
      item('商业', 345.7, 447.6, 10),
      item('企业', 345.7, 460.6, 10),
      item('社会', 402.6, 441.2, 10),
      item('公益', 402.6, 454.1, 10),
      item('组织', 402.6, 467.1, 10)
    ]
    const text = lines(page(...header)).join(' ')
    expect(text).toContain('商业企业')
    expect(text).toContain('社会公益组织')
  })

  it('never stacks the short pieces of sentences printed one above the other', () => {
    const line = (y: number, before: string): ReadonlyArray<PdfItem> => [
      item(before, 74, y),
      ['2023', 403.6, y, 32, 16, 16, 0],
      item('年', 439, y),
      ['1', 459, y, 8, 16, 16, 0],
      item('月', 471, y)
    ]
    const text = tidyLines(page(...line(100, '报告中所列数据统计期限自报告中所列数据'), ...line(119, '本年度全区受理政府信息公开申请共计')))
    expect(text.slice(0, 2)).toEqual(['报告中所列数据统计期限自报告中所列数据 2023 年 1 月', '本年度全区受理政府信息公开申请共计 2023 年 1 月'])
  })

  it('never joins the lines of a paragraph', () => {
    const text = lines(page(item('第一行很长的一段正文文字。', 74, 100), item('第二行', 74, 127)))
    expect(text.slice(0, 2)).toEqual(['第一行很长的一段正文文字。', '第二行'])
  })

  it('joins a row label wrapped in its cell to the line of its values', () => {
    const rows = [
      item('（二）部分公开（区分处理的，只计这一情形，不', 103.9, 559, 9),
      item('计其他情形）', 103.9, 572.5, 9),
      ...['4', '0', '0', '0', '0', '0', '4'].map((v, k) => item(v, 322 + 28.5 * k, 566.7, 14.1)),
      item('1.属于国家秘密', 180.7, 593.7, 9),
      ...['1', '0', '0', '0', '0', '0', '1'].map((v, k) => item(v, 322 + 28.5 * k, 593.5, 14.1))
    ]
    const text = tidyLines(page(...rows))
    expect(text.slice(0, 2)).toEqual(['（二）部分公开（区分处理的，只计这一情形，不计其他情形） 4 0 0 0 0 0 4', '1.属于国家秘密 1 0 0 0 0 0 1'])
  })

  it('joins the lines of a label centred over and under its values, each to its own row', () => {
    const values = (y: number, ...vs: ReadonlyArray<string>) => vs.map((v, k) => item(v, 268 + 38 * k, y, 10.5))
    const rows = [
      item('2.其他法律行政', 106, 313, 10.5),
      ...values(319, '1', '0', '1'),
      item('法规禁止公开', 106, 325, 10.5),
      item('3.危及“三安', 106, 339, 10.5),
      ...values(345, '0', '0', '0'),
      item('全一稳定”', 106, 351, 10.5)
    ]
    expect(tidyLines(page(...rows)).slice(0, 2)).toEqual(['2.其他法律行政法规禁止公开 1 0 1', '3.危及“三安全一稳定” 0 0 0'])
  })

  it('leaves a numbered label at the foot of a page to the values on the next, never to those above it', () => {
    const rows = [
      item('4.无正当理由大量反复申请', 188, 760, 9),
      ...['0', '0', '0'].map((v, k) => item(v, 322 + 28.5 * k, 760, 14.1)),
      item('5.要求行政机关确认或重', 188, 775, 9)
    ]
    expect(tidyLines(page(...rows)).slice(0, 2)).toEqual(['4.无正当理由大量反复申请 0 0 0', '5.要求行政机关确认或重'])
  })

  it('never takes a number inside a sentence for a cell, nor a short line under it for a label', () => {
    const sentence = [item('依申请公开受理渠。', 74, 184), ['2023', 218, 184, 32, 16, 16, 0] as PdfItem, item('年全区受理申请', 253, 184)]
    const text = lines(page(...sentence, item('均已答复。', 74, 211)))
    expect(text.slice(0, 2).map((l) => l.trim())).toEqual(['依申请公开受理渠。2023 年全区受理申请', '均已答复。'])
  })

  it('indents an item by the full-width spaces it starts with', () => {
    const text = lines(
      page(
        ['\u3000\u30002021年，示例县市场监督管理局认真贯彻落实', 79, 235, 440, 16, 16, 0],
        item('和国政府信息公开条例》，围绕市场监管中心工作', 79, 264)
      )
    )
    expect(text.slice(0, 2)).toEqual(['    2021年，示例县市场监督管理局认真贯彻落实', '和国政府信息公开条例》，围绕市场监管中心工作'])
  })

  it('gives a vertical run a line of its own, and leaves out rotated text', () => {
    const vertical: PdfItem = ['三、本年', 90.6, 606.5, 10, 40, 10, 1]
    const rotated: PdfItem = ['内部资料', 200, 400, 80, 20, 20, 2]
    const text = lines(page(item('1.属于国家秘密', 180.7, 620, 9), vertical, rotated))
    expect(text.filter((l) => l.trim() !== '').map((l) => l.trim())).toEqual(['三、本年', '1.属于国家秘密'])
  })

  it('prints text printed twice over itself once', () => {
    expect(lines(page(item('标题', 100, 100), item('标题', 100.4, 100)))[0]?.trim()).toBe('标题')
  })

  it('keeps its text bounded whatever the coordinates: absurd positions, no height, one place for all', () => {
    const absurd = Array.from({ length: 50_000 }, (_, i): PdfItem => ['x', 1e12 * i, 1e9 * (i % 3), 1e12, 1e-9, 1e-9, 0])
    expect(pdfLayout([page(...absurd)]).text.length).toBeLessThan(200_000)
    const piled = Array.from({ length: 50_000 }, (_, i): PdfItem => ['商', 10 + (i % 7) * 0.01, 100, 10, 10, 10, 0])
    expect(pdfLayout([page(...piled)]).text).toBe('商\n\f')
  })

  it('counts the characters and names the pages without text', () => {
    const layout = pdfLayout([page(item('一、总体情况', 74, 100)), page(), page(item('   ', 74, 100))])
    expect([layout.chars, layout.blankPages]).toEqual([6, [2, 3]])
  })
})

describe('withoutFontPrograms', () => {
  const pdf = (fonts: string) =>
    new TextEncoder().encode(
      `%PDF-1.7\n${fonts}5 0 obj\n<</Type /FontDescriptor /FontName /A /FontFile2 9 0 R>>\nendobj\n6 0 obj\n<</Type /FontDescriptor /FontName /B /FontFile2 10 0 R>>\nendobj\n`
    )
  const text = (b: Uint8Array) => new TextDecoder('latin1').decode(b)

  it('hides the font program of a font whose text a ToUnicode map gives, in place', () => {
    const fonts =
      '1 0 obj\n<</Type /Font /Subtype /Type0 /ToUnicode 7 0 R /DescendantFonts [2 0 R]>>\nendobj\n2 0 obj\n<</Type /Font /Subtype /CIDFontType2 /FontDescriptor 5 0 R>>\nendobj\n' +
      '3 0 obj\n<</Type /Font /Subtype /TrueType /FontDescriptor 6 0 R>>\nendobj\n'
    const before = pdf(fonts)
    const after = withoutFontPrograms(before)
    expect(after.length).toBe(before.length)
    expect(text(after)).toContain('/FontName /A /NoFontFl2 9 0 R')
    expect(text(after)).toContain('/FontName /B /FontFile2 10 0 R')
  })

  it('keeps a descriptor that a font without ToUnicode shares', () => {
    const fonts =
      '1 0 obj\n<</Type /Font /Subtype /TrueType /ToUnicode 7 0 R /FontDescriptor 5 0 R>>\nendobj\n3 0 obj\n<</Type /Font /Subtype /TrueType /FontDescriptor 5 0 R>>\nendobj\n'
    const before = pdf(fonts)
    expect(withoutFontPrograms(before)).toBe(before)
  })
})

describe('withTrailer', () => {
  const bytes = (s: string) => new TextEncoder().encode(s)
  it('appends a trailer naming the catalog, after ending the object the file stops in', () => {
    const cut =
      '%PDF-1.7\n1 0 obj\n<</Pages 2 0 R/Type /Catalog>>\nendobj\n2 0 obj\n<</Count 1/Type /Pages/Kids [3 0 R]>>\nendobj\n3 0 obj\n<</Length 90>>stream\nBT'
    const out = withTrailer(bytes(cut))
    expect(out === undefined ? '' : new TextDecoder().decode(out)).toBe(`${cut}\nendstream\nendobj\ntrailer\n<</Root 1 0 R>>\n%%EOF\n`)
  })

  it('leaves an encrypted file and a file without a catalog alone', () => {
    expect(withTrailer(bytes('%PDF-1.7\n1 0 obj\n<</Type /Catalog>>\nendobj\ntrailer\n<</Encrypt 5 0 R>>'))).toBeUndefined()
    expect(withTrailer(bytes('%PDF-1.7\n1 0 obj\n<</Type /Pages>>\nendobj\n'))).toBeUndefined()
  })
})
