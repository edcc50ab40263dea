/**
 * Every line the breaker sets is a line of the PDF, whole and alone: lines set
 * to their full width are handed to pdfmake without a line break after them
 * where its own breaker sees a chance to break, and with one where it does not
 * (quotation marks, numbers and Latin words across the line end), so that no
 * line is joined to the next. The paragraphs start one character later each, so
 * that their lines end at every kind of character.
 */
import type { Report } from '@report/model'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { INDENT, LINE_PITCH, PAGE, discoverFonts, loadFontSet, renderPdf } from '../../src/index.js'
import { breakParagraph } from '../../src/text/break-paragraph.js'
import { ARTIFACTS, loadFixture } from '../fixtures.js'
import { pdfLayout, type Box } from '../poppler.js'

const fonts = await loadFontSet(await discoverFonts({ systemFonts: false }))
const BODY = { role: 'fangsong', size: 16, pitch: LINE_PITCH } as const
const TEXT =
  '严格按照“12345”政府热线要求，通过WPS Office和http://www.gov.cn/zhengce办理；全年受理申请1,234件，同比增长12.5%，' +
  '较2019年的“987”件有所增加（其中网络申请占60%以上），并在《中华人民共和国政府信息公开条例》规定的20个工作日内答复。' +
  'Government Information Disclosure工作台账已建立，“放管服”改革、“互联网+政务服务”稳步推进，ABC-123号文件已公开。'

const paragraphs = Array.from({ length: 28 }, (_, shift) => TEXT.slice(shift) + TEXT.slice(0, shift))
const sample = loadFixture('renshi-town-2020')
const [first, ...rest] = sample.sections
if (first === undefined) throw new Error('the sample has sections')
const report: Report = { ...sample, sections: [{ ...first, paragraphs }, ...rest] }

const squeeze = (text: string) => text.replace(/\s+/g, '')

/** A page's lines of text as drawn: poppler's lines on one baseline joined left to right (it splits a line at a wide space). */
const visualLines = (lines: ReadonlyArray<Box & { readonly text: string }>): Array<string> => {
  const rows: Array<Array<Box & { readonly text: string }>> = []
  for (const line of [...lines].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)) {
    const row = rows.at(-1)
    if (row !== undefined && Math.abs((row[0]?.yMin ?? 0) - line.yMin) < 2) row.push(line)
    else rows.push([line])
  }
  return rows.map((row) => squeeze(row.map((line) => line.text).join('')))
}
const place = { path: '/sections/0/paragraphs/0', where: '正文' }
const expected = paragraphs.flatMap((text) =>
  breakParagraph(fonts, [{ text, style: BODY }], place, { first: PAGE.blockWidth - INDENT, rest: PAGE.blockWidth }).map((line) =>
    squeeze(line.runs.map((run) => run.text).join(''))
  )
)

describe('lines drawn as set', () => {
  it('gives every line of 28 paragraphs a line of its own in the PDF, in order', async () => {
    const file = join(ARTIFACTS, 'drawn-lines.pdf')
    writeFileSync(file, await renderPdf(report, { systemFonts: false }))
    const drawn = pdfLayout(file)
      .flatMap((page) => visualLines(page.lines))
      .filter((line) => !/^—\d+—$/.test(line))
    const start = drawn.indexOf(expected[0] ?? '')
    expect(expected.length).toBeGreaterThan(150)
    expect(start).toBeGreaterThanOrEqual(0)
    expect(drawn.slice(start, start + expected.length)).toEqual(expected)
  }, 60_000)
})
