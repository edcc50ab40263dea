import { describe, expect, it } from 'vitest'
import { canonicalDecimal, isPositiveDecimal, sumDecimals } from '../src/index.js'

describe('decimals', () => {
  it('sums exactly where binary floats do not', () => {
    expect(0.1 + 0.2).not.toBe(0.3)
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.3')
    expect(sumDecimals(['4068.208', '7730.28', '7545'])).toBe('19343.488')
    expect(sumDecimals(['99999999999999999.99', '0.01'])).toBe('100000000000000000')
    expect(sumDecimals([])).toBe('0')
  })

  it('writes the canonical form', () => {
    expect(canonicalDecimal('007730.280')).toBe('7730.28')
    expect(canonicalDecimal('0.000')).toBe('0')
    expect(canonicalDecimal('10')).toBe('10')
    expect(() => canonicalDecimal('1e3')).toThrow(RangeError)
  })

  it('tells a positive amount', () => {
    expect(isPositiveDecimal('0')).toBe(false)
    expect(isPositiveDecimal('0.001')).toBe(true)
  })
})
