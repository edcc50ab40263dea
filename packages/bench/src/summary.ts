/**
 * The last step of `npm run bench`: prints the summary line last, from the figures
 * the benches wrote to the run's results folder, and exits 1 naming any figure no
 * bench wrote; a run's folder named by `REPORT_BENCH_RESULTS` is removed once read.
 */
import { clearFigures, missingFigures, readFigures, RESULTS_ENV, summaryLine } from './results.js'

const figures = readFigures()
if (process.env[RESULTS_ENV] !== undefined) clearFigures()
const missing = missingFigures(figures)
if (missing.length > 0) console.log(`bench summary: no figure for ${missing.join(', ')} (its bench failed or did not run; see above)`)
console.log(summaryLine(figures))
process.exitCode = missing.length > 0 ? 1 : 0
