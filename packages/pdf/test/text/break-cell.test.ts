/**
 * A table cell's text broken into lines by the rules of Chinese typesetting.
 */
import { describe, expect, it } from 'vitest'
import { breakCellText } from '../../src/text/break-cell.js'

/** Every character one unit wide, Latin letters and digits half. */
const measure = (text: string) => [...text].reduce((w, c) => w + (/[\x20-\x7e]/.test(c) ? 0.5 : 1), 0)

describe('breakCellText', () => {
  it('keeps a text that fits on one line', () => {
    expect(breakCellText('自然人', 3, measure)).toEqual(['自然人'])
  })

  it('gives a leading ordinal a line of its own and balances the lines', () => {
    expect(breakCellText('（三）不予公开', 4, measure)).toEqual(['（三）', '不予公开'])
    expect(breakCellText('社会公益组织', 5, measure)).toEqual(['社会公', '益组织'])
  })

  it('never starts a line with a closing mark nor ends one with an opening mark', () => {
    expect(breakCellText('3.危及“三安全一稳定”', 8, measure)).toEqual(['3.危及“三安', '全一稳定”'])
    expect(breakCellText('甲乙，丙丁', 2, measure)).toEqual(['甲', '乙，', '丙丁'])
    expect(breakCellText('甲“乙丙', 2, measure)).toEqual(['甲', '“乙', '丙'])
  })

  it('keeps numbers whole', () => {
    expect(breakCellText('共517645件', 3, measure)).toEqual(['共', '517645', '件'])
  })
})
