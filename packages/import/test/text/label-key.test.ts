import { describe, expect, it } from 'vitest'
import { containment, labelKey, pairsOf } from '../../src/text/label-key.js'

describe('labels', () => {
  it('match across width, numbering and spaces, and score OCR damage', () => {
    expect(labelKey('（二）部分公开（区分处理的， 只计这一情 形）')).toBe(labelKey('(二)部分公开(区分处理的,只计这一情形)'))
    expect(labelKey('1、属于国家秘密')).toBe(labelKey('1.属于国家秘密'))
    expect(containment(pairsOf(labelKey('2.其他法律行政法规禁止公开')), pairsOf(labelKey('2.其他法律行政止公开')))).toBeCloseTo(9 / 13)
  })
})
