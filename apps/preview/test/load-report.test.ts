import { importReport } from '@report/import'
import { fixturePath } from '@report/fixtures'
import { decodeReport } from '@report/model'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadReport } from '../src/load-report.js'
import { expectedProblems, SAMPLE, SAMPLE_EXPECTED, SAMPLE_TEXT, T3_1, T3_1_EXPECTED, TRUNCATED } from './paths.js'

describe('loadReport', () => {
  it('shows the sample with its title first and exactly its expected problems', async () => {
    const loaded = await loadReport('report.json', readFileSync(SAMPLE))
    expect(loaded.kind).toBe('report')
    if (loaded.kind !== 'report') return
    expect(loaded.view.blocks[0]).toEqual({
      kind: 'title',
      lines: ['开江县任市镇人民政府', '2020年政府信息公开工作年度报告'],
      place: { path: '/title', where: '标题' }
    })
    expect(loaded.problems).toEqual(expectedProblems(SAMPLE_EXPECTED))
    expect(loaded.notes).toEqual([])
  })

  it('gives a broken table 三 exactly its expected problems', async () => {
    const loaded = await loadReport('report.json', readFileSync(T3_1))
    expect(loaded.kind).toBe('report')
    expect(loaded.problems).toEqual(expectedProblems(T3_1_EXPECTED))
  })

  it('says in Chinese that truncated JSON is not a report, with the syntax error as its problem', async () => {
    const loaded = await loadReport('report.json', readFileSync(TRUNCATED))
    expect(loaded.kind).toBe('failed')
    if (loaded.kind !== 'failed') return
    expect(loaded.message).toBe('report.json 不是有效的 JSON，无法显示为报告。')
    expect(loaded.problems.map((p) => [p.code, p.path])).toEqual([['JSON_INVALID', '']])
  })

  it('names the structure problems of JSON that is not a report', async () => {
    const loaded = await loadReport('other.json', new TextEncoder().encode('{"year": "二〇二〇"}'))
    expect(loaded.kind).toBe('failed')
    if (loaded.kind !== 'failed') return
    expect(loaded.message).toBe(`other.json 不符合报告的结构（${loaded.problems.length} 处问题），无法显示为报告。`)
    expect(loaded.problems.map((p) => [p.code, p.path, p.where])).toEqual([['FIELD_MISSING', '/format', '格式版本']])
  })

  it('refuses a .json file that is not UTF-8', async () => {
    const loaded = await loadReport('gbk.json', Uint8Array.from([0x7b, 0xc4, 0xea, 0x7d]))
    expect(loaded).toEqual({
      kind: 'failed',
      message:
        'gbk.json：文件不是 UTF-8 编码，看来是 GB18030（GBK，记事本所谓“ANSI”）；请用文本编辑器另存为 UTF-8 编码（记事本：“另存为”，编码选“UTF-8”）后再试',
      problems: [],
      notes: []
    })
  })

  it('refuses UTF-16 with a byte-order mark, JSON or published text, saying how to save as UTF-8', async () => {
    const text = readFileSync(SAMPLE, 'utf8')
    for (const name of ['u16.json', 'u16.txt']) {
      const loaded = await loadReport(name, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
      expect(loaded).toMatchObject({
        kind: 'failed',
        message: `${name}：文件是 UTF-16LE 编码（带字节顺序标记），不是 UTF-8；请用文本编辑器另存为 UTF-8 编码（记事本：“另存为”，编码选“UTF-8”）后再试`
      })
    }
  })

  it('reads JSON by its leading brace whatever its name', async () => {
    const loaded = await loadReport('report.txt', Buffer.concat([Buffer.from('\uFEFF \n'), readFileSync(SAMPLE)]))
    expect([loaded.kind, loaded.notes]).toEqual(['report', []])
  })

  it('imports the published text of the sample to the same report, with the importer notes', async () => {
    const loaded = await loadReport('source.txt', readFileSync(SAMPLE_TEXT))
    expect(loaded.kind).toBe('report')
    if (loaded.kind !== 'report') return
    expect(loaded.report).toEqual(decodeReport(JSON.parse(readFileSync(SAMPLE, 'utf8'))).report)
    expect(loaded.problems).toEqual(expectedProblems(SAMPLE_EXPECTED))
    expect(loaded.notes).toEqual(importReport(readFileSync(SAMPLE_TEXT), { name: 'source.txt' }).notes)
    expect(loaded.notes.map((n) => [n.code, n.path])).toEqual([['DIGITS_SPLIT', '/tables/review']])
  })

  it('says a file that imports to no report is not one, with the importer notes', async () => {
    const loaded = await loadReport('picture.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))
    expect(loaded.kind).toBe('failed')
    if (loaded.kind !== 'failed') return
    expect(loaded.message).toBe('picture.png 无法导入为报告，请查看问题与导入说明。')
    expect(loaded.notes.at(-1)?.code).toBe('YEAR_NOT_FOUND')
  })

  it('imports a published PDF by its content, whatever its name', async () => {
    const loaded = await loadReport('report', readFileSync(fixturePath('hongze-district-2023', 'source.pdf')))
    expect(loaded.kind).toBe('report')
    if (loaded.kind !== 'report') return
    expect(loaded.report.title).toBe('洪泽区人民政府2023年政府信息公开工作年度报告')
    expect(loaded.notes.find((n) => n.code === 'GROUP_AS_ONE_ROW')?.where).toMatch(/^第 4 页/)
  })

  it('says why a Word 97-2003 .doc is not read', async () => {
    const loaded = await loadReport('report.doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))
    expect(loaded).toMatchObject({ kind: 'failed', notes: [{ code: 'WORD_BINARY' }] })
  })
})
