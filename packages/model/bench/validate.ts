/**
 * `npm run bench` for @report/model: decode and the checks, in reports per second on
 * one core, against JSON.parse of the same reports as the baseline.
 */
import { CHECKS, checkText, decodeReport, validateReport } from '@report/model'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { opsPerSecond } from '@report/bench'
import { FIXTURES as fixtures } from '@report/fixtures'

/** The well-formed reports: every fixture folder but the broken variants. */
const texts = readdirSync(fixtures, { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'broken' && existsSync(join(fixtures, e.name, 'report.json')))
  .map((e) => readFileSync(join(fixtures, e.name, 'report.json'), 'utf8'))
const values = texts.map((t) => JSON.parse(t) as unknown)

let i = 0
const next = <A>(xs: ReadonlyArray<A>): A => xs[i++ % xs.length] as A

const parse = opsPerSecond(() => JSON.parse(next(texts)), 20_000)
const decode = opsPerSecond(() => decodeReport(next(values)), 20_000)
const validate = opsPerSecond(() => validateReport(next(values)), 20_000)
/** The checks of the tables, dates and structure: every check but the text checks X-1..X-3. */
const TABLE_CHECKS = CHECKS.filter((check) => check !== checkText)
const tables = opsPerSecond(() => {
  const decoded = decodeReport(next(values))
  const { report } = decoded
  return report !== undefined ? TABLE_CHECKS.flatMap((check) => check(report)) : decoded.problems
}, 20_000)

const row = (name: string, rate: number) =>
  `${name.padEnd(34)} ${Math.round(rate).toLocaleString('en').padStart(10)} reports/s   ${(parse / rate).toFixed(2)}× the baseline's time`
console.log(`@report/model, ${values.length} fixture reports, median of 7 rounds, one core`)
console.log(row('JSON.parse (baseline)', parse))
console.log(row('decode', decode))
console.log(row('decode + checks but X-1..X-3', tables))
console.log(row('decode + all checks', validate))
