/**
 * Body text broken into lines here and drawn whole: greedy lines within the
 * measure, the marks' rules, lines fitted by their shaped width, numbers kept
 * whole and tight, and justification by character spacing that fills each line
 * exactly as pdfmake will measure it.
 */
import { describe, expect, it } from 'vitest'
import { shapedWidth } from '../../src/fonts/metrics.js'
import { LINE_PITCH, RenderError, discoverFonts, loadFontSet } from '../../src/index.js'
import { breakParagraph } from '../../src/text/break-paragraph.js'
import { lineInlines } from '../../src/text/inlines.js'
import type { SetLine, TextStyle } from '../../src/text/set-lines.js'

const fonts = await loadFontSet(await discoverFonts({ systemFonts: false }))
/** 3号 仿宋: every Han character 16 pt wide. */
const BODY: TextStyle = { role: 'fangsong', size: 16, pitch: LINE_PITCH }
const place = { path: '/sections/0/paragraphs/0', where: '正文 第1节 第1段' }

const lines = (text: string, first: number, rest: number): Array<SetLine> => breakParagraph(fonts, [{ text, style: BODY }], place, { first, rest })
/** Each line's text, numbers and Latin words marked `*`, and whether it is justified. */
const shape = (set: ReadonlyArray<SetLine>) => set.map((l) => [l.runs.map((r) => (r.tight ? '*' : '') + r.text).join('|'), l.justified])

describe('breakParagraph', () => {
  it('fills lines greedily within the first and the other widths, justifying all but the last', () => {
    const set = lines('甲乙丙丁戊己庚辛', 48, 80)
    expect(shape(set)).toEqual([
      ['甲乙丙', true],
      ['丁戊己庚辛', false]
    ])
    expect(set.map((l) => l.width)).toEqual([48, 80])
  })

  it('never starts a line with a closing mark nor ends one with an opening mark', () => {
    expect(shape(lines('甲乙丙丁戊，己庚', 80, 80))).toEqual([
      ['甲乙丙丁', true],
      ['戊，己庚', false]
    ])
    expect(shape(lines('甲乙丙丁“戊己', 80, 80))).toEqual([
      ['甲乙丙丁', true],
      ['“戊己', false]
    ])
  })

  it('fits a line by its shaped width where the font compresses adjacent marks', () => {
    expect(shapedWidth(fonts.fangsong, 16, '”。')).toBe(24)
    expect(shape(lines('甲乙丙丁”。戊', 88, 88))).toEqual([
      ['甲乙丙丁”。', true],
      ['戊', false]
    ])
  })

  it('keeps numbers whole and tight, and keeps a line break of the text', () => {
    expect(shape(lines('共计517645件事项', 80, 96))).toEqual([
      ['共计', true],
      ['*517645|件事', true],
      ['项', false]
    ])
    expect(shape(lines('甲乙\n丙丁戊己庚辛', 48, 64))).toEqual([
      ['甲乙', false],
      ['丙丁戊己', true],
      ['庚辛', false]
    ])
  })

  it('refuses a character no font has, naming its place', () => {
    const error = (() => {
      try {
        return lines('甲𰀀', 80, 80)
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(RenderError)
    expect((error as RenderError).failure).toMatchObject({ code: 'MISSING_GLYPH', char: '𰀀', index: 2, path: place.path })
  })
})

describe('lineInlines', () => {
  const inlines = lineInlines(lines('共计517645件事项甲乙丙丁', 120, 120))
  /** The width pdfmake gives an inline: its shaped width plus (length − 1) character spacings. */
  const pdfmakeWidth = (text: string, spacing: number) => shapedWidth(fonts.fangsong, 16, text) + spacing * (text.length - 1)

  it('spreads the spare width of a justified line over its glyphs, a number counting as one, to a thousandth of a point short', () => {
    const line = inlines.slice(
      0,
      inlines.findIndex((i) => i.text === '\n')
    )
    expect(line.map((i) => i.text)).toEqual(['共计', '', '517645', '', '件事'])
    const spacing = (120 - 0.001 - shapedWidth(fonts.fangsong, 16, '共计517645件事')) / 4
    const used = line[0]?.characterSpacing ?? 0
    expect(used).toBeCloseTo(spacing, 9)
    expect(line.map((i) => i.characterSpacing ?? 0)).toEqual([used, -used, 0, -used, used])
    expect(line.every((i) => i.text === '' || i.noWrap === true)).toBe(true)
    const width = line.reduce((sum, i) => sum + pdfmakeWidth(i.text as string, i.characterSpacing ?? 0), 0)
    expect(width).toBeCloseTo(120 - 0.001, 9)
  })

  it('ends every line but the last with a line break and leaves the last line unspaced', () => {
    expect(inlines.filter((i) => i.text === '\n')).toHaveLength(1)
    expect(inlines.at(-1)).toMatchObject({ text: '项甲乙丙丁', noWrap: true })
    expect(inlines.at(-1)?.characterSpacing).toBeUndefined()
  })
})
