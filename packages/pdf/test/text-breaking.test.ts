/**
 * Breaking text: cell lines by the rules of Chinese typesetting, and the
 * line-break chances pdfmake misses around quotation marks.
 */
import { describe, expect, it } from 'vitest'
import { cjkPieces } from '../src/cjk-breaks.js'
import { wrapText } from '../src/wrap-text.js'

/** Every character one unit wide, Latin letters and digits half. */
const measure = (text: string) => [...text].reduce((w, c) => w + (/[\x20-\x7e]/.test(c) ? 0.5 : 1), 0)

describe('wrapText', () => {
  it('keeps a text that fits on one line', () => {
    expect(wrapText('自然人', 3, measure)).toEqual(['自然人'])
  })

  it('gives a leading ordinal a line of its own and balances the lines', () => {
    expect(wrapText('（三）不予公开', 4, measure)).toEqual(['（三）', '不予公开'])
    expect(wrapText('社会公益组织', 5, measure)).toEqual(['社会公', '益组织'])
  })

  it('never starts a line with a closing mark nor ends one with an opening mark', () => {
    expect(wrapText('3.危及“三安全一稳定”', 8, measure)).toEqual(['3.危及“三安', '全一稳定”'])
    expect(wrapText('甲乙，丙丁', 2, measure)).toEqual(['甲', '乙，', '丙丁'])
    expect(wrapText('甲“乙丙', 2, measure)).toEqual(['甲', '“乙', '丙'])
  })

  it('keeps numbers whole', () => {
    expect(wrapText('共517645件', 3, measure)).toEqual(['共', '517645', '件'])
  })
})

describe('cjkPieces', () => {
  it('opens break chances before “ after a Han character and after ” before one', () => {
    expect(cjkPieces('处理“12345”政府')).toEqual([
      { text: '处', breakAll: false },
      { text: '理“', breakAll: true },
      { text: '12345', breakAll: false },
      { text: '”政', breakAll: true },
      { text: '府', breakAll: false }
    ])
  })

  it('leaves text without such marks whole', () => {
    expect(cjkPieces('全年未出现')).toEqual([{ text: '全年未出现', breakAll: false }])
    expect(cjkPieces('”。')).toEqual([{ text: '”。', breakAll: false }])
  })
})
