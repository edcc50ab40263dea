/**
 * R-2 over a batch: the pairs of reports of different agencies that share more than
 * half their text, found without comparing every pair. Each report's MinHash
 * signature is cut into bands of rows; reports whose band is equal fall in one
 * bucket and become candidates (a pair with Jaccard similarity J is a candidate with
 * probability 1 − (1 − J³)⁴⁰: 0.996 at J = 0.5, 0.78 at 1/3, under 0.005 at 0.05);
 * each candidate pair is then measured on the whole signatures.
 */
import { COPYING_LIMIT, SIGNATURE_SIZE, estimatedShare, sameAgency, type TextSignature } from '@report/model'

const ROWS = 3
const BANDS = Math.floor(SIGNATURE_SIZE / ROWS)

/** What the batch keeps of a report for R-2. */
export interface Signed {
  readonly id: number
  readonly agency: string
  readonly signature: TextSignature
}

/** A pair found: the ids (the smaller first) and the estimated share. */
export interface CopyPair {
  readonly a: number
  readonly b: number
  readonly share: number
}

/**
 * The pairs of `reports` of different agencies whose estimated shared share is over
 * {@link COPYING_LIMIT}, sorted by the ids.
 */
export const copyPairs = (reports: ReadonlyArray<Signed>): ReadonlyArray<CopyPair> => {
  const seen = new Set<number>()
  const pairs: Array<CopyPair> = []
  const measure = (x: number, y: number) => {
    const key = x * reports.length + y
    if (seen.has(key)) return
    seen.add(key)
    const [a, b] = [reports[x] as Signed, reports[y] as Signed]
    if (sameAgency(a.agency, b.agency)) return
    const share = estimatedShare(a.signature, b.signature)
    if (share > COPYING_LIMIT) pairs.push(a.id < b.id ? { a: a.id, b: b.id, share } : { a: b.id, b: a.id, share })
  }
  // One band at a time: only one band's buckets are ever held.
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<string, Array<number>>()
    reports.forEach((r, index) => {
      if (r.signature.runs === 0) return
      const m = r.signature.minima
      const key = `${m[band * ROWS]},${m[band * ROWS + 1]},${m[band * ROWS + 2]}`
      const bucket = buckets.get(key)
      if (bucket === undefined) buckets.set(key, [index])
      else bucket.push(index)
    })
    for (const bucket of buckets.values()) {
      for (let i = 0; i < bucket.length; i++) for (let j = i + 1; j < bucket.length; j++) measure(bucket[i] as number, bucket[j] as number)
    }
  }
  return pairs.sort((p, q) => p.a - q.a || p.b - q.b)
}
