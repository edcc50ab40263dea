/**
 * Short texts cut into balanced lines between words: titles and agencies'
 * names never cut inside a word (`某某 / 市`, `2021 / 年度`).
 */
import { describe, expect, it } from 'vitest'
import { balancedLines } from '../../src/text/balanced-lines.js'

/** 2号: every character 22 pt, digits half. */
const width = (text: string): number => [...text].reduce((sum, c) => sum + (/\d/.test(c) ? 11 : 22), 0)
const BLOCK = 442

describe('balancedLines', () => {
  it('keeps a line that fits whole', () => {
    expect(balancedLines('开江县任市镇人民政府', width, BLOCK)).toEqual(['开江县任市镇人民政府'])
  })

  it('cuts a long title between words into lines of nearly equal width', () => {
    const lines = balancedLines('2021年度某某市某某区某某街道办事处政府信息公开工作年度报告', width, BLOCK)
    expect(lines).toEqual(['2021年度某某市某某区某某街道', '办事处政府信息公开工作年度报告'])
    expect(lines.join('')).toBe('2021年度某某市某某区某某街道办事处政府信息公开工作年度报告')
  })

  it('never splits a number or a word it finds: 某某 / 市 and 2021 / 年度 stay whole', () => {
    for (const title of ['某某市某某区某某街道办事处2021年度政府信息公开工作年度报告', '某某自治州某某县某某乡人民政府2021年度政府信息公开年度报告']) {
      const lines = balancedLines(title, width, BLOCK)
      expect(lines.length).toBe(2)
      const [first = '', second = ''] = lines
      expect(first.endsWith('某') && second.startsWith('市')).toBe(false)
      expect(/\d$/.test(first) || second.startsWith('年度')).toBe(false)
      expect(Math.abs(width(first) - width(second))).toBeLessThanOrEqual(5 * 22)
    }
  })

  it('falls back to characters only where no word boundary fits', () => {
    expect(balancedLines('甲乙丙丁', (t) => 10 * [...t].length, 20)).toEqual(['甲乙', '丙丁'])
  })
})
