/**
 * Runs the built `report` command as a user would, and returns what it printed.
 */
import { spawnSync } from 'node:child_process'

const MAIN = new URL('../dist/main.js', import.meta.url).pathname

export interface CliRun {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

/** `report <args>` in `cwd` (the repository root by default). */
export const runCli = (args: ReadonlyArray<string>, cwd = new URL('../../../', import.meta.url).pathname): CliRun => {
  const { status, stdout, stderr } = spawnSync(process.execPath, [MAIN, ...args], { cwd, encoding: 'utf8' })
  return { status, stdout, stderr }
}

/** Does a text hold a JavaScript stack trace? */
export const hasStackTrace = (text: string): boolean => /\n\s+at .+:\d+:\d+/.test(text)
