/**
 * how much of this year's text is found again in the agency's report of the
 * year before, as evaluators measure it (one provincial indicator deducts for more
 * than half). Deterministic, blind to whitespace and punctuation.
 */
import type { Problem } from '../problem.js'
import type { Report } from '../report.js'
import { found } from './found.js'
import { SHINGLE, plainText, shingleHashes } from './shingles.js'

/** Over this share of repeated text, R-1 warns. */
export const REPETITION_LIMIT = 0.5

/**
 * The share (0 to 1) of `text`'s characters that lie in a run of {@link SHINGLE}
 * characters also found in `previous`; both normalised by `plainText`. An empty
 * text repeats nothing.
 *
 * @example
 * repeatedShare(plainText(report), plainText(previous)) // 0.62
 */
export const repeatedShare = (text: string, previous: string): number => {
  const hashes = shingleHashes(text)
  if (text.length === 0 || hashes.length === 0) return 0
  const before = new Set(shingleHashes(previous))
  const covered = new Uint8Array(text.length)
  hashes.forEach((h, i) => {
    if (before.has(h)) covered.fill(1, i, i + SHINGLE)
  })
  return covered.reduce((a, c) => a + c, 0) / text.length
}

/** A share as a percentage for messages: `62.4%`. */
export const percent = (share: number): string => `${(Math.round(share * 1000) / 10).toFixed(1)}%`

/**
 * R-1 on a report and its agency's previous report: `TEXT_REPEATED` when more than
 * half of this year's text is found again in last year's.
 */
export const checkRepetition = (report: Report, previous: Report): ReadonlyArray<Problem> => {
  const share = repeatedShare(plainText(report), plainText(previous))
  return share > REPETITION_LIMIT
    ? [
        found(
          report.format,
          'TEXT_REPEATED',
          ['sections'],
          `正文有 ${percent(share)} 与 ${previous.year} 年度报告重复（超过 ${percent(REPETITION_LIMIT)}）`
        )
      ]
    : []
}
