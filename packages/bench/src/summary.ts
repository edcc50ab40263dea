/**
 * The last step of `npm run bench`: `node packages/bench/dist/summary.js --clear`
 * before the benches removes an earlier run's figures; with no argument after them,
 * it prints the summary line last, and exits 1 naming any figure no bench wrote.
 */
import { clearFigures, missingFigures, readFigures, summaryLine } from './results.js'

if (process.argv.includes('--clear')) {
  clearFigures()
} else {
  const figures = readFigures()
  const missing = missingFigures(figures)
  if (missing.length > 0) console.log(`bench summary: no figure for ${missing.join(', ')} (its bench failed or did not run; see above)`)
  console.log(summaryLine(figures))
  process.exitCode = missing.length > 0 ? 1 : 0
}
