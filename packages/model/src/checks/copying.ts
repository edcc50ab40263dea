/**
 * R-2's measures for a pair of reports of different agencies: a MinHash signature
 * of each report's text (a fixed-size summary, so a batch keeps signatures, not
 * texts) and the share of text two signatures say the reports have in common.
 * Finding the pairs worth measuring among thousands (LSH banding) is the batch's work.
 */
import { problem, type Problem } from '../problem.js'
import { percent } from './repetition.js'
import { shingleHashes } from './shingles.js'

/** Hash functions in a signature: 40 bands of 3 rows for the batch's banding. */
export const SIGNATURE_SIZE = 120

/** Over this share of shared text, R-2 warns. */
export const COPYING_LIMIT = 0.5

/**
 * A text's summary for R-2: its MinHash signature and how many distinct runs it has.
 */
export interface TextSignature {
  readonly minima: Int32Array
  readonly runs: number
}

/** The multipliers (odd) and offsets of the hash family, fixed: same text, same signature. */
const [MULTIPLIERS, OFFSETS] = (() => {
  let seed = 0x9e3779b9
  const next = () => {
    seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0
    return seed
  }
  const a = new Int32Array(SIGNATURE_SIZE)
  const b = new Int32Array(SIGNATURE_SIZE)
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    a[i] = next() | 1
    b[i] = next()
  }
  return [a, b]
})()

/**
 * The MinHash signature of a normalised text (`plainText`): for each hash of the
 * family, the least value over the text's distinct runs.
 *
 * @example
 * estimatedShare(signatureOf(plainText(a)), signatureOf(plainText(b))) // 0.8
 */
export const signatureOf = (plain: string): TextSignature => {
  const runs = Int32Array.from(new Set(shingleHashes(plain)))
  // Signed 32-bit values throughout: small integers to the engine, never boxed doubles.
  const minima = new Int32Array(SIGNATURE_SIZE)
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    const a = MULTIPLIERS[i] as number
    const b = OFFSETS[i] as number
    let least = 0x7fffffff
    for (let k = 0; k < runs.length; k++) {
      let x = (Math.imul(runs[k] as number, a) + b) | 0
      x ^= x >>> 16
      const v = Math.imul(x, 0x85ebca6b) | 0
      if (v < least) least = v
    }
    minima[i] = least
  }
  return { minima, runs: runs.length }
}

/**
 * The share of the shorter text found in the other, estimated from two signatures:
 * the Jaccard similarity J is the share of equal minima, and the runs in common are
 * J·(|A| + |B|)/(1 + J). 0 when either text is empty.
 */
export const estimatedShare = (a: TextSignature, b: TextSignature): number => {
  if (a.runs === 0 || b.runs === 0) return 0
  let equal = 0
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a.minima[i] === b.minima[i]) equal++
  const jaccard = equal / SIGNATURE_SIZE
  return Math.min(1, (jaccard * (a.runs + b.runs)) / (1 + jaccard) / Math.min(a.runs, b.runs))
}

/**
 * The R-2 problem of a report whose text is shared with `other`'s report.
 */
export const copyingProblem = (other: string, share: number): Problem =>
  problem('TEXT_COPIED', { path: '/sections', where: '正文' }, `正文约 ${percent(share)} 与“${other}”的报告相同（超过 ${percent(COPYING_LIMIT)}）`)
