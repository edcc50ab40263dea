import { afterEach, describe, expect, it, vi } from 'vitest'
import { fixZipTimes, readWorkbook, writeWorkbook, type Sheet } from '../src/index.js'

const SHEETS: ReadonlyArray<Sheet> = [
  {
    name: '单位',
    columns: [{ header: '单位' }, { header: '状态' }, { header: '本年新收' }],
    rows: [
      ['示例县某某镇人民政府', '已收到，无错误', 12],
      ['示例县财政局', '未收到', '']
    ]
  },
  { name: '问题', columns: [{ header: '文件' }, { header: '位置' }], rows: [['a.json', '表三 · 自然人']] }
]

afterEach(() => {
  vi.useRealTimers()
})

describe('writeWorkbook', () => {
  it('writes sheets that exceljs reads back as the same rows', async () => {
    const sheets = await readWorkbook(await writeWorkbook(SHEETS))
    expect(sheets.map((s) => s.name)).toEqual(['单位', '问题'])
    expect(sheets[0]?.rows).toEqual([
      ['单位', '状态', '本年新收'],
      ['示例县某某镇人民政府', '已收到，无错误', 12],
      ['示例县财政局', '未收到', null]
    ])
    expect(sheets[1]?.rows).toEqual([
      ['文件', '位置'],
      ['a.json', '表三 · 自然人']
    ])
  })

  it('gives the same bytes at another time of day and another year', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2024-05-06T07:08:09Z'))
    const first = await writeWorkbook(SHEETS)
    vi.setSystemTime(new Date('2031-11-12T13:14:15Z'))
    const second = await writeWorkbook(SHEETS)
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true)
  })
})

describe('fixZipTimes', () => {
  it('refuses bytes that are not a zip archive', () => {
    expect(() => fixZipTimes(new TextEncoder().encode('名称,类型\n'.repeat(5)))).toThrow('not a zip archive')
  })
})
