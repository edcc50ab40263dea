/**
 * `npm run bench` for @report/import: published reports imported per second on one
 * core (decoding, structure, tables, notes and every check), against two baselines
 * measured in the same run: decoding the bytes and splitting them into lines (the
 * least any importer does), and validating the finished report JSON. Its rate is
 * the summary line's `import` figure.
 */
import { importReport } from '@report/import'
import { validateReport } from '@report/model'
import { readFileSync } from 'node:fs'
import { perSecond, rate, rates, spread, table, target, writeFigures, type Rates } from '@report/bench'
import { fixturePath } from '@report/fixtures'

const NAMES = ['renshi-town-2020', 'hongze-district-2023', 'hongze-district-2024']
const sources = NAMES.map((n) => readFileSync(fixturePath(n, 'source.txt')))
const reports = NAMES.map((n) => JSON.parse(readFileSync(fixturePath(n, 'report.json'), 'utf8')) as unknown)
const TARGET = 500

const at = <A>(xs: ReadonlyArray<A>, i: number): A => xs[i % xs.length] as A
const decoder = new TextDecoder()
const medianRate = (task: (i: number) => unknown, iterations: number, rounds = 7): number => spread(rates(task, iterations, rounds).wall).median

const lines = rates((i) => decoder.decode(at(sources, i)).split('\n'), 20_000)
const validate = rates((i) => validateReport(at(reports, i)), 5_000)
const imported = rates((i) => importReport(at(sources, i)), 2_000)
const median = (xs: ReadonlyArray<number>) => spread(xs).median

const row = (name: string, r: Rates) => [
  name,
  perSecond(spread(r.wall)),
  `${(median(lines.wall) / median(r.wall)).toFixed(1)}× the time of decode + split`,
  `CPU ${rate(median(r.cpu))}`
]
console.log(`@report/import, ${NAMES.length} published reports (${NAMES.join(', ')}), 7 rounds, one core`)
console.log(
  table([
    row('decode + split into lines (baseline)', lines),
    row('validateReport of the report JSON', validate),
    row('importReport (with every check)', imported)
  ])
)
console.log(
  `import: ${target(median(imported.wall), 'at least', TARGET, ' reports/s')} (${(median(imported.wall) / TARGET).toFixed(2)}× the target; by CPU time ${rate(median(imported.cpu))})`
)
writeFigures('import', { import: median(imported.wall) }, { import: median(imported.cpu) })

// One large input: 2.6 MB of a table row of the 2023 Hongze text repeated (issue 13: was 108 s).
const hongze = decoder.decode(sources[1])
const repeated = `${hongze.split('\n').find((l) => l.includes('总计') && /\d\s+\d/.test(l)) ?? ''}\n`
const large = hongze.replace(repeated, repeated.repeat(Math.ceil(2.6e6 / Buffer.byteLength(repeated))))
const bytes = new TextEncoder().encode(large)
const split = medianRate(() => decoder.decode(bytes).split('\n'), 20)
const big = medianRate(() => importReport(bytes), 1, 5)
console.log(
  `importReport of ${(bytes.length / 1e6).toFixed(1)} MB of one table row repeated: ${(1000 / big).toFixed(0)} ms (decode + split of it: ${(1000 / split).toFixed(0)} ms, ${(split / big).toFixed(0)}×); target < 3000 ms: ${1000 / big < 3000 ? 'met' : 'NOT met'}`
)
