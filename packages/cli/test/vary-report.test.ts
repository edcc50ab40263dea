import { fixturePath } from '@report/fixtures'
import { decodeReport, validateReport, type Report } from '@report/model'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lengthenReport } from '../bench/vary-report.js'

const sample = decodeReport(JSON.parse(readFileSync(fixturePath('renshi-town-2020', 'report.json'), 'utf8'))).report as Report
const paragraphs = (r: Report): ReadonlyArray<string> =>
  r.sections.flatMap((s) => [...s.paragraphs, ...(s.subsections ?? []).flatMap((sub) => sub.paragraphs)])

describe('lengthenReport, the reports of the render bench', () => {
  it('writes every paragraph of the sample `times` times, its headings, title and agency kept', () => {
    const long = lengthenReport(sample, 7, 20)
    expect(paragraphs(long)).toHaveLength(20 * paragraphs(sample).length)
    expect(long.sections.map((s) => s.heading)).toEqual(sample.sections.map((s) => s.heading))
    expect([long.title, long.agency]).toEqual([sample.title, sample.agency])
  })

  it('varies each copy: no two paragraphs alike, dates kept, one phrase added', () => {
    const long = lengthenReport(sample, 7, 5)
    const texts = paragraphs(long)
    expect(new Set(texts).size).toBe(texts.length)
    const first = sample.sections[0]?.subsections?.[0]?.paragraphs[0] ?? ''
    const copies = long.sections[0]?.subsections?.[0]?.paragraphs.slice(0, 5) ?? []
    for (const copy of copies) {
      expect(copy).toContain('2020年1月1日至2020年12月31日')
      expect(copy.replace(/\d/g, '0').length - first.replace(/\d/g, '0').length).toBeGreaterThanOrEqual(6)
    }
  })

  it('gives the same report for the same seed, another for another seed, its tables balanced', () => {
    expect(lengthenReport(sample, 3, 1)).toEqual(lengthenReport(sample, 3, 1))
    expect(paragraphs(lengthenReport(sample, 4, 1))).not.toEqual(paragraphs(lengthenReport(sample, 3, 1)))
    const errors = validateReport(lengthenReport(sample, 3, 1)).problems.filter((p) => p.severity === 'error')
    expect(errors).toEqual([])
  })
})
