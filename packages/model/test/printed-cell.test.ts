import { describe, expect, it } from 'vitest'
import { parseCell } from '../src/index.js'

describe('parseCell', () => {
  it('keeps blank, "/", "—" and 0 distinct and checks the kind', () => {
    expect(['', '/', '—', '-', '0'].map((v) => parseCell('count', v))).toEqual(['', '/', '—', '-', 0])
    expect(parseCell('count', '-3')).toBeUndefined()
    expect(parseCell('delta', '-3')).toBe(-3)
    expect(parseCell('count', '1.5')).toBeUndefined()
    expect(parseCell('money', '4068.208')).toBe('4068.208')
    expect(parseCell('money', '+0004068.2080')).toBe('4068.208')
  })
})
