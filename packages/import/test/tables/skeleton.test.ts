/**
 * A table printed as a skeleton, its labels without numbers (表三 印有表格但没有数字):
 * kept with every cell printed blank and a TABLE_SKELETON note, so that S-1 gives
 * one TABLE_EMPTY, never TABLE_MISSING; a table whose labels are not printed either
 * (an image) is still not found. Made from 洪泽 2024 (fixtures/imports).
 */
import { formatReportJson, validateText } from '@report/model'
import { fixturePath } from '@report/fixtures'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importReport } from '../../src/index.js'

const SOURCE = readFileSync(fixturePath('imports', 'hongze-district-2024', 'source.txt'), 'utf8')
const REVIEW_VALUES = ' 1    1      0   0    2   1    0   0   0    1   2   0     1   0   3'

const imported = (text: string) => importReport(text, { name: 'source.txt' })
const found = (result: ReturnType<typeof imported>) => [
  ...result.notes.filter((n) => n.code === 'TABLE_SKELETON' || n.code === 'TABLE_NOT_FOUND').map((n) => `${n.code} ${n.where}`),
  ...result.problems.filter((p) => p.code.startsWith('TABLE_')).map((p) => `${p.code} ${p.path}`)
]

describe('a table printed without numbers', () => {
  it('table 四 with its header and no row of values: a skeleton of 15 blank cells, one TABLE_EMPTY', () => {
    expect(SOURCE).toContain(REVIEW_VALUES)
    const result = imported(SOURCE.replace(REVIEW_VALUES, ''))
    expect(result.report?.tables.review).toEqual({
      reconsideration: ['', '', '', '', ''],
      directSuit: ['', '', '', '', ''],
      suitAfterReconsideration: ['', '', '', '', '']
    })
    expect(found(result)).toEqual(['TABLE_SKELETON 表四', 'TABLE_EMPTY /tables/review'])
    expect(result.notes.find((n) => n.code === 'TABLE_SKELETON')?.message).toBe('表四印有表格但没有数字：各单元格按印出的空白处理')
    expect(result.tables.review).toBe('partial')
  })

  it('table 二 as TAB rows with every value cell empty: saved and validated again, the same one TABLE_EMPTY', () => {
    const start = SOURCE.indexOf('二、主动公开政府信息情况')
    const end = SOURCE.indexOf('三、收到和处理政府信息公开申请情况')
    const skeleton = SOURCE.slice(start, end).replace(/^(\S+)(?:[ \t]+\d+)+[ \t]*$/gm, (_, label: string) => `${label}\t\t\t`)
    const result = imported(SOURCE.slice(0, start) + skeleton + SOURCE.slice(end))
    expect(found(result)).toEqual(['TABLE_SKELETON 表二', 'TABLE_EMPTY /tables/active'])
    expect(result.report?.format === '2021' ? result.report.tables.active?.item8.fees.amount : undefined).toBe('')
    const again = validateText(formatReportJson(result.report!))
    expect(again.problems.filter((p) => p.code.startsWith('TABLE_')).map((p) => `${p.code} ${p.path}`)).toEqual(['TABLE_EMPTY /tables/active'])
  })

  it('a table whose rows are not printed at all (the heading alone, the table an image) is not found, not a skeleton', () => {
    const start = SOURCE.indexOf('第二十条第（一）项')
    const end = SOURCE.indexOf('三、收到和处理政府信息公开申请情况')
    const result = imported(SOURCE.slice(0, start) + SOURCE.slice(end))
    expect(found(result)).toEqual(['TABLE_NOT_FOUND 表二', 'TABLE_MISSING /tables/active'])
  })

  it('a table with one number printed is read as it is, not a skeleton', () => {
    const result = imported(SOURCE.replace(REVIEW_VALUES, ' 1'))
    // Its one value cannot be placed among fifteen cells (ROW_SHORT): blank, but no skeleton.
    expect(found(result)).toEqual(['TABLE_EMPTY /tables/review'])
    expect(result.notes.filter((n) => n.path?.startsWith('/tables/review')).map((n) => `${n.code} ${n.where}`)).toEqual(['ROW_SHORT 第 147 行 表四'])
  })
})
