/**
 * Statistics of timed samples: the median and a range (p10–p90 from 10 samples up,
 * else min–max), so that a figure says how much it moved in its run.
 */

/** Samples summarised: the median and the range around it. */
export interface Spread {
  readonly median: number
  readonly low: number
  readonly high: number
  /** How the range was taken: 'p10–p90' or, with fewer than 10 samples, 'min–max'. */
  readonly range: 'p10–p90' | 'min–max'
  readonly n: number
}

const sorted = (xs: ReadonlyArray<number>): ReadonlyArray<number> => {
  if (xs.length === 0) throw new Error('no samples')
  return [...xs].sort((a, b) => a - b)
}

/**
 * The `q` quantile (0…1) of a non-empty list, interpolated between the two nearest ranks.
 *
 * @example
 * quantile([1, 2, 3, 4], 0.5) // 2.5
 */
export const quantile = (xs: ReadonlyArray<number>, q: number): number => {
  const s = sorted(xs)
  const at = (s.length - 1) * q
  const below = s[Math.floor(at)] ?? 0
  const above = s[Math.ceil(at)] ?? below
  return below + (above - below) * (at - Math.floor(at))
}

/**
 * The median of a non-empty list.
 *
 * @example
 * median([3, 1, 2]) // 2
 */
export const median = (xs: ReadonlyArray<number>): number => quantile(xs, 0.5)

/**
 * The median and range of a non-empty list of samples.
 *
 * @example
 * spread([5, 1, 3]) // { median: 3, low: 1, high: 5, range: 'min–max', n: 3 }
 */
export const spread = (xs: ReadonlyArray<number>): Spread =>
  xs.length >= 10
    ? { median: median(xs), low: quantile(xs, 0.1), high: quantile(xs, 0.9), range: 'p10–p90', n: xs.length }
    : { median: median(xs), low: Math.min(...xs), high: Math.max(...xs), range: 'min–max', n: xs.length }

/** Each sample divided by `by` (per page, per report), the spread of the quotients. */
export const per = (xs: ReadonlyArray<number>, by: ReadonlyArray<number>): ReadonlyArray<number> => xs.map((x, i) => x / (by[i] ?? 1))
