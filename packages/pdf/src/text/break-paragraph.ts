/**
 * A paragraph of body text broken into lines here, as set: greedy lines
 * measured with the glyphs' advances and, where those say a token no longer
 * fits, with the line shaped as drawn (`chws` compression, kerning); the marks'
 * rules of {@link mayBreakBetween}; every line but a paragraph's last marked for
 * justification. pdfmake then draws each line as it is, without cutting the
 * text into one node per character.
 */
import type { Place } from '@report/model'
import type { FontSet, LoadedFont } from '../fonts/font-set.js'
import { shapedWidth, widthOf } from '../fonts/metrics.js'
import { glyphRuns } from './glyph-runs.js'
import { isWordCharacter, mayBreakBetween } from './jinze.js'
import type { LineRun, SetLine, TextStyle } from './set-lines.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A text in a style: a paragraph is its run-in heading and its body.
 */
export interface StyledText {
  readonly text: string
  readonly style: TextStyle
}

/**
 * The widths lines may fill: the first line's (after an indent) and the others'.
 */
export interface Measure {
  readonly first: number
  readonly rest: number
}

// -------------------------------------------------------------------------------------
// measuring
// -------------------------------------------------------------------------------------

/** A stretch of the text in one font and style. */
interface StyledRun {
  readonly font: LoadedFont
  readonly style: TextStyle
}

/**
 * The characters of a text, each with its run (font and style), its advance and
 * whether it is inside a number or Latin word; the numbers in typed arrays, so
 * that a long paragraph is a few flat arrays, not a million boxed values.
 */
interface Chars {
  readonly chars: Array<string>
  readonly runs: Array<StyledRun>
  readonly runOf: Uint32Array
  readonly advances: Float64Array
  readonly tight: Uint8Array
}

const charsOf = (fonts: FontSet, parts: ReadonlyArray<StyledText>, place: Place): Chars => {
  const length = parts.reduce((sum, part) => sum + part.text.length, 0)
  const set: Chars = { chars: [], runs: [], runOf: new Uint32Array(length), advances: new Float64Array(length), tight: new Uint8Array(length) }
  for (const { text, style } of parts) {
    for (const run of glyphRuns(fonts, style.role, text, place)) {
      const r = set.runs.push({ font: run.font, style }) - 1
      // Each character measured once per run, and kept as one string: a long paragraph repeats the same few hundred.
      const known = new Map<number, { readonly char: string; readonly advance: number }>()
      for (let i = 0; i < run.text.length;) {
        const codePoint = run.text.codePointAt(i) ?? 0
        const units = codePoint > 0xffff ? 2 : 1
        let seen = known.get(codePoint)
        if (seen === undefined) {
          const char = run.text.slice(i, i + units)
          known.set(codePoint, (seen = { char, advance: widthOf(run.font, style.size, char) }))
        }
        const at = set.chars.push(seen.char) - 1
        set.runOf[at] = r
        set.advances[at] = seen.advance
        i += units
      }
    }
  }
  return set
}

/** The run of character `i`. */
const runAt = (set: Chars, i: number): StyledRun | undefined => set.runs[set.runOf[i] ?? 0]

/** The runs of characters `from` to `to`: consecutive characters in one font and style, numbers and Latin words apart, each run's text joined once. */
const runsOf = (set: Chars, from: number, to: number): Array<LineRun> => {
  const runs: Array<LineRun> = []
  for (let start = from, i = from + 1; start < to; i++) {
    const [here, first] = [runAt(set, i), runAt(set, start)]
    if (i < to && here?.font === first?.font && here?.style === first?.style && set.tight[i] === set.tight[start]) continue
    runs.push({
      text: set.chars.slice(start, i).join(''),
      font: first?.font as LoadedFont,
      style: first?.style as TextStyle,
      tight: set.tight[start] === 1
    })
    start = i
  }
  return runs
}

const runsWidth = (runs: ReadonlyArray<LineRun>): number => runs.reduce((sum, run) => sum + shapedWidth(run.font, run.style.size, run.text), 0)

const isSpace = (char: string | undefined): boolean => char !== undefined && /^\s$/u.test(char)

// -------------------------------------------------------------------------------------
// breaking
// -------------------------------------------------------------------------------------

/** Token boundaries as character indices, numbers and Latin words marked tight; a token wider than a whole line is cut into its characters. */
const tokenStarts = (set: Chars, measure: Measure): Array<number> => {
  const starts: Array<number> = []
  const count = set.chars.length
  for (let at = 0; at < count;) {
    // A number or Latin word is one token; any other character is one alone.
    let end = at + 1
    if (isWordCharacter(set.chars[at] ?? '')) while (end < count && isWordCharacter(set.chars[end] ?? '')) end += 1
    let width = 0
    for (let i = at; i < end; i++) width += set.advances[i] ?? 0
    if (end - at > 1 && width > Math.min(measure.first, measure.rest)) for (let i = at; i < end; i++) starts.push(i)
    else {
      starts.push(at)
      if (end - at > 1) set.tight.fill(1, at, end)
    }
    at = end
  }
  starts.push(count)
  return starts
}

/** How far a line may be squeezed to take one more token, per gap between its glyphs, in points: a little, before it is stretched. */
const MAX_SHRINK = 0.5

/** A line as character indices `[from, to)`, and whether it ends its paragraph or a line break of the text. */
interface Range {
  from: number
  to: number
  readonly last: boolean
}

/** Whether `at` is one of the ascending `starts`: a binary search, for a paragraph of a million tokens. */
const isTokenStart = (starts: ReadonlyArray<number>, at: number): boolean => {
  let [low, high] = [0, starts.length]
  while (low < high) {
    const mid = (low + high) >>> 1
    if ((starts[mid] ?? 0) < at) low = mid + 1
    else high = mid
  }
  return starts[low] === at
}

/**
 * A last line of one character (closing marks aside) made two: the previous
 * line of the same paragraph gives its last one or two characters down, where
 * the marks' rules allow the cut.
 */
const avoidLoneCharacter = (set: Chars, starts: ReadonlyArray<number>, ranges: Array<Range>): void => {
  for (let r = 1; r < ranges.length; r++) {
    const [before, here] = [ranges[r - 1], ranges[r]]
    if (before === undefined || here === undefined || !here.last || before.last) continue
    // Closing marks do not count: `平。` alone is one character.
    if (set.chars.slice(here.from, here.to).filter((c) => mayBreakBetween('', c)).length > 1) continue
    let cut = before.to - 1
    while (cut > before.from && !(isTokenStart(starts, cut) && mayBreakBetween(set.chars[cut - 1] ?? '', set.chars[cut] ?? ''))) cut -= 1
    if (cut <= before.from || before.to - cut > 2) continue
    here.from = cut
    before.to = cut
    while (before.to > before.from && isSpace(set.chars[before.to - 1])) before.to -= 1
  }
}

/**
 * The lines of `parts` within `measure`: greedy, a line squeezed by at most
 * {@link MAX_SHRINK} a gap to take one more token rather than stretched, a
 * closing mark never starting a line nor an opening one ending it, spaces at a
 * break dropped, a line break in the text kept, and no last line of a single
 * character. Every line is justified but the last before a line break or the end.
 *
 * @example
 * breakParagraph(fonts, [{ text, style: BODY }], place, { first: PAGE.blockWidth - INDENT, rest: PAGE.blockWidth })
 */
export const breakParagraph = (fonts: FontSet, parts: ReadonlyArray<StyledText>, place: Place, measure: Measure): Array<SetLine> => {
  const set = charsOf(fonts, parts, place)
  const starts = tokenStarts(set, measure)
  const ranges: Array<Range> = []
  const close = (from: number, to: number, last: boolean) => {
    let [start, end] = [from, to]
    while (start < end && isSpace(set.chars[start])) start += 1
    while (end > start && isSpace(set.chars[end - 1])) end -= 1
    ranges.push({ from: start, to: end, last })
  }
  /** Token starts of the current line. */
  let line: Array<number> = []
  let start = 0
  let width = 0
  for (let t = 0; t < starts.length - 1; t++) {
    const [from = 0, to = 0] = [starts[t], starts[t + 1]]
    if (set.chars[from] === '\n') {
      close(start, from, true)
      ;[line, start, width] = [[], to, 0]
      continue
    }
    if (line.length === 0 && isSpace(set.chars[from])) {
      start = to
      continue
    }
    let advance = 0
    for (let i = from; i < to; i++) advance += set.advances[i] ?? 0
    const room = ranges.length === 0 ? measure.first : measure.rest
    if (line.length === 0 || width + advance <= room || runsWidth(runsOf(set, start, to)) - room <= MAX_SHRINK * line.length) {
      line.push(from)
      width += advance
      continue
    }
    if (isSpace(set.chars[from])) {
      close(start, from, false)
      ;[line, start, width] = [[], to, 0]
      continue
    }
    // Carry tokens down while the next line would start with a closing mark or this one would end with an opening one.
    let cut = from
    let kept = line.length
    while (kept > 1 && !mayBreakBetween(set.chars[cut - 1] ?? '', set.chars[cut] ?? '')) {
      kept -= 1
      cut = line[kept] ?? cut
    }
    close(start, cut, false)
    line = [...line.slice(kept), from]
    start = cut
    width = 0
    for (let i = cut; i < to; i++) width += set.advances[i] ?? 0
  }
  if (start < set.chars.length || ranges.length === 0) close(start, set.chars.length, true)
  avoidLoneCharacter(set, starts, ranges)
  return ranges.map(({ from, to, last }, i): SetLine => {
    // An empty line keeps the style of the line break ending it, so that it takes its height.
    const run = runAt(set, to)
    const runs = from === to && to < set.chars.length && run !== undefined ? [{ text: '', ...run, tight: false }] : runsOf(set, from, to)
    return { runs, width: i === 0 ? measure.first : measure.rest, justified: !last }
  })
}
