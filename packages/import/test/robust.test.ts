import { APPLICATION_DATA_ROWS, REVIEW_GROUPS, SECTION_HEADINGS } from '@report/model'
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { importReport, type ImportResult } from '../src/index.js'
import { SAMPLE, variant } from './variants.js'

/** A report, or notes saying why there is none; never an exception. */
const wellFormed = (result: ImportResult): void => {
  expect(result.report !== undefined || result.notes.length > 0).toBe(true)
  for (const n of result.notes) {
    expect(n.code).toMatch(/^[A-Z0-9_]+$/)
    expect(n.message).not.toBe('')
  }
}

const LINES = SAMPLE.split('\n')

/** Every statutory heading and row label of the sample's format, to insert anywhere. */
const LABELS = [
  ...Object.values(SECTION_HEADINGS),
  ...new Set(APPLICATION_DATA_ROWS['2019'].flatMap((r) => [...r.groups, r.label])),
  ...REVIEW_GROUPS.map((g) => g.label)
]

type Mutation =
  | { readonly kind: 'delete' | 'duplicate'; readonly at: number }
  | { readonly kind: 'swap'; readonly at: number; readonly with: number }
  | { readonly kind: 'damage'; readonly at: number; readonly char: number; readonly by: string }
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({
    kind: fc.constant('damage' as const),
    at: fc.nat(),
    char: fc.nat(),
    by: fc.constantFrom('', '口', '0', '、', '.', '|', '\t', '一、', '（六）', ' ', '  ')
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.string(), fc.constantFrom('0', '000', '1234', '/', '—', '共100条，其中1条、2条。'), fc.constantFrom(...LABELS))
  })
)

const mutate = (lines: ReadonlyArray<string>, mutations: ReadonlyArray<Mutation>): string => {
  const out = [...lines]
  for (const m of mutations) {
    const at = m.at % Math.max(out.length, 1)
    if (m.kind === 'delete') out.splice(at, 1)
    else if (m.kind === 'duplicate') out.splice(at, 0, out[at] ?? '')
    else if (m.kind === 'insert') out.splice(at, 0, m.text)
    else if (m.kind === 'swap') {
      const other = m.with % Math.max(out.length, 1)
      const a = out[at] ?? ''
      out[at] = out[other] ?? ''
      out[other] = a
    } else if (m.kind === 'damage') {
      const line = out[at] ?? ''
      const i = m.char % Math.max(line.length, 1)
      out[at] = line.slice(0, i) + m.by + line.slice(i + 1)
    }
  }
  return out.join('\n')
}

describe('any input gives a report or notes, never an exception', () => {
  it('the sample with lines deleted, duplicated, swapped, damaged and inserted', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 40 }), (mutations) => {
        wellFormed(importReport(mutate(LINES, mutations)))
      }),
      { numRuns: 300 }
    )
  })

  it('the HTML and PDF-text variants mutated the same way', () => {
    const forms = [variant('html').split('\n'), variant('pdf').split('\n')]
    fc.assert(
      fc.property(fc.nat(1), fc.array(mutation, { minLength: 1, maxLength: 20 }), (form, mutations) => {
        wellFormed(importReport(mutate(forms[form] ?? [], mutations)))
      }),
      { numRuns: 150 }
    )
  })

  it('random bytes and random text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => wellFormed(importReport(bytes))),
      { numRuns: 200 }
    )
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), (text) => wellFormed(importReport(text))),
      { numRuns: 200 }
    )
  })

  it('a report cut mid-table keeps what was read and says once where the text stops', () => {
    const at = SAMPLE.indexOf('(四)无法')
    expect(at).toBeGreaterThan(0)
    const cut = SAMPLE.slice(0, at)
    const result = importReport(cut)
    expect(result.tables).toEqual({ active: 'complete', applications: 'partial', review: 'missing' })
    expect(result.report?.tables.applications?.results.withheld.queryMatters).toEqual([0, 0, 0, 0, 0, 0, 0])
    expect(result.report?.tables.applications?.results.unavailable.notHeld).toEqual(['', '', '', '', '', '', ''])
    const stop = result.notes.filter((n) => n.code === 'TEXT_TRUNCATED')
    expect(stop.map((n) => n.line)).toEqual([cut.trimEnd().split('\n').length])
    // Nothing after the cut is listed row by row, table by table or section by section.
    expect(result.notes.filter((n) => ['ROW_NOT_FOUND', 'TABLE_NOT_FOUND', 'SECTION_NOT_FOUND'].includes(n.code))).toEqual([])
    expect(result.problems.filter((p) => ['CELL_BLANK', 'TABLE_MISSING', 'APPLICATION_BALANCE', 'RESULTS_TOTAL'].includes(p.code))).toEqual([])
  })

  it('an empty input, and a text without a year, give no report and say why', () => {
    expect(importReport('').notes.map((n) => n.code)).toEqual(['INPUT_EMPTY'])
    const noYear = importReport('一、总体情况\n我们做了工作。')
    expect(noYear.report).toBeUndefined()
    expect(noYear.notes.map((n) => n.code)).toContain('YEAR_NOT_FOUND')
  })

  it('run-together digits whose split is ambiguous are reported, never guessed', () => {
    const text = SAMPLE.replace('000000000000000', '0000000000000123')
    const result = importReport(text)
    expect(result.report?.tables.review?.reconsideration).toEqual(['', '', '', '', ''])
    expect(result.notes.find((n) => n.code === 'DIGITS_AMBIGUOUS')?.message).toBe(
      '数字连写“0000000000000123”，拆成 15 个单元格有多种方式，无法确定，各单元格按空白处理'
    )
    expect(result.tables.review).toBe('partial')
  })

  it('table 四 names the cell it could not read, and a row too short, like the other tables', () => {
    const invalid = importReport(SAMPLE.replace('000000000000000', '0 0 0 0 0 0 0 1.5 0 0 0 0 0 0 0'))
    expect(invalid.report?.tables.review?.directSuit).toEqual([0, 0, '', 0, 0])
    expect(invalid.notes.map((n) => [n.code, n.path, n.where])).toEqual([
      ['VALUE_INVALID', '/tables/review/directSuit/2', '第 570 行 表四 行政诉讼 未经复议直接起诉 · 其他结果']
    ])
    const short = importReport(SAMPLE.replace('000000000000000', '0 0 0'))
    expect(short.tables.review).toBe('partial')
    expect(short.notes.map((n) => [n.code, n.path, n.message])).toEqual([
      ['ROW_SHORT', '/tables/review', '此行应有 15 个单元格，只印有 3 个数值（0 0 0），无法确定对应关系，各单元格按空白处理']
    ])
  })

  it('10 MB of text, and an HTML page full of scripts', () => {
    const big = SAMPLE.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(SAMPLE)))
    const result = importReport(big)
    expect(result.report?.title).toBe('开江县任市镇人民政府2020年政府信息公开工作年度报告')
    const scripts = `<html><body>${'<script>while(true){}</script><p>x</p>'.repeat(5000)}${variant('html')}</body></html>`
    expect(importReport(scripts).report?.tables.review?.directSuit).toEqual([6, 7, '—', 9, 10])
  }, 60_000)
})
