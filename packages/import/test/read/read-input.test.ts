import { describe, expect, it } from 'vitest'
import { readInput } from '../../src/read/read-input.js'

describe('reading the input', () => {
  it('takes a string without its byte-order mark, and tells HTML from text', () => {
    expect(readInput('\uFEFF一、总体情况')).toEqual({ text: '一、总体情况', encoding: 'utf-8', notes: [], form: 'text' })
    expect(readInput('<p>一、总体情况</p>').form).toBe('html')
  })

  it('reads bytes that are not UTF-8 as GB18030, with a note', () => {
    const input = readInput(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]))
    expect(input).toMatchObject({ text: '中文', encoding: 'gb18030', form: 'text' })
    expect(input.notes.map((n) => n.code)).toEqual(['ENCODING_GB18030'])
  })
})
