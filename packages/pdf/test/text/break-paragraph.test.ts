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
import { tightSpacingFeature } from '../../src/fonts/tight-spacing.js'
import { lineInlines } from '../../src/text/inlines.js'
import type { SetLine, TextStyle } from '../../src/text/set-lines.js'

const fonts = await loadFontSet(await discoverFonts({ systemFonts: false }))
/** 3号 仿宋: every Han character 16 pt wide, digits 8 pt (FandolFang). */
const BODY: TextStyle = { role: 'fangsong', size: 16, pitch: LINE_PITCH }
/** 3号 宋体 (Noto Serif SC), whose `chws` compresses adjacent marks. */
const SONG: TextStyle = { role: 'songti', size: 16, pitch: LINE_PITCH }
const place = { path: '/sections/0/paragraphs/0', where: '正文 第1节 第1段' }

const lines = (text: string, first: number, rest: number, style = BODY): Array<SetLine> => breakParagraph(fonts, [{ text, style }], place, { first, rest })
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
    expect(shapedWidth(fonts.songti, 16, '”。')).toBe(24)
    expect(shape(lines('甲乙丙丁”。戊', 88, 88, SONG))).toEqual([
      ['甲乙丙丁”。', true],
      ['戊', false]
    ])
  })

  it('keeps numbers whole and tight, and keeps a line break of the text', () => {
    expect(shape(lines('共计517645件事项目', 76, 90))).toEqual([
      ['共计', true],
      ['*517645|件事', true],
      ['项目', false]
    ])
    expect(shape(lines('甲乙\n丙丁戊己庚辛', 48, 64))).toEqual([
      ['甲乙', false],
      ['丙丁戊己', true],
      ['庚辛', false]
    ])
  })

  it('squeezes a line by up to 0.5 pt a gap to take one more character rather than stretch it', () => {
    // Ten characters of 16 pt in 152 pt: 8 pt over, 9 gaps, 0.89 pt each: too much, so nine on the line.
    expect(shape(lines('甲乙丙丁戊己庚辛壬癸子丑', 152, 152))[0]).toEqual(['甲乙丙丁戊己庚辛壬', true])
    // In 156 pt: 4 pt over, 0.44 pt a gap: the tenth character stays on the line, drawn 0.44 pt tighter a gap.
    const squeezed = lines('甲乙丙丁戊己庚辛壬癸子丑', 156, 156)
    expect(shape(squeezed)[0]).toEqual(['甲乙丙丁戊己庚辛壬癸', true])
    expect(lineInlines(squeezed)[0]?.characterSpacing).toBeCloseTo((156 - 0.001 - 160) / 9, 6)
  })

  it('never leaves one character alone on the last line: the line before gives a character down', () => {
    expect(shape(lines('甲乙丙丁戊己庚辛壬', 64, 64))).toEqual([
      ['甲乙丙丁', true],
      ['戊己庚', true],
      ['辛壬', false]
    ])
    expect(shape(lines('甲乙丙丁戊己庚辛壬。', 64, 64)).slice(1)).toEqual([
      ['戊己庚', true],
      ['辛壬。', false]
    ])
    // A closing mark goes down only with the character before it.
    expect(shape(lines('甲乙丙丁，戊', 80, 80))).toEqual([
      ['甲乙丙', true],
      ['丁，戊', false]
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
  /** 楷体 at 3号, for a run-in heading before body text. */
  const KAI: TextStyle = { role: 'kaiti', size: 16, pitch: LINE_PITCH }
  const texts = (set: ReadonlyArray<SetLine>) => lineInlines(set).map((i) => i.text)
  /** The width pdfmake gives an inline: its shaped width plus (length − 1) character spacings. */
  const pdfmakeWidth = (text: string, spacing: number) => shapedWidth(fonts.fangsong, 16, text) + spacing * (text.length - 1)

  it('draws a justified line in one font as one node, its spare width spread over its glyphs, a number counting as one', () => {
    const [line] = lineInlines(lines('共计517645件事项甲乙丙丁', 120, 120))
    const spacing = (120 - 0.001 - shapedWidth(fonts.fangsong, 16, '共计517645件事')) / 4
    expect(line).toMatchObject({ text: '共计517645件事', noWrap: true })
    expect(line?.characterSpacing).toBeCloseTo(spacing, 9)
    // The number's five inner gaps take no spacing: pdfkit takes it back after each of its glyphs but the last.
    const tight = tightSpacingFeature({ length: 10, cancel: ((line?.characterSpacing ?? 0) * 1000) / 16, stretches: [[2, 8]] })
    expect(line?.fontFeatures).toEqual([...fonts.fangsong.features, tight])
  })

  it('ends a line with a line break only where pdfmake’s breaker would not break before the next line by itself', () => {
    expect(texts(lines('共计517645件事项甲乙丙丁', 120, 120))).toEqual(['共计517645件事', '项甲乙丙丁'])
    expect(texts(lines('共计517645件事“项甲”乙丙', 120, 120))).toEqual(['共计517645件事', '\n', '“项甲”乙丙'])
    // A line left short (the text's own line break) always ends with one.
    expect(texts(lines('甲乙\n丙丁', 120, 120))).toEqual(['甲乙', '\n', '丙丁'])
  })

  it('leaves the last line unspaced', () => {
    const last = lineInlines(lines('共计517645件事项甲乙丙丁', 120, 120)).at(-1)
    expect(last).toMatchObject({ text: '项甲乙丙丁', noWrap: true })
    expect(last?.characterSpacing).toBeUndefined()
    expect(last?.fontFeatures).toBeUndefined()
  })

  it('draws a line in two fonts run by run, an empty inline adding the spacing after each run but the last', () => {
    const set = breakParagraph(
      fonts,
      [
        { text: '（一）', style: KAI },
        { text: '共计517645件事', style: BODY }
      ],
      place,
      { first: 120, rest: 120 }
    )
    const line = lineInlines(set).slice(0, 3)
    expect(line.map((i) => [i.text, i.font])).toEqual([
      ['（一）', fonts.kaiti.family],
      ['', fonts.kaiti.family],
      ['共计', fonts.fangsong.family]
    ])
    const natural = shapedWidth(fonts.kaiti, 16, '（一）') + shapedWidth(fonts.fangsong, 16, '共计')
    const spacing = (120 - 0.001 - natural) / 4
    expect(line.map((i) => i.characterSpacing ?? 0)).toEqual([spacing, -spacing, spacing])
    const width = shapedWidth(fonts.kaiti, 16, '（一）') + spacing * 2 + spacing + pdfmakeWidth('共计', spacing)
    expect(width).toBeCloseTo(120 - 0.001, 9)
  })
})
