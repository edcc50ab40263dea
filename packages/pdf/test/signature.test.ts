/**
 * The signature read back from rendered PDFs: a report without a date prints a
 * blank date line to fill in, never the agency alone; a long agency name goes on
 * two lines, each inside the block and two characters from its right edge.
 */
import type { Report } from '@report/model'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { mm, renderPdf } from '../src/index.js'
import { loadFixture } from './fixtures.js'
import { pdfWords } from './poppler.js'

const sample = loadFixture('renshi-town-2020')
const RIGHT = mm(210 - 26)

/** The words of the last page of `report`'s PDF, without its page number. */
const lastPage = async (report: Report) => {
  const file = join(mkdtempSync(join(tmpdir(), 'report-pdf-')), 'out.pdf')
  writeFileSync(file, await renderPdf(report, { systemFonts: false }))
  return (pdfWords(file).at(-1) ?? []).filter((w) => !/^—|^\d+$|—$/.test(w.text))
}

/** Words grouped into lines by their top. */
const lines = (words: ReadonlyArray<{ readonly text: string; readonly yMin: number; readonly xMin: number; readonly xMax: number }>) => {
  const byTop = new Map<number, Array<(typeof words)[number]>>()
  for (const w of words) byTop.set(Math.round(w.yMin), [...(byTop.get(Math.round(w.yMin)) ?? []), w])
  return [...byTop.entries()]
    .sort(([a], [b]) => a - b)
    .map(([top, ws]) => ({
      top,
      text: ws.map((w) => w.text).join(''),
      xMin: Math.min(...ws.map((w) => w.xMin)),
      xMax: Math.max(...ws.map((w) => w.xMax))
    }))
}

describe('the signature', () => {
  it('without a publication date, prints the agency and a blank date line 年 月 日 under it', async () => {
    const { published: _, ...undated } = sample
    const [agency, date] = lines(await lastPage(undated)).slice(-2)
    expect(agency?.text).toBe(sample.agency)
    expect(date?.text).toBe('年月日')
    expect((date?.top ?? 0) - (agency?.top ?? 0)).toBeGreaterThan(28)
  })

  it('puts a long agency name on two lines that do not overlap, inside the block, two characters from the right edge', async () => {
    const agency = '四川省达州市开江县任市镇人民政府社会事务和综合服务中心'
    const signature = lines(await lastPage({ ...sample, agency })).slice(-3)
    expect(signature.map((l) => l.text)).toEqual(['四川省达州市开江县任市镇', '人民政府社会事务和综合服务中心', '2021年1月27日'])
    const [first, second, date] = signature
    expect((second?.top ?? 0) - (first?.top ?? 0)).toBeGreaterThan(28)
    expect(Math.max(first?.xMax ?? 0, second?.xMax ?? 0)).toBeLessThanOrEqual(RIGHT - 32 + 0.5)
    expect(first?.xMin).toBeCloseTo(second?.xMin ?? 0, 1)
    // The date starts two characters right of the agency's first character.
    expect((date?.xMin ?? 0) - (first?.xMin ?? 0)).toBeCloseTo(32, 0)
  })
})
