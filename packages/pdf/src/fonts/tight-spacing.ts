/**
 * Tight stretches in a character-spaced line, carried to pdfkit as one more entry
 * in the OpenType feature list. A justified line is drawn as one text with
 * character spacing (`Tc`) after every glyph; a number or Latin word inside it
 * stays tight: after each of its glyphs but its last, the glyph's advance is
 * shortened by the spacing, which pdfkit writes as a kerning adjustment in the
 * `TJ` array. The entry names the line's length, the spacing to take back (in
 * pdfkit's units, thousandths of an em) and the stretches, so that measuring and
 * drawing the line, both of which pdfkit does through its shaped run, agree.
 */

/**
 * What a line's tight stretches take back: `cancel` thousandths of an em after
 * each glyph of each `[start, end)` stretch but its last, in a text `length`
 * UTF-16 units long.
 */
export interface TightSpacing {
  readonly length: number
  readonly cancel: number
  readonly stretches: ReadonlyArray<readonly [number, number]>
}

/** A shaped run as pdfkit keeps it: glyphs and their positions in thousandths of an em. */
export interface ScaledRun {
  readonly glyphs: ReadonlyArray<{ readonly codePoints: ReadonlyArray<number> }>
  readonly positions: ReadonlyArray<{ readonly xAdvance: number }>
  readonly advanceWidth: number
}

const PREFIX = 'report-tight:'

/**
 * The feature-list entry of `spacing`, read back by {@link splitTightSpacing}.
 *
 * @example
 * tightSpacingFeature({ length: 9, cancel: 18.75, stretches: [[4, 7]] }) // 'report-tight:9:18.75:4-7'
 */
export const tightSpacingFeature = ({ length, cancel, stretches }: TightSpacing): string =>
  `${PREFIX}${length}:${cancel}:${stretches.map(([start, end]) => `${start}-${end}`).join(',')}`

/**
 * The real features of a feature list and the tight spacing its entry names, if it has one.
 *
 * @example
 * splitTightSpacing(['chws', 'report-tight:9:18.75:4-7']) // { features: ['chws'], spacing: { length: 9, cancel: 18.75, stretches: [[4, 7]] } }
 */
export const splitTightSpacing = (
  features: ReadonlyArray<string> | undefined
): { readonly features: ReadonlyArray<string> | undefined; readonly spacing?: TightSpacing } => {
  const entry = features?.find((feature) => feature.startsWith(PREFIX))
  if (features === undefined || entry === undefined) return { features }
  const [length = '', cancel = '', stretches = ''] = entry.slice(PREFIX.length).split(':')
  return {
    features: features.filter((feature) => feature !== entry),
    spacing: {
      length: Number(length),
      cancel: Number(cancel),
      stretches: stretches.split(',').map((stretch) => {
        const [start = '', end = ''] = stretch.split('-')
        return [Number(start), Number(end)] as const
      })
    }
  }
}

/** The UTF-16 length of the text a glyph draws. */
const unitsOf = (codePoints: ReadonlyArray<number>): number => codePoints.reduce((sum, codePoint) => sum + (codePoint > 0xffff ? 2 : 1), 0)

/**
 * `run`, the shaping of `text`, with its tight stretches' glyphs shortened by
 * `spacing.cancel`; a text of another length (pdfmake measuring part of the
 * line, its leading spaces) is left as it is.
 */
export const tightenRun = <R extends ScaledRun>(run: R, text: string, spacing: TightSpacing): R => {
  if (text.length !== spacing.length) return run
  let start = 0
  let advanceWidth = 0
  const positions = run.positions.map((position, i) => {
    const end = start + unitsOf(run.glyphs[i]?.codePoints ?? [])
    const inside = spacing.stretches.some(([from, to]) => from <= start && end < to)
    start = end
    const xAdvance = inside ? position.xAdvance - spacing.cancel : position.xAdvance
    advanceWidth += xAdvance
    return inside ? { ...position, xAdvance } : position
  })
  return { ...run, positions, advanceWidth }
}
