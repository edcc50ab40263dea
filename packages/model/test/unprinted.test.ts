/**
 * Printed blank vs not printed: the report's `unprinted` rows and tables give one
 * S-1 finding per run of them, never a `CELL_BLANK` per cell, and the sums whose
 * totals are not printed are not checked.
 */
import { describe, expect, it } from 'vitest'
import { checkAgainstPrevious, checkCompleteness, checkApplications, formatReportJson, setAt, validateText, type Report } from '../src/index.js'
import { decoded, readFixture } from './fixture-cases.js'

const example = readFixture('example-department-2021') as Record<string, unknown>
const OTHER = ['tables', 'applications', 'results', 'otherHandling']

/** The example with the rows of （六） 1. and 2. blank and named unprinted, as the 2019-style （六） row in a 2021 table imports. */
const oldOtherRow = (): unknown => {
  let json: unknown = example
  for (const row of ['noCorrection', 'unpaidFee']) json = setAt(json, [...OTHER, row], ['', '', '', '', '', '', ''])
  return {
    ...(json as object),
    unprinted: ['/tables/applications/results/otherHandling/noCorrection', '/tables/applications/results/otherHandling/unpaidFee']
  }
}

const validated = (json: unknown): Report => {
  const result = validateText(JSON.stringify(json))
  if (result.report === undefined) throw new Error(JSON.stringify(result.problems))
  return result.report
}

describe('rows and tables the text does not print', () => {
  it('gives one ROWS_NOT_PRINTED for the two rows of the 2019-style （六）, and no CELL_BLANK', () => {
    const problems = validateText(JSON.stringify(oldOtherRow())).problems
    expect(problems.filter((p) => p.rule === 'S-1').map((p) => `${p.code} ${p.path}`)).toEqual([
      'ROWS_NOT_PRINTED /tables/applications/results/otherHandling/noCorrection'
    ])
    const found = problems.find((p) => p.code === 'ROWS_NOT_PRINTED')
    expect(found?.where).toBe('表三 三、本年度办理结果 （六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请')
    expect(found?.message).toBe(
      '原文未印出自此行起的 2 行（至“表三 三、本年度办理结果 （六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请”），各单元格按空白处理'
    )
  })

  it('warns of every cell of the same rows printed blank, without `unprinted`', () => {
    const { unprinted: _, ...printedBlank } = oldOtherRow() as Record<string, unknown>
    const codes = validateText(JSON.stringify(printedBlank))
      .problems.filter((p) => p.rule === 'S-1')
      .map((p) => p.code)
    expect(codes).toEqual(Array<string>(14).fill('CELL_BLANK'))
  })

  it('keeps `unprinted` through the canonical JSON, after the tables', () => {
    const report = validated(oldOtherRow())
    const text = formatReportJson(report)
    expect(validated(JSON.parse(text)).unprinted).toEqual(report.unprinted)
    expect(Object.keys(JSON.parse(text) as object).at(-1)).toBe('unprinted')
  })

  it('names a table after a truncated page TABLE_NOT_PRINTED, and leaves the sums of a table cut before its totals unchecked', () => {
    const rows = ['results/otherHandling/other', 'results/total', 'carriedForward']
    let json: unknown = example
    for (const row of rows) json = setAt(json, ['tables', 'applications', ...row.split('/')], ['', '', '', '', '', '', ''])
    const { review: _, ...tables } = (json as { tables: Record<string, unknown> }).tables
    const cut = validated({ ...(json as object), tables, unprinted: [...rows.map((r) => `/tables/applications/${r}`), '/tables/review'] })
    expect(checkCompleteness(cut).map((p) => `${p.code} ${p.path}`)).toEqual([
      'ROWS_NOT_PRINTED /tables/applications/results/otherHandling/other',
      'TABLE_NOT_PRINTED /tables/review'
    ])
    expect(checkCompleteness(cut).at(0)?.message).toMatch(/^原文未印出自此行起的 3 行（至“表三 四、结转下年度继续办理”）/)
    expect(checkApplications(cut)).toEqual([])
    const { unprinted: __, ...blank } = cut
    expect(checkApplications(blank as Report).map((p) => p.code)).toContain('APPLICATION_BALANCE')
  })

  it('compares with last year (Y-1, Y-2) no row either report does not print', () => {
    const previous = decoded(readFixture('example-department-2021'))
    const blank = ['', '', '', '', '', '', '']
    let json: unknown = readFixture('example-department-2022')
    json = setAt(json, ['tables', 'applications', 'carriedOver'], blank)
    json = setAt(json, ['tables', 'active', 'item1', 'normativeDocuments'], { issued: '', repealed: '', inForce: '' })
    const unprinted = ['/tables/applications/carriedOver', '/tables/active/item1/normativeDocuments']
    expect(checkAgainstPrevious(decoded({ ...(json as object), unprinted }), previous)).toEqual([])
    const codes = checkAgainstPrevious(decoded(json), previous).map((p) => p.code)
    expect(codes).toContain('CARRY_OVER_MISMATCH')
    expect(codes).toContain('IN_FORCE_MISMATCH')
  })
})
