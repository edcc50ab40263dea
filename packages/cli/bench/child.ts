/**
 * A node process run to its end as a bench times it: its stdout, and its CPU time
 * (every thread, workers included) read from a one-line exit hook preloaded into
 * every run alike.
 */
import { spawnSync } from 'node:child_process'

/** Prints the process's CPU time at exit, to stderr. */
const CPU_HOOK = 'data:text/javascript,process.on("exit",()=>{const u=process.cpuUsage();process.stderr.write("\\ncpu "+(u.user+u.system)/1000+"\\n")})'

/** What a run gave: its stdout and its CPU time in milliseconds. */
export interface NodeRun {
  readonly stdout: string
  readonly cpuMs: number
}

/** Runs node with `args`; throws with its stderr unless it exits 0. `quiet` drops its stdout (a batch's lines). */
export const runNode = (args: ReadonlyArray<string>, quiet = false): NodeRun => {
  const { status, stdout, stderr } = spawnSync(process.execPath, ['--import', CPU_HOOK, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', quiet ? 'ignore' : 'pipe', 'pipe'],
    maxBuffer: 1 << 28
  })
  if (status !== 0) throw new Error(`node ${args.join(' ').slice(0, 300)} exited ${status}: ${stderr.slice(0, 800)}`)
  return { stdout: stdout ?? '', cpuMs: Number(/\ncpu ([\d.]+)\n/.exec(stderr)?.[1] ?? NaN) }
}
