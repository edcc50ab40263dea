import { checkAgainstChildren, decodeReport, parseReport, setAt, type Report } from '@report/model'
import { readWorkbook, writeWorkbook } from '@report/xlsx'
import { fixturePath } from '@report/fixtures'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { hasStackTrace, jsonLines, runCli } from './run-cli.js'

const REPORTS = fixturePath('units', 'reports')
const ROSTER = fixturePath('units', 'units.csv')
const args = (out: string) => ['aggregate', REPORTS, '--roster', ROSTER, '--agency', '示例县人民政府', '--year', '2022', '-o', join(out, 'county.json')]

/** The expected status of every roster unit (fixtures/units/README.md), then the file no unit claims. */
const EXPECTED: ReadonlyArray<readonly [string, string, string]> = [
  ['示例县财政局', 'valid', '财政局.json'],
  ['示例县教育局', 'valid', '教育局.json'],
  ['示例县公安局', 'duplicate', '公安局-更正.json、公安局.json'],
  ['示例县民政局', 'valid', '民政局.json'],
  ['示例县人力资源和社会保障局', 'valid', '人力资源和社会保障局.json'],
  ['示例县自然资源局', 'valid', '自然资源局.json'],
  ['示例县住房和城乡建设局', 'valid', '住房和城乡建设局.json'],
  ['示例县交通运输局', 'valid', '交通运输局.json'],
  ['示例县水利局', 'missing', ''],
  ['示例县农业农村局', 'valid', '农业农村局.json'],
  ['示例县商务局', 'valid', '商务局.json'],
  ['示例县文化广电和旅游局', 'valid', '文化广电和旅游局.json'],
  ['示例县卫生健康委员会', 'valid', '卫生健康委员会.json'],
  ['示例县应急管理局', 'other-format', '应急管理局.json'],
  ['示例县审计局', 'errors', '审计局.json'],
  ['示例县统计局', 'late', '统计局.json'],
  ['示例县医疗保障局', 'unreadable', '医疗保障局.json'],
  ['示例县司法局', 'valid', '司法局.json'],
  ['示例县城关镇人民政府', 'valid', '城关镇.json'],
  ['示例县东山镇人民政府', 'valid', '东山镇.json'],
  ['示例县西河镇人民政府', 'valid', '西河镇.json'],
  ['示例县南岭乡人民政府', 'missing', ''],
  ['示例县北坡乡人民政府', 'late', '北坡乡.json'],
  ['示例县青石镇人民政府', 'valid', '青石镇.json'],
  ['示例县白沙镇人民政府', 'valid', '白沙镇.json'],
  ['任市镇人民政府', 'other-year', '任市镇人民政府.txt'],
  ['示例县东城街道办事处', 'valid', '东城街道.docx'],
  ['示例县西城街道办事处', 'valid', '西城街道.pdf'],
  ['示例县南苑街道办事处', 'valid', '南苑街道.json'],
  ['示例县北关街道办事处', 'valid', '北关街道.json'],
  ['示例县档案馆', 'unmatched', '档案馆.json']
]
const SUMMED = EXPECTED.filter(([, status]) => status === 'valid' || status === 'late').map(([, , file]) => file)

const readReport = (file: string): Report => {
  const { report, problems } = parseReport(readFileSync(file, 'utf8'))
  if (report === undefined) throw new Error(`${file}: ${JSON.stringify(problems)}`)
  return report
}

let out: string
let run: ReturnType<typeof runCli>

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'aggregate-'))
  run = runCli([...args(out), '--json'])
}, 120_000)

describe('report aggregate over the 30 unit reports of fixtures/units', () => {
  it('lists every roster unit with its status and file, then the file of no unit, and exits 1 (units missing)', () => {
    expect(run.status).toBe(1)
    expect(run.stderr).toBe('')
    const lines = jsonLines(run.stdout)
    expect(
      lines
        .slice(0, -1)
        .map((l) => [
          l.unit ?? ((l.problems as ReadonlyArray<unknown>) && '示例县档案馆'),
          l.status,
          (l.files as ReadonlyArray<string>).map((f) => f.split('/').at(-1)).join('、')
        ])
    ).toEqual(EXPECTED)
    expect(lines.find((l) => l.unit === '示例县医疗保障局')?.error).toEqual({
      code: 'REPORT_UNDECODABLE',
      message: `${join(REPORTS, '医疗保障局.json')}：不能解码为报告`
    })
    expect(lines.at(-1)).toMatchObject({ file: null, ok: false, status: 'aggregate', summed: 23, output: join(out, 'county.json'), error: null })
  })

  it('writes the region report: the sum of the 23 valid and late reports (the Word file and the PDF read as their sources), scope region, its text left to write', () => {
    const county = readReport(join(out, 'county.json'))
    expect([county.agency, county.scope, county.publisher, county.year, county.format]).toEqual(['示例县人民政府', 'region', 'government', 2022, '2021'])
    expect(county.sections.map((s) => [s.role, s.paragraphs.length, s.subsections ?? []])).toEqual(
      ['overview', 'active', 'applications', 'review', 'problems', 'other'].map((role) => [role, 0, []])
    )
    // The Word file and the PDF were rendered from fixtures/units/sources: their tables are read back exactly.
    const units = SUMMED.map((f) =>
      readReport(/\.(docx|pdf)$/.test(f) ? fixturePath('units', 'sources', f.replace(/\.(docx|pdf)$/, '.json')) : join(REPORTS, f))
    )
    const received = units.reduce((a, r) => a + Number(r.tables.applications?.newReceived[6]), 0)
    expect(county.tables.applications?.newReceived[6]).toBe(received)
    expect(checkAgainstChildren(county, units)).toEqual([])
  })

  it('validates to its empty text sections only, and renders to PDF without printing text it does not have', () => {
    const file = join(out, 'county.json')
    const validated = jsonLines(runCli(['validate', file, '--json']).stdout)[0]
    expect((validated?.problems as ReadonlyArray<{ code: string; where: string }>).map((p) => [p.code, p.where])).toEqual([
      ['SECTION_EMPTY', '正文 第1节'],
      ['SECTION_EMPTY', '正文 第5节'],
      ['SECTION_EMPTY', '正文 第6节'],
      ['PUBLISHED_MISSING', '发布日期']
    ])
    const pdf = join(out, 'county.pdf')
    const rendered = runCli(['render', file, '-o', pdf, '--bundled-fonts'])
    expect(rendered.status).toBe(0)
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout
    const between = (a: string, b: string) => text.slice(text.indexOf(a) + a.length, text.indexOf(b)).trim()
    expect(between('一、总体情况', '二、主动公开政府信息情况')).toBe('')
    expect(text).toContain(String(readReport(file).tables.applications?.newReceived[6]))
  }, 90_000)

  it('writes the workbook: the units sheet with the expected rows, and every problem with its place', async () => {
    const [units, problems] = await readWorkbook(readFileSync(join(out, 'county.units.xlsx')))
    expect(units?.rows[0]?.slice(0, 6)).toEqual(['行', '单位', '类型', '状态', '状态代码', '文件'])
    expect(units?.rows[0]?.slice(6)).toEqual([
      '表三 一、本年新收政府信息公开申请数量 · 总计',
      '表三 三、本年度办理结果 （七）总计 · 总计',
      '表四 行政复议 · 总计',
      '表四 行政诉讼 未经复议直接起诉 · 总计',
      '表四 行政诉讼 复议后起诉 · 总计',
      '错误',
      '警告'
    ])
    expect(units?.rows.slice(1).map((r) => [r[1], r[4], r[5] ?? ''])).toEqual(EXPECTED)
    const audit = units?.rows.find((r) => r[1] === '示例县审计局')
    const a = readReport(join(REPORTS, '审计局.json')).tables
    const totals = [
      a.applications?.newReceived[6],
      a.applications?.results.total[6],
      a.review?.reconsideration[4],
      a.review?.directSuit[4],
      a.review?.suitAfterReconsideration[4]
    ]
    expect(audit).toEqual([16, '示例县审计局', '部门', '已收到，有错误', 'errors', '审计局.json', ...totals, 2, 0])
    expect(problems?.name).toBe('问题')
    expect(problems?.rows).toContainEqual([
      '审计局.json',
      '示例县审计局',
      '错误',
      'T3-1',
      'APPLICATION_BALANCE',
      '表三 一、本年新收政府信息公开申请数量 · 自然人',
      '/tables/applications/newReceived/0',
      expect.stringContaining('≠ 办理结果总计')
    ])
    expect(problems?.rows).toContainEqual([
      '医疗保障局.json',
      '示例县医疗保障局',
      '错误',
      null,
      'REPORT_UNDECODABLE',
      '文件',
      null,
      expect.stringContaining('不能解码为报告')
    ])
  })

  it('writes the CSV with the workbook rows, and the same bytes on a second run', async () => {
    const csv = readFileSync(join(out, 'county.units.csv'), 'utf8')
    expect(csv.startsWith('\uFEFF行,单位,类型,状态,状态代码,文件,')).toBe(true)
    const [units] = await readWorkbook(readFileSync(join(out, 'county.units.xlsx')))
    const lines = csv
      .slice(1)
      .split('\r\n')
      .filter((l) => l !== '')
    expect(lines.map((l) => l.split(','))).toEqual(units?.rows.map((r) => r.map((v) => String(v ?? ''))))
    expect(lines).toHaveLength(EXPECTED.length + 1)
    const again = mkdtempSync(join(tmpdir(), 'aggregate-'))
    runCli(args(again))
    for (const f of ['county.json', 'county.units.xlsx', 'county.units.csv'])
      expect(readFileSync(join(again, f)).equals(readFileSync(join(out, f)))).toBe(true)
  })

  it('prints the status table for people', () => {
    const people = runCli(args(mkdtempSync(join(tmpdir(), 'aggregate-'))))
    expect(people.status).toBe(1)
    const lines = people.stdout.split('\n')
    expect(lines[0]).toMatch(/^行 +单位 +类型 +状态 +文件 +错误 +警告$/)
    expect(lines.find((l) => l.includes('示例县水利局'))).toMatch(/^10 +示例县水利局 +部门 +未收到$/)
    expect(people.stdout).toContain('已汇总 23 个单位的报告（共 30 个应报送单位）')
  })
})

describe('H-1 through report validate --children', () => {
  it('flags a region report whose table 三 differs from its units by one cell, and only that cell', () => {
    const dir = mkdtempSync(join(tmpdir(), 'children-'))
    mkdirSync(join(dir, 'units'))
    for (const f of SUMMED) copyFileSync(join(REPORTS, f), join(dir, 'units', f))
    const county = readReport(join(out, 'county.json'))
    const path = ['tables', 'applications', 'results', 'partlyDisclosed', 2]
    const wrong = decodeReport(setAt(county, path, Number(county.tables.applications?.results.partlyDisclosed[2]) + 4)).report as Report
    writeFileSync(join(dir, 'county.json'), JSON.stringify(wrong))
    const { status, stdout } = runCli(['validate', join(dir, 'county.json'), '--children', join(dir, 'units'), '--json'])
    // 1: the changed cell no longer adds up in the region's own table (T3-2, T3-3); H-1 names only that cell.
    expect(status).toBe(1)
    const h1 = (jsonLines(stdout)[0]?.problems as ReadonlyArray<{ rule: string }>).filter((p) => p.rule === 'H-1')
    expect(h1).toEqual([
      {
        code: 'CHILDREN_TOTAL_MISMATCH',
        rule: 'H-1',
        severity: 'warning',
        path: '/tables/applications/results/partlyDisclosed/2',
        where: '表三 三、本年度办理结果 （二）部分公开（区分处理的，只计这一情形，不计其他情形） · 科研机构',
        message: `本报告为 ${Number(county.tables.applications?.results.partlyDisclosed[2]) + 4}，23 个下级单位的报告合计为 ${county.tables.applications?.results.partlyDisclosed[2]}（相差 +4）`
      }
    ])
  })

  it('lists the roster units missing from the folder instead of summing them as 0', () => {
    const { stdout } = runCli(['validate', join(out, 'county.json'), '--children', REPORTS, '--roster', ROSTER, '--json'])
    const h1 = (jsonLines(stdout)[0]?.problems as ReadonlyArray<{ code: string; message: string }>).filter((p) => p.code.startsWith('CHILD'))
    expect(h1.map((p) => p.code)).toEqual(Array.from({ length: 8 }, () => 'CHILD_REPORT_MISSING'))
    expect(h1.map((p) => p.message)).toContain('下级单位“示例县水利局”未计入合计（不按 0 计）：目录中没有其报告')
    expect(h1.map((p) => p.message)).toContain('下级单位“示例县审计局”未计入合计（不按 0 计）：审计局.json 有错误')
  })
})

describe('a roster that cannot be used is refused, naming its row', () => {
  const refuse = (name: string, content: string | Uint8Array) => {
    const dir = mkdtempSync(join(tmpdir(), 'roster-'))
    writeFileSync(join(dir, name), content)
    return runCli(['aggregate', REPORTS, '--roster', join(dir, name), '--agency', '示例县人民政府', '--year', '2022'])
  }

  it.each([
    [
      'a duplicate name',
      'units.csv',
      '名称,类型\n示例县财政局,部门\n示例县教育局,部门\n财政局,部门\n',
      '第 4 行“财政局”与第 2 行“示例县财政局”是同一单位（名称重复）'
    ],
    [
      'an unknown kind',
      'units.csv',
      '名称,类型\n示例县财政局,部门\n示例县某某镇人民政府,村\n',
      '第 3 行“示例县某某镇人民政府”的类型“村”无法识别，应为部门、乡镇、街道或政府'
    ],
    ['an open quote', 'units.csv', '名称,类型\n"示例县财政局,部门\n', '第 2 行的引号没有闭合'],
    ['no kind column', 'units.csv', '名称\n示例县财政局\n', '第 1 行应为列名，至少有“名称”和“类型”两列（实为：名称）'],
    ['text that is not UTF-8', 'units.csv', Buffer.from([0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0x0a]), '不是 UTF-8 编码的 CSV 文件']
  ])('%s', (_, name, content, message) => {
    const { status, stdout, stderr } = refuse(name, content)
    expect(status).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toContain(message)
    expect(stderr.startsWith(`report：${tmpdir()}`)).toBe(true)
    expect(hasStackTrace(stderr)).toBe(false)
  })

  it('reads a roster workbook, and names the row of a cell it cannot read', async () => {
    const book = await writeWorkbook([
      {
        name: '名单',
        columns: [{ header: '名称' }, { header: '类型' }],
        rows: [
          ['示例县财政局', '部门'],
          ['示例县某某镇人民政府', 'government']
        ]
      }
    ])
    const ok = refuse('units.xlsx', book)
    expect(ok.stdout).toMatch(/^3 +示例县某某镇人民政府 +政府 +未收到$/m)
    const bad = refuse('units.xlsx', Buffer.from('not a workbook'))
    expect(bad.status).toBe(1)
    expect(bad.stderr).toContain('无法读取为 Excel 工作簿（.xlsx）')
  })
})
