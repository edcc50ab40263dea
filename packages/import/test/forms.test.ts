import { describe, expect, it } from 'vitest'
import { importReport } from '../src/index.js'
import { FORMS, expectedTables, variant } from './variants.js'

describe('hand-made variants of the sample in each input form give the same tables', () => {
  it.each(FORMS)('%s', (form) => {
    const result = importReport(variant(form))
    expect(result.form).toBe(form === 'html' ? 'html' : 'text')
    expect(result.format).toBe('2019')
    expect(result.report?.tables).toEqual(expectedTables(form))
    expect(result.tables).toEqual({ active: 'complete', applications: 'complete', review: 'complete' })
    expect(result.report?.sections.map((s) => s.role)).toEqual(['overview', 'active', 'applications', 'review', 'problems', 'extra', 'other'])
  })

  it('keeps blank, "/", "—" and 0 distinct', () => {
    const { report } = importReport(variant('tsv'))
    const tables = report?.tables as ReturnType<typeof expectedTables> | undefined
    expect(tables?.active.item1?.regulations?.newlyMade).toBe('')
    expect(tables?.active.item1?.regulations?.newlyPublished).toBe(2)
    expect((tables?.review.directSuit as ReadonlyArray<unknown>)[2]).toBe('—')
    expect(report?.tables.applications?.results.withheld.endangersSafety[1]).toBe('/')
  })

  it('reads a GBK-encoded file and a UTF-8 file with a byte-order mark to the same report', () => {
    // GBK has no U+00A0 (the sample's page ends lines with it): spaces instead, in all three.
    const text = variant('tsv').replace(/\u00a0/g, ' ')
    const utf8 = importReport(new TextEncoder().encode(text))
    const bom = importReport(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))
    const gbk = importReport(encodeGbk(text))
    expect(gbk.encoding).toBe('gb18030')
    expect(gbk.notes[0]?.code).toBe('ENCODING_GB18030')
    expect(gbk.report).toEqual(utf8.report)
    expect(bom.report).toEqual(utf8.report)
  })
})

/** GBK bytes of a text, from the inverse of the platform's GB18030 decoder. */
const encodeGbk = (text: string): Uint8Array => {
  const decoder = new TextDecoder('gb18030')
  const table = new Map<string, [number, number]>()
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      const ch = decoder.decode(new Uint8Array([lead, trail]))
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail])
    }
  }
  const bytes: Array<number> = []
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    if (code < 0x80) bytes.push(code)
    else {
      const pair = table.get(ch)
      if (pair === undefined) throw new Error(`not in GBK: U+${code.toString(16)}`)
      bytes.push(...pair)
    }
  }
  return new Uint8Array(bytes)
}
