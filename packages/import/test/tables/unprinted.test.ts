/**
 * Printed blank vs not printed, through the saved JSON: the rows and tables a text
 * does not print are the report's `unprinted`, so that `report validate` of the
 * JSON an import wrote finds what the import found, one finding per run of rows.
 */
import { formatReportJson, validateText } from '@report/model'
import { fixturePath } from '@report/fixtures'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importReport } from '../../src/index.js'

const imported = (name: string) => importReport(readFileSync(fixturePath('imports', name, 'source.txt')), { name: 'source.txt' })
const s1 = (problems: ReadonlyArray<{ readonly rule: string; readonly code: string; readonly path: string }>) =>
  problems.filter((p) => p.path.startsWith('/tables') && (p.rule === 'S-1' || p.rule === 'T3-1' || p.rule === 'T3-2')).map((p) => `${p.code} ${p.path}`)

describe('rows the text does not print, saved and validated again', () => {
  it('the 2019-style （六） row in a 2021 table (洪泽 2023): one ROWS_NOT_PRINTED for its two unprinted rows, no CELL_BLANK', () => {
    const result = imported('hongze-district-2023')
    expect(result.report?.unprinted).toEqual([
      '/tables/applications/results/otherHandling/noCorrection',
      '/tables/applications/results/otherHandling/unpaidFee'
    ])
    expect(result.notes.filter((n) => n.code === 'GROUP_AS_ONE_ROW').map((n) => n.path)).toEqual(['/tables/applications/results/otherHandling/other'])
    const again = validateText(formatReportJson(result.report!))
    expect(s1(again.problems)).toEqual(['ROWS_NOT_PRINTED /tables/applications/results/otherHandling/noCorrection'])
    expect(s1(again.problems)).toEqual(s1(result.problems))
  })

  it('a page cut inside table 三: one ROWS_NOT_PRINTED from the first row not printed, table 四 TABLE_NOT_PRINTED, its sums unchecked', () => {
    const result = imported('variant-cut-mid-table')
    const again = validateText(formatReportJson(result.report!))
    expect(s1(again.problems)).toEqual(['ROWS_NOT_PRINTED /tables/applications/results/unavailable/notHeld', 'TABLE_NOT_PRINTED /tables/review'])
    expect(again.problems.find((p) => p.code === 'ROWS_NOT_PRINTED')?.message).toMatch(/^原文未印出自此行起的 11 行（至“表三 四、结转下年度继续办理”）/)
    expect(s1(again.problems)).toEqual(s1(result.problems))
  })
})
