/**
 * The batch bench: 1,000 reports varied from the sample, written to a temporary
 * folder first, through `report render … --out-dir … --bundled-fonts` on every
 * core, timing only the command; with reports per second and the time a report
 * beyond the cold start of one `report render` measured in this run, and the CPU
 * time (`child.ts`) the batch took, workers included.
 */
import { loadAverages, ms, msSpread, spread, target, timeMs, writeFigures } from '@report/bench'
import { formatReportJson } from '@report/model'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runNode } from './child.js'
import { SAMPLE_PATH, sampleReports } from './sample.js'

const REPORTS = 1_000
/** Cold runs of one report, for the start-up the batch pays once. */
const COLD_RUNS = 5
const TARGET_S = 20

const CLI = fileURLToPath(new URL('../bin/report.js', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'report-batch-bench-'))

/** Runs `report render … --bundled-fonts`; gives its CPU time in milliseconds. */
const render = (args: ReadonlyArray<string>): number => runNode([CLI, 'render', ...args, '--bundled-fonts'], true).cpuMs

try {
  mkdirSync(join(work, 'in'))
  const inputs = sampleReports(REPORTS, 1, 5000).map((report, i) => {
    const file = join(work, 'in', `r${String(i).padStart(4, '0')}.json`)
    writeFileSync(file, formatReportJson(report))
    return file
  })
  const coldTimes: Array<number> = []
  for (let i = 0; i < COLD_RUNS; i++) coldTimes.push(await timeMs(() => render([SAMPLE_PATH, '-o', join(work, `cold-${i}.pdf`)])))
  const cold = spread(coldTimes)
  let batchCpu = 0
  const batch = await timeMs(() => (batchCpu = render([...inputs, '--out-dir', join(work, 'out')])))
  const written = readdirSync(join(work, 'out')).filter((f) => f.endsWith('.pdf')).length
  if (written !== REPORTS) throw new Error(`report render wrote ${written} PDFs of ${REPORTS}`)
  const cores = availableParallelism()
  const perReport = (batch - cold.median) / REPORTS
  console.log(`@report/cli batch bench: ${REPORTS.toLocaleString('en')} varied reports, ${cores} cores, load ${loadAverages()}`)
  console.log(
    `report render … --out-dir: ${(batch / 1000).toFixed(1)} s, ${(REPORTS / (batch / 1000)).toFixed(1)} reports/s, ${target(batch / 1000, 'at most', TARGET_S, ' s')}`
  )
  console.log(
    `a report beyond the cold start (${msSpread(cold)}, one report): ${ms(perReport)} of wall time, ${ms(perReport * cores)} of a core's time; ` +
      `the batch's CPU time ${(batchCpu / 1000).toFixed(1)} s, ${ms(batchCpu / REPORTS)} a report: ${(batchCpu / 1000 / cores).toFixed(1)} s on ${cores} cores of its own`
  )
  writeFigures('batch', { batch1000: batch / 1000 }, { batch1000: batchCpu / 1000 / cores })
} finally {
  rmSync(work, { recursive: true, force: true })
}
