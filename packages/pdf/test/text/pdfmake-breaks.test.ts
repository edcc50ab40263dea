/**
 * The pairs of characters between which pdfmake's breaker (the `linebreak`
 * package it uses) surely finds a chance to break.
 */
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { surelyBreaksBetween } from '../../src/text/pdfmake-breaks.js'

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
