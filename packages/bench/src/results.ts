/**
 * The headline figures of `npm run bench`: each bench writes the figures it
 * measured to one results folder, and the summary reads them all and prints the
 * one line scripts read. The folder is the one `REPORT_BENCH_RESULTS` names (the
 * root's `npm run bench` makes a new one a run, so that a bench another helper runs
 * at the same time writes elsewhere), else the root's `node_modules/.cache/report-bench`.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The headline figures, by the name the summary line gives them. */
export interface Headline {
  /** Warm render at the sample's length, as a multiple of Typst's time. */
  readonly warm: number
  /** Warm render at 20× the sample's length, as a multiple of Typst's time. */
  readonly warm20: number
  /** Cold `report render`, process start to file, as a multiple of Typst's. */
  readonly cold: number
  /** Decode + every check, reports per second on one core. */
  readonly checks: number
  /** Text import, reports per second on one core. */
  readonly import: number
  /** 1,000 reports through `report render --out-dir` on every core, in seconds. */
  readonly batch1000: number
}

/** The figures in the order of the summary line. */
export const HEADLINE_KEYS: ReadonlyArray<keyof Headline> = ['warm', 'warm20', 'cold', 'checks', 'import', 'batch1000']

/** The variable naming the results folder of a run. */
export const RESULTS_ENV = 'REPORT_BENCH_RESULTS'

/** The results folder: `REPORT_BENCH_RESULTS`, else `node_modules/.cache/report-bench` at the repository's root. */
export const RESULTS_DIR = process.env[RESULTS_ENV] ?? fileURLToPath(new URL('../../../node_modules/.cache/report-bench/', import.meta.url))

/** The headline figures of a run: by the wall clock, and by CPU time (what a shared machine's load leaves out). */
export interface Figures {
  readonly wall: Partial<Headline>
  readonly cpu: Partial<Headline>
}

/** Writes the figures a bench measured, by the wall clock and by CPU time, under its name (one file a bench). */
export const writeFigures = (bench: string, wall: Partial<Headline>, cpu: Partial<Headline>, dir = RESULTS_DIR): void => {
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, `${bench}.json`), `${JSON.stringify({ wall, cpu })}\n`)
}

/** Every figure written since the folder was made, the benches' files merged. */
export const readFigures = (dir = RESULTS_DIR): Figures => {
  let names: Array<string>
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json'))
  } catch {
    return { wall: {}, cpu: {} }
  }
  const files = names.sort().map((n) => JSON.parse(readFileSync(join(dir, n), 'utf8')) as Figures)
  return {
    wall: Object.assign({}, ...files.map((f) => f.wall)) as Partial<Headline>,
    cpu: Object.assign({}, ...files.map((f) => f.cpu)) as Partial<Headline>
  }
}

/** Removes every figure of an earlier run. */
export const clearFigures = (dir = RESULTS_DIR): void => rmSync(dir, { recursive: true, force: true })

/**
 * The summary line, `missing` in place of a figure no bench wrote; `label` opens it.
 *
 * @example
 * summaryLine({ warm: 1.4, warm20: 1.9, cold: 1.75, checks: 31000, import: 1500, batch1000: 24.6 })
 * // 'bench: warm 1.40× Typst, warm20 1.90× Typst, cold 1.75× Typst, checks 31000/s, import 1500/s, batch1000 24.6 s'
 */
export const summaryLine = (f: Partial<Headline>, label = 'bench'): string => {
  const show = (x: number | undefined, text: (x: number) => string) => (x === undefined || !Number.isFinite(x) ? 'missing' : text(x))
  const times = (x: number) => `${x.toFixed(2)}× Typst`
  const rate = (x: number) => `${Math.round(x)}/s`
  return (
    `${label}: warm ${show(f.warm, times)}, warm20 ${show(f.warm20, times)}, cold ${show(f.cold, times)}, ` +
    `checks ${show(f.checks, rate)}, import ${show(f.import, rate)}, batch1000 ${show(f.batch1000, (x) => `${x.toFixed(1)} s`)}`
  )
}

/** The figures no bench wrote. */
export const missingFigures = (f: Partial<Headline>): ReadonlyArray<keyof Headline> =>
  HEADLINE_KEYS.filter((k) => f[k] === undefined || !Number.isFinite(f[k]))
