/**
 * A cache of what is made from a text set with OpenType features, for the
 * caches of shaped runs: keyed by the features, then by the text itself, so a
 * lookup hashes the text string once (V8 keeps a string's hash) and builds no key.
 */

/** How many entries a cache keeps before it starts again. */
const DEFAULT_LIMIT = 20_000

/** The features' key: their names joined, the empty string for none. */
const featuresKey = (features: ReadonlyArray<string> | undefined): string =>
  features === undefined || features.length === 0 ? '' : features.length === 1 ? (features[0] ?? '') : features.join(',')

/**
 * A cache of values per text and features, at most `limit` of them (when full
 * it is emptied and fills again): the value of a text and features, made by
 * `make` the first time.
 *
 * @example
 * const widths = runCache<number[]>()
 * widths('正文', ['chws'], () => [shape('正文', ['chws']).advanceWidth]) // shaped once, then looked up
 */
export const runCache = <T extends object>(limit = DEFAULT_LIMIT): ((text: string, features: ReadonlyArray<string> | undefined, make: () => T) => T) => {
  const byFeatures = new Map<string, Map<string, T>>()
  let size = 0
  return (text, features, make) => {
    const key = featuresKey(features)
    let values = byFeatures.get(key)
    if (values === undefined) byFeatures.set(key, (values = new Map()))
    let value = values.get(text)
    if (value === undefined) {
      if (size >= limit) {
        byFeatures.clear()
        byFeatures.set(key, (values = new Map()))
        size = 0
      }
      value = make()
      values.set(text, value)
      size += 1
    }
    return value
  }
}
