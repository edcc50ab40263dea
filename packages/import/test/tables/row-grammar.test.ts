/**
 * The row grammar on a real table (洪泽 2024, fixtures/imports) edited as extractions
 * print it: a label whose values are not printed before the next label, labels
 * printed one after the other with all their values after them, values that fit
 * none of the labels before them, and markdown rows whose values are on the line
 * below their label's or shifted by a broken header.
 */
import { fixturePath } from '@report/fixtures'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importReport } from '../../src/index.js'

const SOURCE = readFileSync(fixturePath('imports', 'hongze-district-2024', 'source.txt'), 'utf8')
const PENALTIES = '行政处罚                                                   2776'
const ENFORCEMENT = '行政强制                                                    84'
const NEW_RECEIVED = '一、本年新收政府信息公开申请数量                             95    0         0     0   0   0     95'
const CARRIED_OVER = '二、上年结转政府信息公开申请数量                              0    0         0     0   0   0     0'

/** The rows of （六） this report does not print (it prints the 2019-style one row). */
const OTHER_ROWS = ['/tables/applications/results/otherHandling/noCorrection', '/tables/applications/results/otherHandling/unpaidFee']

const edited = (from: string, to: string) => {
  expect(SOURCE).toContain(from)
  return importReport(SOURCE.replace(from, to), { name: 'source.txt' })
}
const table1 = (result: ReturnType<typeof importReport>) => (result.report?.format === '2021' ? result.report.tables.active?.item1 : undefined)
const table6 = (result: ReturnType<typeof importReport>) => (result.report?.format === '2021' ? result.report.tables.active?.item6 : undefined)
const notes = (result: ReturnType<typeof importReport>, code: string) => result.notes.filter((n) => n.code === code).map((n) => `${n.where} ${n.message}`)

describe('values and the labels before them', () => {
  it('gives the values to the nearest of two labels: 行政处罚 printed without its number, then 行政强制 84', () => {
    const result = edited(`${PENALTIES}\n\n${ENFORCEMENT}`, `行政处罚\n\n${ENFORCEMENT}`)
    expect(table6(result)).toEqual({ penalties: { decisions: '' }, enforcement: { decisions: 84 } })
    expect(notes(result, 'ROW_NOT_FOUND')).toEqual(['表二 第二十条第（六）项 · 行政处罚 未找到此行，各单元格按空白处理'])
    expect(result.report?.unprinted).toEqual(['/tables/active/item6/penalties', ...OTHER_ROWS])
    expect(notes(result, 'VALUES_REPAIRED')).toEqual([])
  })

  it('pairs labels printed one after the other with the values printed after them, in order, with a note', () => {
    const result = edited(`${PENALTIES}\n\n${ENFORCEMENT}`, '行政处罚\n行政强制\n2776\n84')
    expect(table6(result)).toEqual({ penalties: { decisions: 2776 }, enforcement: { decisions: 84 } })
    expect(notes(result, 'VALUES_REPAIRED')).toEqual([
      '第 74 行 表二 第二十条第（六）项 · 行政处罚 2 行的标签“行政处罚”、“行政强制”先后印出，其后才是数值，按顺序配对'
    ])
    expect(result.report?.unprinted).toEqual(OTHER_ROWS)
  })

  it('leaves both rows blank, with one note naming them, when the values after the labels fit neither the nearest nor all of them', () => {
    const result = edited(`${PENALTIES}\n\n${ENFORCEMENT}`, '行政处罚\n行政强制\n2776\n84\n5')
    expect(table6(result)).toEqual({ penalties: { decisions: '' }, enforcement: { decisions: '' } })
    expect(notes(result, 'VALUES_NOT_PAIRED')).toEqual([
      '第 74 行 表二 第二十条第（六）项 · 行政处罚 2 行的标签“行政处罚”、“行政强制”先后印出，其后的 3 个数值无法与之配对，各单元格按空白处理'
    ])
    expect(result.problems.filter((p) => p.path.startsWith('/tables/active/item6')).map((p) => `${p.code} ${p.path}`)).toEqual([
      'CELL_BLANK /tables/active/item6/penalties/decisions',
      'CELL_BLANK /tables/active/item6/enforcement/decisions'
    ])
  })

  it('does the same for two rows of table 三, seven values each', () => {
    const values = (line: string) => line.split(/\s{2,}/).slice(1)
    const result = edited(
      `${NEW_RECEIVED}\n${CARRIED_OVER}`,
      ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', [...values(NEW_RECEIVED), ...values(CARRIED_OVER)].join('   ')].join('\n')
    )
    expect(result.report?.tables.applications?.newReceived).toEqual([95, 0, 0, 0, 0, 0, 95])
    expect(result.report?.tables.applications?.carriedOver).toEqual([0, 0, 0, 0, 0, 0, 0])
    expect(notes(result, 'VALUES_REPAIRED')).toHaveLength(1)
    // The balance holds, and S-1 finds only the （六） rows this report does not print.
    expect(result.problems.filter((p) => p.rule === 'T3-1' || p.rule === 'S-1').map((p) => `${p.code} ${p.path}`)).toEqual([
      'ROWS_NOT_PRINTED /tables/applications/results/otherHandling/noCorrection'
    ])
  })

  it('pairs a markdown row whose label line has empty cells with the values on the line below it', () => {
    const result = edited(
      '规章               0          0       0\n\n行政规范性文件          3          0       8',
      [
        '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
        '|---|---|---|---|',
        '| 规章 | | | |',
        '| | 0 | 0 | 0 |',
        '| 行政规范性文件 | | | |',
        '| | 3 | 0 | 8 |'
      ].join('\n')
    )
    const item1 = table1(result)
    expect(item1).toEqual({ regulations: { issued: 0, repealed: 0, inForce: 0 }, normativeDocuments: { issued: 3, repealed: 0, inForce: 8 } })
    expect(notes(result, 'VALUES_REPAIRED')).toEqual([
      '第 53 行 表二 第二十条第（一）项 · 规章 此行的 3 个数值（0 0 0）印在下一行，按顺序配对',
      '第 55 行 表二 第二十条第（一）项 · 行政规范性文件 此行的 3 个数值（3 0 8）印在下一行，按顺序配对'
    ])
    expect(notes(result, 'VALUES_SURPLUS')).toEqual([])
  })

  it('pairs a markdown row shifted by a broken header (an empty cell between the label and its values) with its values', () => {
    const result = edited(
      '规章               0          0       0\n\n行政规范性文件          3          0       8',
      [
        '| 信息 | 内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
        '|---|---|---|---|---|',
        '| 规章 | | 0 | 0 | 0 |',
        '| 行政规范性文件 | | 3 | 0 | 8 |'
      ].join('\n')
    )
    const item1 = table1(result)
    expect(item1).toEqual({ regulations: { issued: 0, repealed: 0, inForce: 0 }, normativeDocuments: { issued: 3, repealed: 0, inForce: 8 } })
    expect(notes(result, 'VALUES_REPAIRED').at(-1)).toBe(
      '第 53 行 表二 第二十条第（一）项 · 行政规范性文件 此行的 3 个数值（3 0 8）印在多出的空单元格之后，按顺序配对'
    )
  })

  it('reads a TAB row with an empty first cell and a trailing empty field from its first cell (no shift)', () => {
    const result = edited('行政规范性文件          3          0       8', '行政规范性文件\t\t0\t8\t')
    const item1 = table1(result)
    expect(item1?.normativeDocuments).toEqual({ issued: '', repealed: 0, inForce: 8 })
    expect(notes(result, 'VALUES_REPAIRED')).toEqual([])
  })

  it('reads a TAB row whose last fields are cut off as its first cells, the rest blank; a row of spaced values so short stays unread', () => {
    const tab = edited(CARRIED_OVER, '二、上年结转政府信息公开申请数量\t0\t0\t0')
    expect(tab.report?.tables.applications?.carriedOver).toEqual([0, 0, 0, '', '', '', ''])
    expect(notes(tab, 'FIELDS_CUT')).toEqual([
      '第 98 行 表三 二、上年结转政府信息公开申请数量 此行应有 7 个单元格，只印有前 3 个（0 0 0），其后 4 个没有印出，按空白处理'
    ])
    const spaced = edited(CARRIED_OVER, '二、上年结转政府信息公开申请数量   0   0   0')
    expect(spaced.report?.tables.applications?.carriedOver).toEqual(['', '', '', '', '', '', ''])
    expect(spaced.notes.filter((n) => n.path === '/tables/applications/carriedOver').map((n) => n.code)).toEqual(['ROW_SHORT'])
  })

  it('without the edit, the table imports as before: no note of either kind', () => {
    const result = importReport(SOURCE, { name: 'source.txt' })
    expect(table6(result)).toEqual({ penalties: { decisions: 2776 }, enforcement: { decisions: 84 } })
    expect([...notes(result, 'VALUES_REPAIRED'), ...notes(result, 'ROW_NOT_FOUND')]).toEqual([])
  })
})
