import { describe, expect, it } from 'vitest'
import { readHeader } from '../../src/outline/header.js'
import { readTitle } from '../../src/outline/title.js'

const title = (text: string) => readTitle([{ no: 1, text, indent: 0 }])

describe('the header', () => {
  it('takes the year from the title and the date from the page before the signature', () => {
    const { header, notes } = readHeader(title('开江县任市镇人民政府2020年政府信息公开工作年度报告'), '2021-01-27', '2021-01-20')
    expect(header).toEqual({
      year: 2020,
      title: '开江县任市镇人民政府2020年政府信息公开工作年度报告',
      agency: '开江县任市镇人民政府',
      scope: 'own',
      publisher: 'township',
      published: '2021-01-27'
    })
    expect(notes).toEqual([])
  })

  it('says what it assumed: the signature’s date, the year before it, a department', () => {
    const { header, notes } = readHeader(title('政府信息公开工作年度报告'), undefined, '2024-01-30')
    expect(header).toMatchObject({ year: 2023, publisher: 'department', published: '2024-01-30' })
    expect(notes.map((n) => n.code)).toEqual(['PUBLISHED_FROM_SIGNATURE', 'YEAR_ASSUMED', 'PUBLISHER_ASSUMED'])
  })

  it('gives no header without a year', () => {
    const { header, notes } = readHeader(title('政府信息公开工作年度报告'), undefined, undefined)
    expect(header).toBeUndefined()
    expect(notes.map((n) => n.code)).toEqual(['PUBLISHED_NOT_FOUND', 'YEAR_NOT_FOUND'])
  })
})
