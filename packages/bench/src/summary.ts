/**
 * The last step of `npm run bench`: from the figures the benches wrote to the run's
 * results folder, the same figures by CPU time (what the load of a shared machine
 * leaves out; the batch as its CPU time over the cores), then the summary line,
 * last; exits 1 naming any figure no bench wrote. A run's folder named by
 * `REPORT_BENCH_RESULTS` is removed once read.
 */
import { clearFigures, missingFigures, readFigures, RESULTS_ENV, summaryLine } from './results.js'

const { wall, cpu } = readFigures()
if (process.env[RESULTS_ENV] !== undefined) clearFigures()
const missing = missingFigures(wall)
console.log(summaryLine(cpu, 'bench by CPU time'))
if (missing.length > 0) console.log(`bench summary: no figure for ${missing.join(', ')} (its bench failed or did not run; see above)`)
console.log(summaryLine(wall))
process.exitCode = missing.length > 0 ? 1 : 0
