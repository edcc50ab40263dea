import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { struct } from '../src/struct.js'

describe('struct is', () => {
  // One codec through every case: its `is` keeps the order of the last object read by key.
  const Item = struct({ a: t.string, b: t.number }, { c: t.boolean })

  it('holds for its fields in any order, an optional one left out or not', () => {
    for (const u of [
      { a: 'x', b: 1 },
      { b: 1, a: 'x' },
      { b: 1, c: true, a: 'x' },
      { c: false, a: 'x', b: 2 },
      { a: 'x', b: 1 },
      { a: 'x', b: 1, c: true }
    ]) {
      expect(Item.is(u)).toBe(true)
    }
  })

  it('fails for a field missing, of another type, unknown or undefined, whatever order came before', () => {
    for (const before of [
      { a: 'x', b: 1 },
      { b: 1, c: true, a: 'x' }
    ]) {
      expect(Item.is(before)).toBe(true)
      expect(Item.is({ b: 1 })).toBe(false)
      expect(Item.is({ b: 1, a: 2 })).toBe(false)
      expect(Item.is({ a: 'x', b: 1, d: 0 })).toBe(false)
      expect(Item.is({ d: 0, a: 'x', b: 1 })).toBe(false)
      expect(Item.is({ a: 'x', b: 1, c: undefined })).toBe(false)
      expect(Item.is({ a: 'x', a2: 'y', b: 1 })).toBe(false)
      expect(Item.is(Object.assign(Object.create({ a: 'x' }) as object, { b: 1 }))).toBe(false)
    }
  })
})
