import { fixturePath } from '@report/fixtures'
import { formatReportJson } from '@report/model'
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importReport } from '../src/index.js'

const read = (name: string, file: string) => readFileSync(fixturePath(name, file))

describe('the published samples import to their fixtures exactly', () => {
  it.each(['renshi-town-2020', 'hongze-district-2023', 'hongze-district-2024'])('%s', (name) => {
    const result = importReport(read(name, 'source.txt'), { name })
    expect(result.report).toBeDefined()
    expect(formatReportJson(result.report!)).toBe(read(name, 'report.json').toString('utf8'))
  })

  it('notes on the sample only the split of table 四’s run-together digits', () => {
    const result = importReport(read('renshi-town-2020', 'source.txt'))
    expect(result.notes).toEqual([
      {
        code: 'DIGITS_SPLIT',
        where: '第 570 行 表四',
        line: 570,
        path: '/tables/review',
        message: '数字连写“000000000000000”，只有一种拆分方式：0 0 0 0 0 0 0 0 0 0 0 0 0 0 0'
      }
    ])
    expect(result).toMatchObject({
      format: '2019',
      encoding: 'utf-8',
      form: 'text',
      tables: { active: 'complete', applications: 'complete', review: 'complete' }
    })
  })

  it('finds the sample’s real faults with the text checks: X-1 (规范性文件12个) and X-3 (94 ≠ 82)', () => {
    const { problems } = importReport(read('renshi-town-2020', 'source.txt'))
    expect(problems.map((p) => [p.rule, p.path])).toEqual([
      ['X-1', '/sections/0/subsections/2/paragraphs/0'],
      ['X-3', '/sections/0/subsections/0/paragraphs/0']
    ])
  })

  it('reads the Hongze PDF text: 2021 tables with （六） as one row, table 四 of 2023 not adding up', () => {
    const result = importReport(read('hongze-district-2023', 'source.txt'))
    expect(result.format).toBe('2021')
    expect(result.tables).toEqual({ active: 'complete', applications: 'partial', review: 'complete' })
    expect(result.notes.map((n) => n.code)).toEqual(['PREAMBLE', 'PUBLISHED_NOT_FOUND', 'SCOPE_ASSUMED', 'GROUP_AS_ONE_ROW'])
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => [p.rule, p.path, p.message])).toEqual([
      ['T4-1', '/tables/review/reconsideration/4', '总计 0 ≠ 结果维持 10 + 结果纠正 1 + 其他结果 0 + 尚未审结 0'],
      ['T4-1', '/tables/review/suitAfterReconsideration/4', '总计 0 ≠ 结果维持 5 + 结果纠正 0 + 其他结果 0 + 尚未审结 0']
    ])
  })
})

describe('no real page that names its year and agency gives no report', () => {
  const texts = readdirSync(fixturePath('imports')).filter((n) => !n.startsWith('variant-'))

  it.each(texts)('%s gives a report of the year its text names', (name) => {
    const { report } = importReport(read(`imports/${name}`, 'source.txt'))
    const year = Number(/^\d{4}/.exec(name)?.[0] ?? /\d{4}$/.exec(name)?.[0])
    expect(report?.year).toBe(year)
  })
})
