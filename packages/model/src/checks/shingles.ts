/**
 * The text of a report as the repetition and copying rules compare it:
 * its paragraphs (not the statutory headings), with whitespace and punctuation
 * removed, cut into overlapping runs of {@link SHINGLE} characters, each hashed.
 */
import type { Report } from '../report.js'

/** The length of a compared run of characters: a short phrase of Chinese text. */
export const SHINGLE = 8

/** Everything that is not a letter or a digit (Han characters are letters). */
const NOT_WORD = /[^\p{L}\p{N}]+/gu

/**
 * The paragraphs of a report, normalised (NFKC, only letters and digits kept), in
 * printed order; the headings are the format's, the same for every report.
 */
export const plainText = (report: Report): string =>
  report.sections
    .flatMap((s) => [...s.paragraphs, ...(s.subsections ?? []).flatMap((sub) => sub.paragraphs)])
    .join('')
    .normalize('NFKC')
    .replace(NOT_WORD, '')

/** FNV-1a over the UTF-16 code units of `text[start, start + SHINGLE)`, as a signed 32-bit integer. */
const hashAt = (text: string, start: number): number => {
  let h = 0x811c9dc5 | 0
  for (let i = start; i < start + SHINGLE; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h
}

/**
 * The hash of every run of {@link SHINGLE} characters of a normalised text, in
 * order (a text shorter than one run has none).
 */
export const shingleHashes = (plain: string): Int32Array => {
  const n = Math.max(0, plain.length - SHINGLE + 1)
  const out = new Int32Array(n)
  for (let i = 0; i < n; i++) out[i] = hashAt(plain, i)
  return out
}
