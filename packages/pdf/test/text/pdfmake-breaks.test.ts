/**
 * The line-break chances pdfmake misses around quotation marks, and the pairs
 * of characters between which its breaker (the `linebreak` package it uses)
 * surely finds one.
 */
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { cjkPieces, surelyBreaksBetween } from '../../src/text/pdfmake-breaks.js'

/** pdfmake's own breaker: the break positions it finds in `text`. */
const LineBreaker = createRequire(createRequire(import.meta.url).resolve('pdfmake'))('linebreak') as new (text: string) => {
  nextBreak: () => { readonly position: number } | null
}
const breaks = (text: string): Array<number> => {
  const breaker = new LineBreaker(text)
  const found: Array<number> = []
  for (let next = breaker.nextBreak(); next !== null; next = breaker.nextBreak()) found.push(next.position)
  return found
}

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

describe('surelyBreaksBetween', () => {
  const words = [
    '政府',
    '年',
    '12',
    '%',
    'WPS',
    'Office',
    '“',
    '”',
    '，',
    '。',
    '、',
    '；',
    '：',
    '？',
    '！',
    '（',
    '）',
    '《',
    '》',
    '〕',
    '々',
    '-',
    '.'
  ]
  const pairs = words.flatMap((before) => words.map((after) => [before, after] as const))

  it('is sure only where pdfmake’s breaker breaks between a word ending in one and a word starting with the other', () => {
    const sure = pairs.filter(([before, after]) => surelyBreaksBetween(before.at(-1) ?? '', after[0] ?? ''))
    expect(sure.length).toBeGreaterThan(15)
    for (const [before, after] of sure) expect(breaks(before + after), `${before}|${after}`).toContain(before.length)
  })

  it('is not sure around quotation marks, numbers and Latin words', () => {
    expect(surelyBreaksBetween('”', '政')).toBe(false)
    expect(surelyBreaksBetween('府', '“')).toBe(false)
    expect(surelyBreaksBetween('S', 'O')).toBe(false)
    expect(surelyBreaksBetween('2', '年')).toBe(false)
    expect(surelyBreaksBetween('府', '々')).toBe(false)
  })
})
