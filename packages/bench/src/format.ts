/**
 * How benchmark figures are printed: times, ratios, targets, aligned tables, the
 * machine's load and the one summary line that scripts read.
 */
import { loadavg } from 'node:os'
import type { Spread } from './stats.js'

/** A number with the decimals its size calls for: 3 below 1, 2 below 10, 1 below 100, none above. */
const sig = (x: number): string => x.toFixed(Math.abs(x) < 1 ? 3 : Math.abs(x) < 10 ? 2 : Math.abs(x) < 100 ? 1 : 0)

/**
 * Milliseconds as text.
 *
 * @example
 * ms(46.23) // '46.2 ms'
 */
export const ms = (x: number): string => `${sig(x)} ms`

/**
 * A spread of milliseconds: the median, then the range and the sample count.
 *
 * @example
 * msSpread({ median: 46.2, low: 44, high: 49.1, range: 'p10–p90', n: 30 }) // '46.2 ms (p10–p90 44.0–49.1, n 30)'
 */
export const msSpread = (s: Spread): string => `${ms(s.median)} (${s.range} ${sig(s.low)}–${sig(s.high)}, n ${s.n})`

const whole = (x: number): string => Math.round(x).toLocaleString('en')

/**
 * A rate per second, rounded, with thousands separators.
 *
 * @example
 * rate(31234.5) // '31,235/s'
 */
export const rate = (x: number): string => `${whole(x)}/s`

/**
 * A spread of rates per second: the median, then the range and the sample count.
 *
 * @example
 * perSecond({ median: 31234.5, low: 30000, high: 32000, range: 'min–max', n: 7 }) // '31,235/s (min–max 30,000–32,000, n 7)'
 */
export const perSecond = (s: Spread): string => `${rate(s.median)} (${s.range} ${whole(s.low)}–${whole(s.high)}, n ${s.n})`

/**
 * The ratio of `a` to `b`, two decimals.
 *
 * @example
 * ratio(46, 22) // '2.09×'
 */
export const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`

/**
 * A target beside a figure: whether `value` is within `limit` (at most, or at least).
 *
 * @example
 * target(1.4, 'at most', 1.25, '× Typst') // 'target ≤ 1.25× Typst: NOT met'
 */
export const target = (value: number, bound: 'at most' | 'at least', limit: number, unit: string): string => {
  const met = bound === 'at most' ? value <= limit : value >= limit
  return `target ${bound === 'at most' ? '≤' : '≥'} ${limit.toLocaleString('en')}${unit}: ${met ? 'met' : 'NOT met'}`
}

/**
 * Rows of cells as aligned text: each column padded to its widest cell, the first
 * column to the left, the others to the right but the last, which is free text.
 *
 * @example
 * table([['a', '1 ms', 'x'], ['bb', '10 ms', 'y']]) // 'a    1 ms  x\nbb  10 ms  y'
 */
export const table = (rows: ReadonlyArray<ReadonlyArray<string>>): string => {
  const widths = rows.reduce<Array<number>>((w, r) => r.map((c, i) => Math.max(w[i] ?? 0, [...c].length)), [])
  return rows
    .map((r) =>
      r
        .map((c, i) => (i === r.length - 1 && i > 0 ? c : i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
        .join('  ')
        .trimEnd()
    )
    .join('\n')
}

/**
 * The machine's load averages over 1, 5 and 15 minutes, as a bench's first line gives them.
 *
 * @example
 * loadAverages() // '0.52 0.61 0.70'
 */
export const loadAverages = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')
