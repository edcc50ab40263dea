/**
 * Runs the built `report` command as a user would, and returns what it printed.
 */
import { FIXTURES } from '@report/fixtures'
import { spawnSync } from 'node:child_process'
import { dirname } from 'node:path'

const MAIN = new URL('../dist/main.js', import.meta.url).pathname

/** The file npm links as `report`. */
export const BIN = new URL('../bin/report.js', import.meta.url).pathname

/** The repository root, where the fixtures are. */
export const ROOT = dirname(FIXTURES)

export interface CliRun {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

/** `report <args>` in `cwd` (the repository root by default), run from `entry` (dist/main.js by default). */
export const runCli = (args: ReadonlyArray<string>, cwd = ROOT, entry = MAIN): CliRun => {
  const { status, stdout, stderr } = spawnSync(process.execPath, [entry, ...args], { cwd, encoding: 'utf8' })
  return { status, stdout, stderr }
}

/** Does a text hold a JavaScript stack trace? */
export const hasStackTrace = (text: string): boolean => /\n\s+at .+:\d+:\d+/.test(text)

/** Does a text hold one of Node's English messages of `util.parseArgs`? */
export const hasNodeEnglish = (text: string): boolean =>
  /Unknown option|argument missing|argument is ambiguous|does not take|Unexpected argument|positional argument|To specify/.test(text)

/** The JSON lines a run printed. */
export const jsonLines = (stdout: string): ReadonlyArray<Record<string, unknown>> =>
  stdout
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>)
