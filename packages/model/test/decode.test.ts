import { describe, expect, it } from 'vitest'
import { decodeReport, setAt, type Problem } from '../src/index.js'
import { readFixture } from './fixture-cases.js'

const sample = readFixture('renshi-town-2020')
const example = readFixture('example-department-2022')

const problemsOf = (u: unknown): ReadonlyArray<Pick<Problem, 'code' | 'rule' | 'path' | 'message'>> => {
  const result = decodeReport(u)
  return result.report === undefined ? result.problems.map(({ code, rule, path, message }) => ({ code, rule, path, message })) : []
}

describe('decodeReport', () => {
  it('drops unknown fields and keeps blanks distinct from 0', () => {
    const input = setAt(setAt(example, ['tables', 'review', 'directSuit', 0], '/'), ['comment'], 'not part of the format')
    const result = decodeReport(input)
    expect(result.report?.tables.review?.directSuit).toEqual(['/', 0, 0, 1, 2])
    expect(result.report !== undefined && 'comment' in result.report).toBe(false)
  })

  it('hands back the parts of a valid input unchanged, and copies only what drops or converts a field', () => {
    const input = example as { sections: ReadonlyArray<object>; tables: { review: object; active: object } }
    const report = decodeReport(input).report
    expect(report).toBe(input)
    expect(report?.sections).toBe(input.sections)
    expect(report?.tables.review).toBe(input.tables.review)
    const commented = setAt(example, ['sections', 0, 'comment'], 'not part of the format') as typeof input
    const decoded = decodeReport(commented).report
    expect(decoded?.sections).not.toBe(commented.sections)
    expect(decoded?.sections[0]).toEqual(input.sections[0])
    expect(decoded?.tables.review).toBe(commented.tables.review)
  })

  it('refuses a valid report holding a deep unknown field anywhere, as JSON_TOO_DEEP', () => {
    let deep: unknown = 1
    for (let i = 0; i < 10_000; i += 1) deep = [deep]
    expect(problemsOf(setAt(example, ['tables', 'review', 'comment'], deep)).map((p) => p.code)).toEqual(['JSON_TOO_DEEP'])
    expect(problemsOf(setAt(example, ['sections', 2, 'comment'], deep)).map((p) => p.code)).toEqual(['JSON_TOO_DEEP'])
    // In a field of the format, where decoding fails at its first level.
    expect(problemsOf(setAt(example, ['sections', 0, 'paragraphs'], deep)).map((p) => p.code)).toEqual(['JSON_TOO_DEEP'])
    expect(problemsOf(setAt(example, ['tables', 'applications', 'newReceived'], [deep, 0, 0, 0, 0, 0, 0])).map((p) => p.code)).toEqual(['JSON_TOO_DEEP'])
  })

  it('reads money from a string or a plain number, exactly, and never from a float it cannot hold', () => {
    const at = ['tables', 'active', 'item8', 'fees', 'amount']
    const amount = (u: unknown) => {
      const result = decodeReport(setAt(example, at, u))
      return result.report?.format === '2021' ? result.report.tables.active?.item8.fees.amount : problemsOf(setAt(example, at, u))
    }
    expect(amount(4068.208)).toBe('4068.208')
    expect(amount('0004068.2080')).toBe('4068.208')
    const tooPrecise = 12345678.123456789 // held as 12345678.12345679: 16 significant digits
    expect(amount(tooPrecise)).toEqual([
      { code: 'MONEY_INVALID', rule: 'SCHEMA', path: '/tables/active/item8/fees/amount', message: '应为非负金额，如 "4068.208"，实为 12345678.12345679' }
    ])
    expect(amount('1,000')).toEqual([
      { code: 'MONEY_INVALID', rule: 'SCHEMA', path: '/tables/active/item8/fees/amount', message: '应为非负金额，如 "4068.208"，实为 "1,000"' }
    ])
  })

  it('allows a negative 本年增/减 but not a fractional one', () => {
    const at = ['tables', 'active', 'item5', 'licensing', 'change']
    expect(problemsOf(setAt(sample, at, -12))).toEqual([])
    expect(problemsOf(setAt(sample, at, 1.5))).toEqual([
      { code: 'DELTA_INVALID', rule: 'SCHEMA', path: '/tables/active/item5/licensing/change', message: '应为整数（可为负），实为 1.5' }
    ])
  })

  it('checks a 2021 report against the 2021 format only', () => {
    const oldRow = setAt(example, ['tables', 'applications', 'results', 'otherHandling'], [0, 0, 0, 0, 0, 0, 0])
    expect(problemsOf(oldRow)).toEqual([
      { code: 'VALUE_INVALID', rule: 'SCHEMA', path: '/tables/applications/results/otherHandling', message: '应为JSON 对象，实为 [0,0,0,0,0,0,0]' }
    ])
  })

  it('names a missing field and a wrong date', () => {
    const noTitle = setAt(setAt(sample, ['title'], undefined), ['published'], '2021-02-30')
    expect(problemsOf(noTitle)).toEqual([
      { code: 'FIELD_MISSING', rule: 'SCHEMA', path: '/title', message: '缺少此项，应为文本' },
      { code: 'VALUE_INVALID', rule: 'SCHEMA', path: '/published', message: '应为日期，格式为 YYYY-MM-DD，实为 "2021-02-30"' }
    ])
  })

  it('takes a count cell only as a safe integer ≥ 0 or a blank mark, in a row as in a field', () => {
    const codes = (at: ReadonlyArray<string | number>) => (u: unknown) => problemsOf(setAt(example, at, u)).map((p) => p.code)
    const field = codes(['tables', 'active', 'item1', 'regulations', 'issued'])
    const row = codes(['tables', 'review', 'directSuit', 1])
    for (const u of [0, 2 ** 53 - 1, '', '/', '—', '-']) expect([field(u), row(u)]).toEqual([[], []])
    for (const u of [-1, 1.5, 2 ** 53, NaN, Infinity, '1', 'x', ' ', null, {}, []])
      expect([field(u), row(u)]).toEqual([['COUNT_INVALID'], ['COUNT_INVALID']])
  })

  it('takes a date only as a day of the calendar', () => {
    const valid = (date: string) => problemsOf(setAt(sample, ['published'], date)).length === 0
    expect(['2020-02-29', '2000-02-29', '2021-04-30', '2021-12-31'].map(valid)).toEqual([true, true, true, true])
    expect(['2021-02-29', '1900-02-29', '2021-04-31', '2021-13-01', '2021-00-10', '2021-1-01', '2021-01-01 ', '２０２１-01-01'].some(valid)).toBe(false)
  })

  it('gives one problem for input that is not a report object', () => {
    for (const [u, shown] of [
      [null, 'null'],
      [5, '5'],
      ['report', '"report"'],
      [[sample], '[{"format":"2019","year":2020,"title":"开…']
    ] as const) {
      expect(problemsOf(u)).toEqual([{ code: 'VALUE_INVALID', rule: 'SCHEMA', path: '', message: `应为报告对象（JSON 对象），实为 ${shown}` }])
    }
  })
})
