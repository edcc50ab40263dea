/**
 * pdfkit's embedded fonts, made to keep their work across documents. For every
 * inline pdfkit shapes the text three times (pdfmake's measure, the width and
 * the glyphs of the draw), each time copying the shaped run and scaling its
 * positions to 1000 units per em. A font parsed by `parseFont` keeps its scaled
 * runs for the life of the process and hands the same run out again, as pdfkit's
 * own per-document cache does for text without features; each document's font
 * keeps the glyph codes of a text it has encoded once, its subset already
 * holding the glyphs. The same calls give the same results, so the same bytes.
 * A line's tight stretches, named among its features (`tight-spacing`), are
 * applied to its scaled run, which its measure and its drawing both use.
 */
import { isParsed, type FontkitFont } from './fontkit.js'
import { runCache } from './run-cache.js'
import { splitTightSpacing, tightenRun, type ScaledRun } from './tight-spacing.js'

type Encoded = readonly [ReadonlyArray<string>, ReadonlyArray<object>]

/** What this module uses of pdfkit's `EmbeddedFont`. */
interface EmbeddedFont {
  readonly font: FontkitFont
  layoutRun(text: string, features?: ReadonlyArray<string>): ScaledRun
  encode(text: string, features?: ReadonlyArray<string>): Encoded
}

const scaledRuns = new WeakMap<FontkitFont, ReturnType<typeof runCache<ScaledRun>>>()
const encodings = new WeakMap<EmbeddedFont, ReturnType<typeof runCache<Encoded>>>()

/**
 * Makes pdfkit's embedded font class, the prototype of `sample`, keep its work
 * as described above for fonts parsed by `parseFont`; other fonts are drawn as
 * pdfkit draws them. Done once per process; later calls do nothing.
 */
export const keepEmbeddedFontWork = (sample: object): void => {
  const prototype = Object.getPrototypeOf(sample) as EmbeddedFont & { keepsWork?: true }
  if (prototype.keepsWork === true) return
  const { layoutRun, encode } = prototype
  prototype.layoutRun = function (this: EmbeddedFont, text, features) {
    const { features: real, spacing } = splitTightSpacing(features)
    if (!isParsed(this.font)) return layoutRun.call(this, text, real)
    let runs = scaledRuns.get(this.font)
    if (runs === undefined) scaledRuns.set(this.font, (runs = runCache()))
    const shape = () => layoutRun.call(this, text, real)
    return spacing === undefined ? runs(text, real, shape) : runs(text, features, () => tightenRun(runs(text, real, shape), text, spacing))
  }
  prototype.encode = function (this: EmbeddedFont, text, features) {
    if (!isParsed(this.font)) return encode.call(this, text, features)
    let encoded = encodings.get(this)
    if (encoded === undefined) encodings.set(this, (encoded = runCache(Infinity)))
    return encoded(text, features, () => encode.call(this, text, features))
  }
  prototype.keepsWork = true
}
