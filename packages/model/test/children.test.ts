import { describe, expect, it } from 'vitest'
import { aggregate, checkAgainstChildren, setAt, withTotals, type AggregateHeader, type Report } from '../src/index.js'
import { decoded, readFixture } from './fixture-cases.js'

const unit = decoded(readFixture('example-department-2022'))
const other = withTotals(decoded(setAt(unit, ['tables', 'applications', 'newReceived', 0], 50)))
const header: AggregateHeader = { title: '示例县2022年报告', agency: '示例县人民政府', publisher: 'government', scope: 'region', sections: [] }
const summed = aggregate(header, [unit, other])
const county = summed.report as Report

describe('H-1: a region against its units', () => {
  it('is silent when the region is the sum of its units', () => {
    expect(summed.error).toBeUndefined()
    expect(checkAgainstChildren(county, [unit, other])).toEqual([])
  })

  it('names the one cell of table 三 that differs, with both values and the difference', () => {
    const wrong = decoded(setAt(county, ['tables', 'applications', 'results', 'disclosed', 1], 9))
    expect(checkAgainstChildren(wrong, [unit, other])).toEqual([
      {
        code: 'CHILDREN_TOTAL_MISMATCH',
        rule: 'H-1',
        severity: 'warning',
        path: '/tables/applications/results/disclosed/1',
        where: '表三 三、本年度办理结果 （一）予以公开 · 商业企业',
        message: '本报告为 9，2 个下级单位的报告合计为 6（相差 +3）'
      }
    ])
  })

  it('compares money exactly and signs the difference', () => {
    const wrong = decoded(setAt(county, ['tables', 'active', 'item8', 'fees', 'amount'], '8136.4'))
    expect(checkAgainstChildren(wrong, [unit, other]).map((p) => [p.path, p.message])).toEqual([
      ['/tables/active/item8/fees/amount', '本报告为 8136.4，2 个下级单位的报告合计为 8136.416（相差 −0.016）']
    ])
  })

  it('lists the units whose reports are missing, and does not sum them as 0', () => {
    const problems = checkAgainstChildren(county, [unit], [{ name: '示例县某某镇人民政府', reason: '没有收到报告' }])
    expect(problems[0]).toMatchObject({ code: 'CHILD_REPORT_MISSING', path: '', where: '报告' })
    expect(problems[0]?.message).toBe('下级单位“示例县某某镇人民政府”未计入合计（不按 0 计）：没有收到报告')
    expect(problems.slice(1).every((p) => p.code === 'CHILDREN_TOTAL_MISMATCH')).toBe(true)
    expect(problems.find((p) => p.path === '/tables/applications/newReceived/0')?.message).toBe('本报告为 88，1 个下级单位的报告合计为 38（相差 +50）')
  })

  it('refuses children of another year, naming why', () => {
    const later = decoded({ ...unit, year: 2023 })
    expect(checkAgainstChildren(county, [later]).map((p) => p.code)).toEqual(['CHILDREN_NOT_SUMMABLE'])
  })
})
