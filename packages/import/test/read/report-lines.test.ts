import { describe, expect, it } from 'vitest'
import { readInput } from '../../src/read/read-input.js'
import { reportLines } from '../../src/read/report-lines.js'

describe('the lines of the report', () => {
  it('drop page numbers and page fields, keeping the date the page gives', () => {
    const { lines, layout, published } = reportLines(readInput('标题\n发布日期：2021-01-27\n来源：本站\n正文\n- 2 -'))
    expect(lines.map((l) => l.text)).toEqual(['标题', '正文'])
    expect(published).toBe('2021-01-27')
    expect(layout.wrapped).toBe(false)
  })
})
