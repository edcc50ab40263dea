/**
 * Text as set: the style it is set in, and lines broken into runs of one font
 * and style, the width each may fill and whether it is justified to it. The
 * breakers make set lines; `lineInlines` draws them.
 */
import type { Place } from '@report/model'
import type { FontSet, LoadedFont } from '../fonts/font-set.js'
import type { FontRole } from '../fonts/roles.js'
import { glyphRuns } from './glyph-runs.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * How a text is set: its role, size and line pitch.
 */
export interface TextStyle {
  readonly role: FontRole
  readonly size: number
  readonly pitch: number
}

/**
 * A stretch of a line in one font and style. A tight run, a number or Latin word,
 * takes no justification spacing inside it.
 */
export interface LineRun {
  readonly text: string
  readonly font: LoadedFont
  readonly style: TextStyle
  readonly tight: boolean
}

/**
 * A line as set: its runs, the width it may fill and whether it is justified to
 * that width.
 */
export interface SetLine {
  readonly runs: ReadonlyArray<LineRun>
  readonly width: number
  readonly justified: boolean
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * Lines already broken, as set lines left unjustified: each line's runs in the
 * fonts that draw them.
 *
 * @example
 * unbrokenLines(fonts, STYLE, ['（三）', '不予公开'], 45, place)
 */
export const unbrokenLines = (fonts: FontSet, style: TextStyle, lines: ReadonlyArray<string>, width: number, place: Place): Array<SetLine> => {
  let offset = 0
  return lines.map((text) => {
    const runs = glyphRuns(fonts, style.role, text, place, offset).map((run) => ({ ...run, style, tight: false }))
    offset += [...text].length
    return { runs, width, justified: false }
  })
}
