/**
 * `npm run fuzz:text -w @report/import`: 100,000 mutations of the real text inputs
 * imported one by one; counts the crashes (an exception, or no notes and no report)
 * and the hangs (an import over 2 s), and prints the first of each with its seed.
 */
import { importReport } from '@report/import'
import { TEXT_INPUTS, textMutant } from './text-mutations.js'

const COUNT = Number(process.argv[2] ?? 100_000)
const HANG_MS = 2_000
let crashes = 0
let hangs = 0
let reports = 0
let slowest = 0
const start = performance.now()
for (let seed = 0; seed < COUNT; seed++) {
  const mutant = textMutant(seed)
  const t = performance.now()
  try {
    const result = importReport(mutant.bytes, { name: mutant.name })
    if (result.report === undefined && result.notes.length === 0) throw new Error('no report and no note')
    if (result.report !== undefined) reports += 1
  } catch (e) {
    crashes += 1
    if (crashes <= 5) console.log(`crash: seed ${seed} (${mutant.name}, ${mutant.kind}): ${String(e)}`)
  }
  const ms = performance.now() - t
  slowest = Math.max(slowest, ms)
  if (ms > HANG_MS) {
    hangs += 1
    if (hangs <= 5) console.log(`hang: seed ${seed} (${mutant.name}, ${mutant.kind}): ${Math.round(ms)} ms`)
  }
}
console.log(
  `${COUNT.toLocaleString('en')} mutations of ${TEXT_INPUTS.length} real texts in ${((performance.now() - start) / 1000).toFixed(0)} s: ${crashes} crashes, ${hangs} hangs (over ${HANG_MS} ms), ${reports.toLocaleString('en')} reports, slowest ${Math.round(slowest)} ms`
)
process.exitCode = crashes + hangs === 0 ? 0 : 1
