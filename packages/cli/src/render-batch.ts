/**
 * `report render` over several reports: on the worker pool, each outcome printed
 * as it ends, a summary line at the end, and on Ctrl-C or SIGTERM the workers
 * stopped, this process's temporary files removed and what was done printed.
 */
import { dirname } from 'node:path'
import { summaryLine } from './batch-summary.js'
import { EXIT } from './contract.js'
import { onInterrupt } from './interrupt.js'
import { progress } from './progress.js'
import { removeOwnTemps } from './temp-files.js'
import { renderFile, type RenderJob, type RenderOutcome } from './render-file.js'
import { renderOnPool } from './worker-pool.js'

/**
 * Renders one job in this thread; interrupted, it leaves no temporary file and
 * says nothing was written.
 */
export const renderOne = async (job: RenderJob, print: (outcome: RenderOutcome) => void): Promise<number> => {
  const stopListening = onInterrupt((signal) => {
    removeOwnTemps([dirname(job.output)])
    process.stderr.write(`report：已中断（${signal}）：${job.output} 未写出\n`)
  })
  try {
    const outcome = await renderFile(job)
    print(outcome)
    return outcome.exitCode
  } finally {
    stopListening()
  }
}

/**
 * Renders `jobs` on the pool, calling `print` for each outcome as it ends, and
 * returns the worst exit code. The summary goes to stdout, or to stderr when
 * stdout carries `--json` lines.
 */
export const renderBatch = async (jobs: ReadonlyArray<RenderJob>, print: (outcome: RenderOutcome) => void, json: boolean): Promise<number> => {
  const bar = progress(jobs.length)
  const done: Array<RenderOutcome> = []
  const tally = () => ({ total: jobs.length, done: done.filter((o) => o.written).length, failed: done.filter((o) => !o.written).length })
  const summary = (text: string) => (json ? process.stderr : process.stdout).write(text + '\n')
  const controller = new AbortController()
  let pool: Promise<unknown> = Promise.resolve()
  const stopListening = onInterrupt(async (signal) => {
    controller.abort()
    await pool
    removeOwnTemps(jobs.map((job) => dirname(job.output)))
    bar.done()
    summary(summaryLine('报告', '写出', tally(), signal))
  })
  try {
    const running = renderOnPool(
      jobs,
      (outcome) => {
        done.push(outcome)
        bar.tick(outcome.input)
        bar.above(() => print(outcome))
      },
      { signal: controller.signal }
    )
    pool = running.catch(() => undefined)
    await running
  } finally {
    stopListening()
  }
  // Interrupted: the clean-up prints the summary and exits the process.
  if (controller.signal.aborted) return new Promise<number>(() => undefined)
  bar.done()
  summary(summaryLine('报告', '写出', tally()))
  return Math.max(EXIT.ok, ...done.map((o) => o.exitCode))
}
