import { describe, expect, it } from 'vitest'
import {
  checkDeadline,
  checkRegulations,
  decodeReport,
  deadlineOf,
  describePath,
  formatForYear,
  fromPointer,
  sameAgency,
  setAt,
  toPointer,
  withTotals,
  type Report
} from '../src/index.js'
import { readFixture } from './fixture-cases.js'

const decoded = (u: unknown): Report => {
  const result = decodeReport(u)
  if (result.report === undefined) throw new Error(JSON.stringify(result.problems))
  return result.report
}
const example = decoded(readFixture('example-department-2022'))

describe('calendar', () => {
  it('knows the format in force for a year', () => {
    expect([2019, 2020, 2021, 2025].map(formatForYear)).toEqual(['2019', '2019', '2021', '2021'])
  })

  it('gives each publisher its deadline, and publishing on the day is in time', () => {
    expect(deadlineOf(2022, 'department')).toBe('2023-01-31')
    expect(deadlineOf(2022, 'township')).toBe('2023-01-31')
    expect(deadlineOf(2022, 'government')).toBe('2023-03-31')
    expect(checkDeadline({ ...example, published: '2023-01-31' } as Report)).toEqual([])
    expect(checkDeadline({ ...example, published: '2023-02-01' } as Report).map((p) => p.code)).toEqual(['PUBLISHED_LATE'])
    const { published: _, ...undated } = example
    expect(checkDeadline(undated as Report)).toEqual([])
  })
})

describe('A-1', () => {
  const withRegulations = decoded(setAt(example, ['tables', 'active', 'item1', 'regulations', 'issued'], 2))
  it('warns a department, not a government', () => {
    expect(checkRegulations(withRegulations).map((p) => [p.path, p.message])).toEqual([
      ['/tables/active/item1/regulations/issued', '规章本年制发件数为 2：除国务院部门外，政府部门没有规章制定权，请核实']
    ])
    expect(checkRegulations({ ...withRegulations, publisher: 'government' })).toEqual([])
  })
})

describe('agencies and places', () => {
  it('takes a name with its city for the same agency', () => {
    expect(sameAgency('洪泽区人民政府', '淮安市洪泽区人民政府')).toBe(true)
    expect(sameAgency('洪泽区人民政府', '淮阴区人民政府')).toBe(false)
    expect(sameAgency('', '洪泽区人民政府')).toBe(false)
  })

  it.each([
    [
      ['tables', 'applications', 'results', 'otherHandling', 'unpaidFee', 6],
      '表三 三、本年度办理结果 （六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 · 总计'
    ],
    [['tables', 'review', 'suitAfterReconsideration', 3], '表四 行政诉讼 复议后起诉 · 尚未审结'],
    [['tables', 'active', 'item8', 'fees', 'amount'], '表二 第二十条第（八）项 · 行政事业性收费 · 本年收费金额（单位：万元）'],
    [['sections', 0, 'subsections', 1, 'paragraphs', 0], '正文 第1节 第2小节 第1段'],
    [['published'], '发布日期']
  ] as const)('%j is %s', (path, where) => {
    expect(describePath('2021', path)).toBe(where)
  })
})

describe('withTotals', () => {
  it('fills the totals of table 三 and 四 from their parts and keeps the carry-forward', () => {
    const parts = decoded(
      [
        [
          ['tables', 'applications', 'results', 'disclosed'],
          [4, 1, 0, 0, 0, 2, '']
        ],
        [
          ['tables', 'applications', 'results', 'total'],
          ['', '', '', '', '', '', '']
        ],
        [
          ['tables', 'review', 'directSuit'],
          [1, '/', 2, 0, 99]
        ]
      ].reduce<unknown>((r, [path, row]) => setAt(r, path as ReadonlyArray<string>, row), example)
    )
    const filled = withTotals(parts)
    expect(filled.tables.applications?.results.disclosed).toEqual([4, 1, 0, 0, 0, 2, 7])
    expect(filled.tables.applications?.results.total).toEqual([28, 4, 0, 0, 1, 2, 35])
    expect(filled.tables.review?.directSuit).toEqual([1, '/', 2, 0, 3])
    expect(filled.tables.applications?.carriedForward).toEqual(example.tables.applications?.carriedForward)
  })
})

describe('JSON Pointers', () => {
  it('read back the paths they were made from', () => {
    for (const path of [['sections', 2, 'subsections', 0, 'heading'], ['tables', 'review', 'directSuit', 4], ['a/b', 'c~d'], []]) {
      expect(fromPointer(toPointer(path))).toEqual(path)
    }
  })
})
