import { PROBLEM_CODES } from '@report/model'
import { readWorkbook } from '@report/xlsx'
import { spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { auditTree } from './audit-tree.js'
import { jsonLines, runCli } from './run-cli.js'

interface Row {
  readonly rank: number
  readonly score: number
  readonly file: string
  readonly agency: string
  readonly errors: number
  readonly warnings: number
  readonly unreadable: string | null
  readonly byRule: Readonly<Record<string, number>>
}

/** The expected league table of the tree: rank, file, score and the rules that found something. */
const EXPECTED: ReadonlyArray<readonly [number, string, number, Readonly<Record<string, number>>]> = [
  [1, 'units/东城街道.docx', 100, {}],
  [1, 'units/交通运输局.json', 100, {}],
  [1, 'units/人力资源和社会保障局.json', 100, {}],
  [1, 'units/住房和城乡建设局.json', 100, {}],
  [1, 'units/公安局-更正.json', 100, {}],
  [1, 'units/公安局.json', 100, {}],
  [1, 'units/农业农村局.json', 100, {}],
  [1, 'units/北关街道.json', 100, {}],
  [1, 'units/南苑街道.json', 100, {}],
  [1, 'units/卫生健康委员会.json', 100, {}],
  [1, 'units/司法局.json', 100, {}],
  [1, 'units/城关镇.json', 100, {}],
  [1, 'units/文化广电和旅游局.json', 100, {}],
  [1, 'units/档案馆.json', 100, {}],
  [1, 'units/民政局.json', 100, {}],
  [1, 'units/自然资源局.json', 100, {}],
  [1, 'units/西城街道.pdf', 100, {}],
  [1, 'units/西河镇.json', 100, {}],
  [1, 'units/财政局.json', 100, {}],
  [20, 'units/东山镇.json', 98, { 'R-4': 1 }],
  [20, 'units/北坡乡.json', 98, { 'D-1': 1 }],
  [20, 'units/统计局.json', 98, { 'D-1': 1 }],
  [23, 'renshi-2020.json', 96, { 'X-1': 1, 'X-3': 1 }],
  [23, 'units/任市镇人民政府.txt', 96, { 'X-1': 1, 'X-3': 1 }],
  [23, 'units/应急管理局.json', 96, { 'V-1': 1, 'R-4': 1 }],
  [26, 'units/商务局.json', 88, { 'Y-1': 3, 'Y-2': 1, 'R-3': 2 }],
  [27, 'example-2022.json', 80, { 'R-1': 1 }],
  [27, 'units/审计局.json', 80, { 'T3-1': 1, 'T3-3': 1 }],
  [27, 'units/教育局.json', 80, { 'R-1': 1 }],
  [27, 'units/白沙镇.json', 80, { 'R-2': 1 }],
  [27, 'units/青石镇.json', 80, { 'R-2': 1 }],
  [32, 'hongze-2024.json', 74, { 'S-1': 1, 'S-2': 1, 'X-1': 1, 'R-1': 1 }],
  [33, 'units/医疗保障局.json', 0, { SCHEMA: 1 }]
]

let tree: ReturnType<typeof auditTree>
let run: ReturnType<typeof runCli>
const out = (name = '') => join(tree.root, 'out', name)
const league = (): ReadonlyArray<Row> =>
  readFileSync(out('league.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Row)

beforeAll(() => {
  tree = auditTree()
  run = runCli(['audit', tree.current, '--previous-dir', tree.previous, '--out', out(), '--json'])
}, 120_000)

describe('report audit over the real samples and fixtures/units', () => {
  it('gives the expected league table', () => {
    expect(league().map((r) => [r.rank, r.file, r.score, Object.fromEntries(Object.entries(r.byRule).filter(([, n]) => n > 0))])).toEqual(EXPECTED)
    expect(run.status).toBe(1)
  })

  it('fires R-1 and R-2 on the constructed cases only: silent on the real reports that are not copies', () => {
    const lines = jsonLines(run.stdout)
    const copying = lines.filter((l) => l.stage === 'copying')
    expect(copying.map((l) => [String(l.file).split('/').at(-1), (l.problems as ReadonlyArray<{ message: string }>)[0]?.message])).toEqual([
      ['白沙镇.json', '正文约 99.2% 与“示例县青石镇人民政府（units/青石镇.json）”的报告相同（超过 50.0%）'],
      ['青石镇.json', '正文约 99.2% 与“示例县白沙镇人民政府（units/白沙镇.json）”的报告相同（超过 50.0%）']
    ])
    const repeated = lines.flatMap((l) =>
      ((l.problems ?? []) as ReadonlyArray<{ code: string; message: string }>)
        .filter((p) => p.code === 'TEXT_REPEATED')
        .map((p) => [String(l.file).split('/').at(-1), p.message])
    )
    expect(repeated).toEqual([
      ['example-2022.json', '正文有 94.6% 与 2021 年度报告重复（超过 50.0%）'],
      ['hongze-2024.json', '正文有 54.0% 与 2023 年度报告重复（超过 50.0%）'],
      ['教育局.json', '正文有 100.0% 与 2021 年度报告重复（超过 50.0%）']
    ])
    expect(lines.at(-1)).toMatchObject({ file: null, ok: false, stage: 'summary', reports: 33, unreadable: 1, copyPairs: 1, previous: 5 })
  })

  it('reads the Word file and the PDF, lists the file it could not read with its reason, and goes on', () => {
    const unreadable = league().filter((r) => r.unreadable !== null)
    expect(unreadable.map((r) => [r.file, r.unreadable?.replace(tree.current + '/', '')])).toEqual([
      ['units/医疗保障局.json', 'units/医疗保障局.json：不能解码为报告']
    ])
    expect(league().find((r) => r.file === 'units/西城街道.pdf')).toMatchObject({
      agency: '示例县西城街道办事处',
      unreadable: null,
      errors: 0,
      warnings: 0
    })
    expect(league().find((r) => r.file === 'units/东城街道.docx')).toMatchObject({
      agency: '示例县东城街道办事处',
      unreadable: null,
      errors: 0,
      warnings: 0
    })
  })

  it('writes the same table as CSV and as a workbook, and the same bytes again', async () => {
    const csv = readFileSync(out('league.csv'), 'utf8')
      .slice(1)
      .split('\r\n')
      .filter((l) => l !== '')
    const [sheet] = await readWorkbook(readFileSync(out('league.xlsx')))
    expect(sheet?.name).toBe('排名')
    expect(csv.map((l) => l.split(','))).toEqual(sheet?.rows.map((r) => r.map((v) => String(v ?? ''))))
    expect(sheet?.rows.slice(1).map((r) => [r[0], r[2], r[1]])).toEqual(EXPECTED.map(([rank, file, score]) => [rank, file, score]))
    const again = join(tree.root, 'again')
    runCli(['audit', tree.current, '--previous-dir', tree.previous, '--out', again])
    for (const f of ['league.csv', 'league.xlsx', 'league.jsonl', 'summary.html'])
      expect(readFileSync(join(again, f)).equals(readFileSync(out(f)))).toBe(true)
  })
})

describe('the summary page, in Chromium from disk', () => {
  it('asks for nothing but itself, draws the counts of the table, and sorts by a clicked column', async () => {
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
    try {
      const page = await browser.newPage()
      const requests: Array<string> = []
      page.on('request', (r) => requests.push(r.url()))
      await page.goto(`file://${out('summary.html')}`)
      expect(requests).toEqual([`file://${out('summary.html')}`])
      const rows = league()
      const byRule = await page.$$eval('#by-rule .bar', (bars) =>
        bars.map((b) => [b.getAttribute('data-rule'), Number(b.getAttribute('data-count')), b.querySelector('.count')?.textContent])
      )
      const totals = new Map<string, number>()
      for (const r of rows) for (const [rule, n] of Object.entries(r.byRule)) if (n > 0) totals.set(rule, (totals.get(rule) ?? 0) + n)
      const order = [...new Set(Object.values(PROBLEM_CODES).map((c) => c.rule))]
      expect(byRule).toEqual(order.filter((rule) => totals.has(rule)).map((rule) => [rule, totals.get(rule), String(totals.get(rule))]))
      const byUnit = await page.$$eval('#by-unit .bar', (bars) => bars.map((b) => [b.getAttribute('data-file'), Number(b.getAttribute('data-count'))]))
      expect(byUnit[0]).toEqual(['units/商务局.json', 6])
      expect(byUnit).toHaveLength(EXPECTED.filter(([, , , byRule]) => Object.keys(byRule).length > 0).length)
      expect(await page.textContent('#reports')).toBe('33')
      const column = (i: number) => page.$$eval(`#league tbody tr td:nth-child(${i})`, (cells) => cells.map((c) => c.textContent ?? ''))
      expect(await column(3)).toEqual(EXPECTED.map(([, file]) => file))
      await page.click('#league th:nth-child(2)')
      const ascending = (await column(2)).map(Number)
      expect(ascending).toEqual([...ascending].sort((a, b) => a - b))
      expect(ascending[0]).toBe(0)
      await page.click('#league th:nth-child(2)')
      expect((await column(2)).map(Number)).toEqual(EXPECTED.map(([, , score]) => score))
      await page.click('#league th:nth-child(4)')
      const agencies = await column(4)
      expect(agencies).toEqual([...agencies].sort())
      expect(await page.getAttribute('#league th:nth-child(4)', 'aria-sort')).toBe('ascending')
    } finally {
      await browser.close()
    }
  }, 60_000)
})

describe('Ctrl-C', () => {
  it('stops the batch with exit 130 and leaves the complete outputs of the last run, no temporary file', async () => {
    const big = join(tree.root, 'big')
    mkdirSync(big)
    for (let i = 0; i < 400; i++) copyFileSync(join(tree.current, 'units', '财政局.json'), join(big, `财政局-${String(i).padStart(3, '0')}.json`))
    const before = readFileSync(out('league.csv'))
    const child = spawn(process.execPath, [new URL('../dist/main.js', import.meta.url).pathname, 'audit', big, '--out', out(), '--json'])
    const code = await new Promise<number | null>((resolve) => {
      let sent = false
      child.stdout.on('data', () => {
        if (!sent) {
          sent = true
          child.kill('SIGINT')
        }
      })
      child.on('exit', (c) => resolve(c))
    })
    expect(code).toBe(130)
    expect(readdirSync(out()).sort()).toEqual(['league.csv', 'league.jsonl', 'league.xlsx', 'summary.html'])
    expect(readFileSync(out('league.csv')).equals(before)).toBe(true)
  }, 60_000)
})
