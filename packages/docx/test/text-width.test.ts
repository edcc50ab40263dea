/**
 * The widths the DOCX writer estimates without fonts: the title's symmetric lines,
 * broken between words, and column widths in whole twips.
 */
import { columnTwips } from '@report/docx'
import { describe, expect, it } from 'vitest'
import { charWidth, symmetricLines } from '../src/text-width.js'

describe('charWidth', () => {
  it('counts Han characters and full-width marks one, ASCII a half', () => {
    expect(charWidth('2021年1月27日')).toBe(6.5)
    expect(charWidth('（一）')).toBe(3)
    expect(charWidth('— 1 —')).toBe(3.5)
    expect(charWidth('“三安全一稳定”')).toBe(8)
  })
})

describe('symmetricLines', () => {
  it('keeps a line that fits', () => {
    expect(symmetricLines('2020年政府信息公开工作年度报告', 20)).toEqual(['2020年政府信息公开工作年度报告'])
  })

  it('splits a long title into lines of nearly equal width, between words, never inside one', () => {
    const lines = symmetricLines('某某市某某区某某街道办事处2021年度政府信息公开工作年度报告', 20)
    expect(lines.join('')).toBe('某某市某某区某某街道办事处2021年度政府信息公开工作年度报告')
    expect(lines).toHaveLength(2)
    const [a = '', b = ''] = lines
    expect(Math.abs(charWidth(a) - charWidth(b))).toBeLessThanOrEqual(3)
    // the break falls between words: not inside 2021, 年度, 办事处
    expect(a.endsWith('2') || a.endsWith('年') || a.endsWith('办') || a.endsWith('办事')).toBe(false)
  })
})

describe('columnTwips', () => {
  it('scales relative widths to whole twips summing exactly to the block', () => {
    expect(columnTwips([1, 1, 1], 10)).toEqual([4, 3, 3])
    const table3 = columnTwips([0.4, 1.35, 3.5, 1, 1, 1, 1, 1, 1, 1], 8844)
    expect(table3.reduce((a, b) => a + b, 0)).toBe(8844)
    expect(table3[0]).toBe(289)
  })
})
