/**
 * The checks bench: decode and the checks, in reports per second on one core,
 * against JSON.parse of the same reports as the baseline. The reports are every
 * well-formed fixture and 30 varied by `varyReport` from three of them (two
 * formats), cycled so that no report is checked twice in a row. Each call parses
 * its report afresh, as `report validate` does, and the rates of decode and the
 * checks are given with JSON.parse's time taken off: the same objects checked
 * again would measure caches (the decoder hands a valid input back as it is, and
 * the text checks keep a report's sentences while it lives), not the checks.
 * The four tasks run in interleaved rounds, so that a drifting load hits each alike.
 */
import { interleavedRates, median, perSecond, rate, ratio, spread, table, target, writeFigures } from '@report/bench'
import { FIXTURES as fixtures } from '@report/fixtures'
import { CHECKS, checkText, decodeReport, formatReportJson, validateReport, type Report } from '@report/model'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { varyReport } from './vary-report.js'

/** Calls a round, and rounds after the warm-up round. */
const ITERATIONS = 10_000
const ROUNDS = 7
const VARIED = 30
const TARGET = 50_000

const fixtureTexts = readdirSync(fixtures, { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'broken' && existsSync(join(fixtures, e.name, 'report.json')))
  .map((e) => readFileSync(join(fixtures, e.name, 'report.json'), 'utf8'))
const bases = ['renshi-town-2020', 'example-department-2021', 'example-department-2022'].map(
  (name) => decodeReport(JSON.parse(readFileSync(join(fixtures, name, 'report.json'), 'utf8'))).report as Report
)
const varied = Array.from({ length: VARIED }, (_, i) =>
  formatReportJson(
    varyReport(bases[i % bases.length] as Report, {
      seed: i + 1,
      agency: `示例县第${i + 1}号单位`,
      publisher: i % 3 === 0 ? 'township' : 'department',
      published: '2023-01-20'
    })
  )
)
const texts = [...fixtureTexts, ...varied]
const at = <A>(xs: ReadonlyArray<A>, i: number): A => xs[i % xs.length] as A

/** The checks of the tables, dates and structure: every check but the text checks X-1..X-3. */
const TABLE_CHECKS = CHECKS.filter((check) => check !== checkText)
const measured = interleavedRates(
  {
    parse: (i) => JSON.parse(at(texts, i)),
    decode: (i) => decodeReport(JSON.parse(at(texts, i))),
    tables: (i) => {
      const decoded = decodeReport(JSON.parse(at(texts, i)))
      const { report } = decoded
      return report !== undefined ? TABLE_CHECKS.flatMap((check) => check(report)) : decoded.problems
    },
    all: (i) => validateReport(JSON.parse(at(texts, i)))
  },
  ITERATIONS,
  ROUNDS
)
const wall = (key: keyof typeof measured) => spread(measured[key].wall)
const cpu = (key: keyof typeof measured) => median(measured[key].cpu)
/** The rate of what a task does beyond JSON.parse: its median time less parse's. */
const beyondParse = (task: number, parse: number): number => 1 / (1 / task - 1 / parse)
const net = (key: Exclude<keyof typeof measured, 'parse'>) => beyondParse(wall(key).median, wall('parse').median)
const netCpu = (key: Exclude<keyof typeof measured, 'parse'>) => beyondParse(cpu(key), cpu('parse'))

const row = (name: string, key: keyof typeof measured) => [
  name,
  perSecond(wall(key)),
  key === 'parse' ? '' : `${rate(net(key))} beyond JSON.parse, ${ratio(wall('parse').median, net(key))} its time`,
  `CPU ${rate(key === 'parse' ? cpu(key) : netCpu(key))}`
]
console.log(
  `@report/cli checks bench: ${fixtureTexts.length} fixture reports and ${VARIED} varied, ${ROUNDS} rounds of ${ITERATIONS.toLocaleString('en')}, one core`
)
console.log(
  table([
    row('JSON.parse of the same text (baseline)', 'parse'),
    row('JSON.parse + decode', 'decode'),
    row('JSON.parse + decode + checks but X-1..X-3', 'tables'),
    row('JSON.parse + decode + every check', 'all')
  ])
)
console.log(
  `decode + every check, JSON.parse's time taken off: ${target(net('all'), 'at least', TARGET, ' reports/s')} (by CPU time ${rate(netCpu('all'))})`
)
writeFigures('checks', { checks: net('all') }, { checks: netCpu('all') })
