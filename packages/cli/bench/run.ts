/**
 * `npm run bench` for @report/cli: each bench in its own process, one after the
 * other (a failed one does not stop the rest), exiting 1 if any failed. Each
 * writes its headline figures for the summary line (`@report/bench`).
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const BENCHES = ['checks.js', 'render.js', 'cold.js', 'batch.js', 'audit.js', 'long-paragraph.js']

const failed = BENCHES.filter((bench) => {
  const { status } = spawnSync(process.execPath, [fileURLToPath(new URL(bench, import.meta.url))], { stdio: 'inherit' })
  if (status !== 0) console.log(`${bench} failed (exit ${status})`)
  console.log('')
  return status !== 0
})
process.exitCode = failed.length > 0 ? 1 : 0
