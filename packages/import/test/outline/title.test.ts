import { describe, expect, it } from 'vitest'
import { readTitle, titleOf, yearAndAgency } from '../../src/outline/title.js'

describe('the title', () => {
  it('joins a title printed on two lines and reads the agency and year', () => {
    const title = titleOf([
      { no: 1, text: '                洪泽区人民政府', indent: 16 },
      { no: 2, text: '      2023 年政府信息公开工作年度报告', indent: 6 }
    ])
    expect(title).toEqual({ text: '洪泽区人民政府2023年政府信息公开工作年度报告', end: 1 })
    expect(yearAndAgency(title?.text ?? '')).toEqual({ year: 2023, agency: '洪泽区人民政府' })
    expect(yearAndAgency('XX县人民政府二〇二〇年政府信息公开工作年度报告')).toEqual({ year: 2020, agency: 'XX县人民政府' })
  })

  it('notes a missing title, and a title without an agency', () => {
    expect(readTitle([{ no: 1, text: '一些文字', indent: 0 }])).toMatchObject({ text: '', end: -1, year: undefined, notes: [{ code: 'TITLE_NOT_FOUND' }] })
    expect(readTitle([{ no: 1, text: '2023年政府信息公开工作年度报告', indent: 0 }])).toMatchObject({
      year: 2023,
      agency: '',
      notes: [{ code: 'AGENCY_NOT_FOUND' }]
    })
  })

  it('joins a title wrapped over three lines until it names the agency with its place, not only its organ', () => {
    const title = titleOf([
      { no: 1, text: '娄底市', indent: 0 },
      { no: 2, text: '人民政府办公室', indent: 0 },
      { no: 3, text: '2020年政府信息公开工作年度报告', indent: 0 }
    ])
    expect(title).toEqual({ text: '娄底市人民政府办公室2020年政府信息公开工作年度报告', end: 2 })
  })

  it('reads the agency of a sentence naming the report after its verb and clause (现公布××, 根据……，现将××)', () => {
    expect(yearAndAgency('现公布娄底市人民政府办公厅2020年政府信息公开工作年度报告。')).toEqual({ year: 2020, agency: '娄底市人民政府办公厅' })
    expect(yearAndAgency('根据《条例》要求，现将娄底市人民政府办公厅2020年政府信息公开工作年度报告公布如下')).toEqual({
      year: 2020,
      agency: '娄底市人民政府办公厅'
    })
    expect(yearAndAgency('现代农业示范区管理委员会2021年政府信息公开工作年度报告')).toEqual({ year: 2021, agency: '现代农业示范区管理委员会' })
  })
})
