/**
 * `validate`'s check that every character of a report can be printed: a character
 * that none of the fonts `render` would use (the official fonts found on this
 * machine, else the bundled stand-ins) can draw is a `GLYPH_MISSING` error, found
 * before `render` stops on it.
 */
import { placeOf, problem, textsOf, type Problem, type Report } from '@report/model'
import { FONT_ROLES, RenderError, fontsFor, loadFontSet, type FontSet } from '@report/pdf'
import { CliError } from './contract.js'

/**
 * Text every font of the set draws (ASCII, the common punctuation, the CJK
 * ideographs of GBK, full-width forms): such text needs no font loaded to check.
 */
const SURELY_DRAWN = /^[\t\n\r\u0020-\u007E\u00B7\u00D7\u2014\u2018-\u201D\u2026\u3000-\u303F\u4E00-\u9FA5\uFF01-\uFF5E]*$/u

const LAYOUT = new Set(['\t', '\n', '\r'])

let loaded: Promise<FontSet> | undefined

/** The fonts `render` uses by default, loaded once per run. */
const defaultFonts = (): Promise<FontSet> =>
  (loaded ??= fontsFor({ fontDirs: [], systemFonts: true }).then(loadFontSet)).catch((e: unknown) => {
    if (e instanceof RenderError && e.failure.code === 'FONT_UNREADABLE') throw new CliError('FONT_UNREADABLE', e.message, e.failure.file)
    throw e
  })

const codePoint = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`

/**
 * One `GLYPH_MISSING` problem per piece of text holding a character no font of
 * the default set has, naming the first such character and its position.
 *
 * @example
 * await checkGlyphs(report) // [{ code: 'GLYPH_MISSING', path: '/agency', message: '第 3 个字符“𠀋”（U+2000B）…' }]
 */
export const checkGlyphs = async (report: Report): Promise<ReadonlyArray<Problem>> => {
  const unsure = textsOf(report).filter(({ text }) => !SURELY_DRAWN.test(text))
  if (unsure.length === 0) return []
  const fonts = await defaultFonts()
  const drawn = (cp: number) => FONT_ROLES.some((role) => fonts[role].font.hasGlyphForCodePoint(cp))
  return unsure.flatMap(({ path, text }) => {
    const chars = [...text]
    const at = chars.findIndex((c) => !LAYOUT.has(c) && !drawn(c.codePointAt(0) ?? 0))
    if (at < 0) return []
    const char = chars[at] ?? ''
    return [
      problem(
        'GLYPH_MISSING',
        placeOf(report.format, path),
        `第 ${at + 1} 个字符“${char}”（${codePoint(char.codePointAt(0) ?? 0)}）没有任何可用字体能够排印；请改用常用字，或用 render --font-dir 提供含此字的字体`
      )
    ]
  })
}
