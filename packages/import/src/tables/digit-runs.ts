/**
 * The split of digits run together in a printed row (`0000` for four cells of 0),
 * made only when exactly one split exists.
 */

/** The longest run of digits considered for a split; longer runs are ambiguous. */
const MAX_RUN = 64

/**
 * How printed values fill `size` cells when there are fewer values than cells:
 * `split` when exactly one reading exists (each part `0` or without leading zero),
 * `ambiguous` when several do, `impossible` when none does.
 *
 * @example
 * splitRun(['000000000000000'], 15) // { kind: 'split', values: ['0', '0', …] }
 * splitRun(['1234'], 3) // { kind: 'ambiguous' }
 */
export const splitRun = (
  values: ReadonlyArray<string>,
  size: number
): { readonly kind: 'split'; readonly values: ReadonlyArray<string> } | { readonly kind: 'ambiguous' | 'impossible' } => {
  if (values.some((v) => v.length > MAX_RUN) || values.length > MAX_RUN || size > MAX_RUN) return { kind: 'ambiguous' }
  const chars: Array<string> = []
  const ends = new Set<number>()
  for (const v of values) {
    chars.push(...(/^\d+$/.test(v) ? v : [v]))
    ends.add(chars.length)
  }
  const isDigit = (at: number): boolean => /^\d$/.test(chars[at] ?? '')
  // The ends at which a cell starting at `pos` may stop: a whole non-digit value, or
  // digits inside one printed value, `0` alone or without a leading zero.
  const partEnds = (pos: number): ReadonlyArray<number> => {
    if (!isDigit(pos)) return [pos + 1]
    const out: Array<number> = []
    for (let end = pos + 1; end <= chars.length && isDigit(end - 1); end++) {
      if (end - 1 > pos && ends.has(end - 1)) break
      out.push(end)
      if (chars[pos] === '0') break
    }
    return out
  }
  // ways(pos, left): readings of chars[pos..] as `left` cells, capped at 2.
  const memo = new Map<number, number>()
  const ways = (pos: number, left: number): number => {
    if (pos === chars.length) return left === 0 ? 1 : 0
    if (left === 0) return 0
    const key = pos * 100 + left
    const known = memo.get(key)
    if (known !== undefined) return known
    let total = 0
    for (const end of partEnds(pos)) {
      total += ways(end, left - 1)
      if (total >= 2) break
    }
    const capped = Math.min(total, 2)
    memo.set(key, capped)
    return capped
  }
  const count = ways(0, size)
  if (count === 0) return { kind: 'impossible' }
  if (count > 1) return { kind: 'ambiguous' }
  const out: Array<string> = []
  let pos = 0
  for (let left = size; left > 0; left--) {
    const end = partEnds(pos).find((e) => ways(e, left - 1) === 1) ?? chars.length
    out.push(chars.slice(pos, end).join(''))
    pos = end
  }
  return { kind: 'split', values: out }
}
