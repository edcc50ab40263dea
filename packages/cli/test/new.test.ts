import { decodeReport, formatReportJson, type Report } from '@report/model'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hasStackTrace, jsonLines, runCli } from './run-cli.js'

const EXPECTED = new URL('./expected/', import.meta.url).pathname
const expected = (name: string): string => readFileSync(join(EXPECTED, name), 'utf8')
const PREVIOUS = 'fixtures/example-department-2022/report.json'

const decoded = (text: string): Report => {
  const { report, problems } = decodeReport(JSON.parse(text))
  if (report === undefined) throw new Error(JSON.stringify(problems))
  return report
}

const TOWNSHIP = ['new', '--agency', '某某镇人民政府', '--year', '2025', '--publisher', 'township']

describe('report new', () => {
  it('writes a 2025 township report: the 2021 format, every heading, every cell blank, in the canonical JSON', () => {
    const { status, stdout, stderr } = runCli(TOWNSHIP)
    expect([status, stderr]).toEqual([0, ''])
    expect(stdout).toBe(expected('new-township-2025.json'))
    expect(formatReportJson(decoded(stdout))).toBe(stdout)
  })

  it('carries last year over from --previous: 上年结转, 现行有效件数, the agency, its kind and scope', () => {
    const { status, stdout } = runCli(['new', '--year', '2023', '--previous', PREVIOUS])
    expect(status).toBe(0)
    expect(stdout).toBe(expected('new-after-example-department-2022.json'))
    const made = decoded(stdout)
    const previous = decoded(readFileSync(join(EXPECTED, '../../../../', PREVIOUS), 'utf8'))
    expect([made.agency, made.publisher, made.scope, made.title]).toEqual([
      '示例县市场监督管理局',
      'department',
      'own',
      '示例县市场监督管理局2023年政府信息公开工作年度报告'
    ])
    expect(made.tables.applications?.carriedOver).toEqual([0, 1, 0, 0, 0, 0, 1])
    expect(made.tables.applications?.carriedOver).toEqual(previous.tables.applications?.carriedForward)
    expect(made.format === '2021' ? [made.tables.active?.item1.regulations.inForce, made.tables.active?.item1.normativeDocuments.inForce] : []).toEqual([
      0, 12
    ])
  })

  it('validates to what is still to be filled, against last year too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-new-'))
    const file = join(dir, '2023.json')
    expect(runCli(['new', '--year', '2023', '--previous', PREVIOUS, '-o', file]).stdout).toBe(`已新建 ${file}（2023 年度，2021 年格式）\n`)
    const { status, stdout } = runCli(['validate', file, '--previous', PREVIOUS, '--json'])
    // The one application carried over must still be accounted for: T3-1 says so, in its two columns.
    expect(status).toBe(1)
    const [line] = jsonLines(stdout)
    const problems = line?.['problems'] as ReadonlyArray<{ code: string; rule: string; path: string }>
    expect(
      problems.filter((p) => p.code.startsWith('TABLE_') || p.code.startsWith('SECTION_') || p.code === 'CELL_BLANK').map((p) => [p.code, p.path])
    ).toEqual([
      ['SECTION_EMPTY', '/sections/0'],
      ['SECTION_EMPTY', '/sections/4'],
      ['SECTION_EMPTY', '/sections/5'],
      ['TABLE_EMPTY', '/tables/active'],
      ['TABLE_EMPTY', '/tables/applications'],
      ['TABLE_EMPTY', '/tables/review']
    ])
    expect(problems.filter((p) => p.code === 'CARRY_OVER_MISMATCH' || p.code === 'IN_FORCE_MISMATCH')).toEqual([])
    expect(problems.filter((p) => p.rule === 'T3-1').map((p) => p.path)).toEqual([
      '/tables/applications/newReceived/1',
      '/tables/applications/newReceived/6'
    ])
  })

  it('never overwrites a file without --force, and says so in Chinese', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-new-'))
    const file = join(dir, '2025.json')
    writeFileSync(file, 'keep me')
    const refused = runCli([...TOWNSHIP, '-o', file])
    expect([refused.status, refused.stdout, refused.stderr]).toEqual([2, '', `report：${file}：文件已存在，未覆盖（确需覆盖请加 --force）\n`])
    expect(readFileSync(file, 'utf8')).toBe('keep me')
    expect(runCli([...TOWNSHIP, '-o', file, '--force']).status).toBe(0)
    expect(readFileSync(file, 'utf8')).toBe(expected('new-township-2025.json'))
  })

  it.each([
    [['new', '--agency', '某某镇人民政府', '--publisher', 'township'], '缺少报告年度（--year）'],
    [['new', '--agency', '某某镇人民政府', '--year', '二〇二五', '--publisher', 'township'], '报告年度应为四位数字，实为“二〇二五”'],
    [['new', '--year', '2025', '--publisher', 'township'], '缺少机关名称'],
    [['new', '--agency', '某某镇人民政府', '--year', '2025'], '缺少发布机关类型（government、department 或 township）'],
    [
      ['new', '--agency', '某某镇人民政府', '--year', '2025', '--publisher', 'village'],
      '发布机关类型应为 government、department 或 township，实为“village”'
    ],
    [['new', '--year', '2025', '--previous', PREVIOUS], '上年报告应为 2024 年度，所给为 2022 年度']
  ])('refuses %j in Chinese with exit 2', (args, message) => {
    const { status, stdout, stderr } = runCli(args)
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain(message)
    expect(hasStackTrace(stderr)).toBe(false)
  })
})
