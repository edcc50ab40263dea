/**
 * The line-break chances pdfmake misses around quotation marks.
 */
import { describe, expect, it } from 'vitest'
import { cjkPieces } from '../../src/text/pdfmake-breaks.js'

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
