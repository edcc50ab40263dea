/**
 * Column widths in whole twips from a table's relative widths, summing exactly to
 * the text block.
 */

/**
 * `relative` scaled to integers that sum to `total` (largest remainders first).
 *
 * @example
 * columnTwips([1, 1, 1], 10) // [4, 3, 3]
 */
export const columnTwips = (relative: ReadonlyArray<number>, total: number): ReadonlyArray<number> => {
  const sum = relative.reduce((a, b) => a + b, 0)
  const exact = relative.map((w) => (w * total) / sum)
  const widths = exact.map(Math.floor)
  const order = exact.map((w, i) => ({ i, rest: w - Math.floor(w) })).sort((a, b) => b.rest - a.rest || a.i - b.i)
  const missing = total - widths.reduce((a, b) => a + b, 0)
  for (let k = 0; k < missing; k++) {
    const at = order[k % order.length]?.i ?? 0
    widths[at] = (widths[at] ?? 0) + 1
  }
  return widths
}
