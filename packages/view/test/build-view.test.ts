import { fixturePath } from '@report/fixtures'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  APPLICANT_COLUMNS,
  APPLICANT_HEADER,
  APPLICATION_DATA_ROWS,
  OUTCOMES,
  ROW_COLUMNS,
  TABLE_NAMES,
  parseReport,
  toPointer,
  type Report
} from '@report/model'
import { buildView, chineseDate, titleLines, type Block, type TableBlock, type ViewCell } from '../src/index.js'

const fixture = (name: string): Report => {
  const result = parseReport(readFileSync(fixturePath(name, 'report.json'), 'utf8'))
  if (result.report === undefined) throw new Error(`${name} does not decode`)
  return result.report
}

/** How many grid columns each row of a grid covers, counting cells spanning down from rows above. */
const coverage = (rows: ReadonlyArray<ReadonlyArray<ViewCell>>): ReadonlyArray<number> => {
  const taken: Array<Array<boolean>> = rows.map(() => [])
  rows.forEach((row, r) => {
    let c = 0
    for (const cell of row) {
      while (taken[r]?.[c] === true) c++
      for (let dr = 0; dr < cell.rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) (taken[r + dr] ??= [])[c + dc] = true
      c += cell.colSpan
    }
  })
  return taken.map((cols) => cols.filter(Boolean).length)
}

const tableOf = (blocks: ReadonlyArray<Block>, table: TableBlock['table']): TableBlock => {
  const found = blocks.find((b): b is TableBlock => b.kind === 'table' && b.table === table)
  if (found === undefined) throw new Error(`no ${table}`)
  return found
}

describe.each(['renshi-town-2020', 'example-department-2022'])('the view of %s', (name) => {
  const report = fixture(name)
  const { blocks, meta } = buildView(report)

  it('opens with the title and closes with the signature', () => {
    expect(blocks[0]).toEqual({ kind: 'title', lines: titleLines(report.title, report.agency), place: { path: '/title', where: '标题' } })
    expect(blocks.at(-1)).toEqual({
      kind: 'signature',
      agency: report.agency,
      date: chineseDate(report.published ?? ''),
      places: { agency: { path: '/agency', where: '机关名称' }, date: { path: '/published', where: '发布日期' } }
    })
    expect(meta).toMatchObject({ title: report.title, author: report.agency, language: 'zh-CN' })
  })

  it('keeps every paragraph of the report, in order, with its path', () => {
    const paragraphs = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))
    const expected = report.sections.flatMap((s) => [...s.paragraphs, ...(s.subsections ?? []).flatMap((sub) => sub.paragraphs)])
    expect(paragraphs).toEqual(expected)
  })

  it('draws every table as a full grid', () => {
    const width = { active: 4, applications: 10, review: 15 } as const
    for (const table of ['active', 'applications', 'review'] as const) {
      const grid = tableOf(blocks, table)
      expect(grid.place).toEqual({ path: `/tables/${table}`, where: TABLE_NAMES[table] })
      expect(grid.headerPlace).toEqual({ path: `/tables/${table}`, where: `${TABLE_NAMES[table]} 表头与行标题` })
      expect(grid.widths).toHaveLength(width[table])
      for (const covered of coverage([...grid.header, ...grid.body])) expect(covered).toBe(width[table])
    }
  })

  it('puts every cell of table 三 in its row, with the path of its value', () => {
    const grid = tableOf(blocks, 'applications')
    const dataPaths = grid.body.flatMap((row) => row.flatMap((cell) => (cell.place === undefined ? [] : [cell.place.path])))
    expect(dataPaths).toEqual(
      APPLICATION_DATA_ROWS[report.format].flatMap((row) => ROW_COLUMNS.map((c) => toPointer(['tables', 'applications', ...row.path, c])))
    )
    const header = grid.header.flat().map((c) => c.text)
    expect(header).toEqual([
      APPLICANT_HEADER.balanceNote,
      APPLICANT_HEADER.applicants,
      APPLICANT_COLUMNS[0],
      APPLICANT_HEADER.organisations,
      APPLICANT_COLUMNS[6],
      ...APPLICANT_COLUMNS.slice(1, 6)
    ])
  })
})

describe('merged cells', () => {
  const { blocks } = buildView(fixture('example-department-2022'))

  it('spans （三）不予公开 over its eight rows and 三、本年度办理结果 over all results', () => {
    const labels = tableOf(blocks, 'applications')
      .body.flat()
      .filter((c) => c.role === 'label')
    expect(labels.find((c) => c.text === '（三）不予公开')?.rowSpan).toBe(8)
    expect(labels.find((c) => c.text === '（六）其他处理')?.rowSpan).toBe(3)
    expect(labels.find((c) => c.text === '三、本年度办理结果')?.rowSpan).toBe(22)
    expect(labels.find((c) => c.text === '一、本年新收政府信息公开申请数量')?.colSpan).toBe(3)
  })

  it('heads table 四 with its groups and outcomes', () => {
    const header = tableOf(blocks, 'review').header
    expect(header.map((row) => row.map((c) => `${c.text}:${c.colSpan}x${c.rowSpan}`))).toEqual([
      ['行政复议:5x1', '行政诉讼:10x1'],
      [...OUTCOMES.map((o) => `${o}:1x2`), '未经复议直接起诉:5x1', '复议后起诉:5x1'],
      [...OUTCOMES, ...OUTCOMES].map((o) => `${o}:1x1`)
    ])
    expect(tableOf(blocks, 'review').body[0]?.map((c) => c.text)).toEqual(['2', '1', '0', '0', '3', '1', '0', '0', '1', '2', '0', '0', '0', '0', '0'])
  })

  it('prints a run-in heading at the start of its paragraph', () => {
    expect(blocks.find((b) => b.kind === 'paragraph' && b.runIn !== undefined)).toEqual({
      kind: 'paragraph',
      runIn: '（一）主动公开。',
      text: '本年度制发行政规范性文件3件，现行有效12件，均已在县政府门户网站公开。',
      place: { path: '/sections/0/subsections/0/paragraphs/0', where: '正文 第1节 第1小节 第1段' }
    })
  })
})

describe('dates and titles', () => {
  it('writes dates without leading zeros', () => {
    expect(chineseDate('2021-01-07')).toBe('2021年1月7日')
  })
  it('breaks the title after the agency', () => {
    expect(titleLines('洪泽区人民政府2023年政府信息公开工作年度报告', '洪泽区人民政府')).toEqual(['洪泽区人民政府', '2023年政府信息公开工作年度报告'])
    expect(titleLines('2023年政府信息公开工作年度报告', '洪泽区人民政府')).toEqual(['2023年政府信息公开工作年度报告'])
  })
})

describe('the unit of table 二’s money', () => {
  const headers = (report: Report): ReadonlyArray<string> =>
    tableOf(buildView(report).blocks, 'active')
      .body.flat()
      .filter((c) => c.role === 'header')
      .map((c) => c.text)
  const example = fixture('example-department-2021')
  const withUnit = (unit: string): Report => {
    const active = example.format === '2021' ? example.tables.active : undefined
    if (active === undefined) throw new Error('the example has a 2021 table 二')
    return { ...example, tables: { ...example.tables, active: { ...active, item8: { ...active.item8, amountUnit: unit } } } } as Report
  }

  it('prints the format’s 万元 in the 2021 header, or the unit the report prints instead', () => {
    expect(headers(example)).toContain('本年收费金额（单位：万元）')
    expect(headers(withUnit('元'))).toContain('本年收费金额（单位：元）')
    expect(headers(withUnit('元'))).not.toContain('本年收费金额（单位：万元）')
  })

  it('adds the unit a 2019 report prints after 采购总金额, which names none', () => {
    const sample = fixture('renshi-town-2020')
    expect(headers(sample)).toContain('采购总金额')
    const active = sample.format === '2019' ? sample.tables.active : undefined
    const priced = { ...sample, tables: { ...sample.tables, active: { ...active!, item9: { ...active!.item9, amountUnit: '万元' } } } } as Report
    expect(headers(priced)).toContain('采购总金额（万元）')
  })
})
