/**
 * The audit bench: `report audit` over 1,000 generated reports (`SIZES`), with
 * last year's report of every agency, timed as the user runs it (the built
 * command in a child process), with its peak memory, against the
 * single-report validate rate measured in this run. The reports are fixtures
 * varied by `varyReport` (every relation kept), their texts their own; one report
 * in 200 copies another agency's text, for R-2 to find.
 */
import { fixturePath } from '@report/fixtures'
import { formatReportJson, parseReport, validateText, type Report } from '@report/model'
import { loadAverages, median, rates } from '@report/bench'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { varyReport } from './vary-report.js'

const read = (name: string): Report => parseReport(readFileSync(fixturePath(name, 'report.json'), 'utf8')).report as Report
const base = read('example-department-2022')
const base2021 = read('example-department-2021')
const MAIN = new URL('../dist/main.js', import.meta.url).pathname
const LIMIT_1000 = 30_000
/** The sizes audited: 1,000, its target; 10,000 (ten times as long) is left out to keep `npm run bench` within minutes. */
const SIZES = [1_000]
/** Records the child's peak memory at exit (process.resourceUsage().maxRSS, in KB). */
const RSS_HOOK = 'data:text/javascript,process.on("exit",()=>process.stderr.write("maxRSS "+process.resourceUsage().maxRSS+"\\n"))'

const generate = (dir: string, n: number): void => {
  mkdirSync(join(dir, 'current'), { recursive: true })
  mkdirSync(join(dir, 'previous'), { recursive: true })
  for (let i = 0; i < n; i++) {
    const agency = `示例县第${i}号单位`
    const publisher = i % 3 === 0 ? 'township' : 'department'
    const textSeed = i % 200 === 199 ? i - 1 : i
    writeFileSync(join(dir, 'current', `${i}.json`), formatReportJson(varyReport(base, { seed: i, textSeed, agency, publisher, published: '2023-01-20' })))
    writeFileSync(
      join(dir, 'previous', `${i}.json`),
      formatReportJson(varyReport(base2021, { seed: i, textSeed: i + n, agency, publisher, published: '2022-01-20' }))
    )
  }
}

interface Measured {
  readonly ms: number
  readonly maxRssMb: number
  readonly reports: number
  readonly pairs: number
}

const audit = (dir: string): Measured => {
  const start = process.hrtime.bigint()
  const args = ['--import', RSS_HOOK, MAIN, 'audit', join(dir, 'current'), '--previous-dir', join(dir, 'previous'), '--out', join(dir, 'out'), '--json']
  const { status, stdout, stderr } = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  // Exit 1 (some report has errors) still audits everything; anything else is a failure of the bench.
  if (status !== 0 && status !== 1) throw new Error(`report audit exited ${status}: ${stderr.slice(0, 500)}`)
  const summary = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as { reports: number; copyPairs: number }
  const rss = Number(/maxRSS (\d+)/.exec(stderr)?.[1] ?? NaN)
  return { ms, maxRssMb: rss / 1024, reports: summary.reports, pairs: summary.copyPairs }
}

const text = readFileSync(fixturePath('example-department-2022', 'report.json'), 'utf8')
const validateRate = median(rates(() => validateText(text), 500).wall)

console.log(`@report/cli audit, load ${loadAverages()} (2 cores shared)`)
console.log(`validateText of one report (baseline, in process): ${Math.round(validateRate).toLocaleString('en')} reports/s`)
for (const n of SIZES) {
  const dir = mkdtempSync(join(tmpdir(), `audit-bench-${n}-`))
  try {
    generate(dir, n)
    const m = audit(dir)
    const rate = (m.reports / m.ms) * 1000
    console.log(
      `audit ${n.toLocaleString('en')} reports (+ ${n.toLocaleString('en')} of last year): ${(m.ms / 1000).toFixed(1)} s, ${Math.round(rate).toLocaleString('en')} reports/s ` +
        `(${(validateRate / rate).toFixed(1)}× the time of validate alone), peak memory ${m.maxRssMb.toFixed(0)} MB, ${m.pairs} copied pairs found (${n / 200} planted)`
    )
    if (n === 1_000) console.log(`target 1,000 in ≤ 30 s: ${m.ms <= LIMIT_1000 ? 'met' : 'NOT met'}`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
