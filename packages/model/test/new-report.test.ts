import { describe, expect, it } from 'vitest'
import {
  cellPlaces,
  checkCompleteness,
  decodeReport,
  formatReportJson,
  isCarriedCell,
  newReport,
  SECTION_HEADINGS,
  setAt,
  TABLE_ROLES,
  validateReport,
  valueAt,
  type Report
} from '../src/index.js'
import { readFixture } from './fixture-cases.js'

const decoded = (u: unknown): Report => {
  const result = decodeReport(u)
  if (result.report === undefined) throw new Error(JSON.stringify(result.problems))
  return result.report
}

const made = (result: ReturnType<typeof newReport>): Report => {
  if (result.report === undefined) throw new Error(result.error.message)
  return result.report
}

const township = made(newReport({ agency: '某某镇人民政府', year: 2025, publisher: 'township' }))

describe('newReport', () => {
  it('makes a report in the format in force, every heading, no text, every cell blank, that decodes as it is', () => {
    expect([township.format, township.year, township.title, township.agency, township.scope, township.publisher]).toEqual([
      '2021',
      2025,
      '某某镇人民政府2025年政府信息公开工作年度报告',
      '某某镇人民政府',
      'own',
      'township'
    ])
    expect(township.sections).toEqual(Object.entries(SECTION_HEADINGS).map(([role, heading]) => ({ role, heading, paragraphs: [] })))
    for (const table of TABLE_ROLES)
      expect(cellPlaces('2021', table).map((c) => valueAt(township, c.path))).toEqual(cellPlaces('2021', table).map(() => ''))
    expect(decoded(JSON.parse(formatReportJson(township)))).toEqual(township)
    expect(made(newReport({ agency: '某某镇人民政府', year: 2020, publisher: 'township' })).format).toBe('2019')
  })

  it('says what is still to be filled: one finding per unwritten section and per empty table', () => {
    const { problems } = validateReport(JSON.parse(formatReportJson(township)))
    expect(problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(problems.filter((p) => p.rule === 'S-1').map((p) => [p.code, p.path, p.message])).toEqual([
      ['SECTION_EMPTY', '/sections/0', '章节“一、总体情况”没有内容'],
      ['SECTION_EMPTY', '/sections/4', '章节“五、存在的主要问题及改进情况”没有内容'],
      ['SECTION_EMPTY', '/sections/5', '章节“六、其他需要报告的事项”没有内容'],
      ['TABLE_EMPTY', '/tables/active', '尚未填写：本年的 8 个单元格全部为空，没有数据应填 0'],
      ['TABLE_EMPTY', '/tables/applications', '尚未填写：本年的 168 个单元格全部为空，没有数据应填 0'],
      ['TABLE_EMPTY', '/tables/review', '尚未填写：本年的 15 个单元格全部为空，没有数据应填 0']
    ])
  })

  it('lists each blank cell once a table has one value', () => {
    const started = setAt(township, ['tables', 'review', 'reconsideration', 0], 0)
    const problems = checkCompleteness(started).filter((p) => p.path.startsWith('/tables/review'))
    expect(problems.map((p) => p.code)).toEqual(Array.from({ length: 14 }, () => 'CELL_BLANK'))
    expect(problems[0]?.path).toBe('/tables/review/reconsideration/1')
    expect(isCarriedCell(['tables', 'applications', 'carriedOver', 6])).toBe(true)
    expect(isCarriedCell(['tables', 'applications', 'carriedForward', 6])).toBe(false)
    expect(isCarriedCell(['tables', 'active', 'item1', 'regulations', 'inForce'])).toBe(true)
    expect(isCarriedCell(['tables', 'active', 'item1', 'regulations', 'issued'])).toBe(false)
  })

  it('carries from last year: 上年结转, 现行有效件数, the agency, its kind and scope', () => {
    const previous = decoded(readFixture('example-department-2022'))
    const next = made(newReport({ year: 2023 }, previous))
    expect([next.agency, next.publisher, next.scope, next.format]).toEqual([previous.agency, previous.publisher, previous.scope, '2021'])
    expect(next.tables.applications?.carriedOver).toEqual(previous.tables.applications?.carriedForward)
    const before = previous.format === '2021' ? previous.tables.active : undefined
    expect(before?.item1.normativeDocuments.inForce).toBe(12)
    expect(next.tables.active?.item1).toEqual({
      regulations: { issued: '', repealed: '', inForce: before?.item1.regulations.inForce },
      normativeDocuments: { issued: '', repealed: '', inForce: before?.item1.normativeDocuments.inForce }
    })
    // Y-1 and Y-2 hold against last year as soon as it is made; what was carried does not count as filled in.
    const { problems } = validateReport(JSON.parse(formatReportJson(next)), previous)
    expect(problems.filter((p) => p.rule === 'Y-1' || p.rule === 'Y-2')).toEqual([])
    expect(problems.filter((p) => p.rule === 'S-1').map((p) => p.path)).toEqual([
      '/sections/0',
      '/sections/4',
      '/sections/5',
      '/tables/active',
      '/tables/applications',
      '/tables/review'
    ])
  })

  it('carries 上一年项目数量 in the 2019 format from last year’s count and change', () => {
    const previous = decoded(readFixture('renshi-town-2020'))
    const shifted = decoded({ ...JSON.parse(formatReportJson(previous)), year: 2019 })
    const next = made(newReport({ year: 2020 }, shifted))
    const before = shifted.format === '2019' ? shifted.tables.active : undefined
    const after = next.format === '2019' ? next.tables.active : undefined
    const end = (row: { previousYear: unknown; change: unknown }) =>
      typeof row.previousYear === 'number' || typeof row.change === 'number' ? Number(row.previousYear || 0) + Number(row.change || 0) : ''
    expect(after?.item5.licensing.previousYear).toBe(end(before?.item5.licensing ?? { previousYear: '', change: '' }))
    expect(after?.item8.fees.previousYear).toBe(end(before?.item8.fees ?? { previousYear: '', change: '' }))
    expect(after?.item5.licensing.change).toBe('')
  })

  it.each([
    [{ agency: '某某镇人民政府', year: 1999, publisher: 'township' }, 'YEAR_INVALID'],
    [{ agency: ' ', year: 2025, publisher: 'township' }, 'AGENCY_MISSING'],
    [{ agency: '某某镇人民政府', year: 2025 }, 'PUBLISHER_MISSING'],
    [{ agency: '某某镇人民政府', year: 2025, publisher: 'village' }, 'PUBLISHER_INVALID']
  ] as const)('refuses %j with %s', (header, code) => {
    expect(newReport(header as Parameters<typeof newReport>[0]).error?.code).toBe(code)
  })

  it('refuses a previous report of another year', () => {
    expect(newReport({ year: 2025 }, decoded(readFixture('example-department-2022'))).error).toEqual({
      code: 'PREVIOUS_YEAR_MISMATCH',
      message: '上年报告应为 2024 年度，所给为 2022 年度'
    })
  })
})
