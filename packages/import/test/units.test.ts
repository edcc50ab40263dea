import { describe, expect, it } from 'vitest'
import { containment, labelKey, pairsOf, publisherOf, scopeOf, splitRun, tidySpaces, titleOf, yearAndAgency } from '../src/index.js'

describe('run-together digits', () => {
  it('split only when exactly one reading exists', () => {
    expect(splitRun(['000000000000000'], 15)).toEqual({ kind: 'split', values: Array(15).fill('0') })
    expect(splitRun(['100'], 2)).toEqual({ kind: 'split', values: ['10', '0'] })
    expect(splitRun(['21', '00'], 3)).toEqual({ kind: 'split', values: ['21', '0', '0'] })
    expect(splitRun(['1234'], 3)).toEqual({ kind: 'ambiguous' })
    expect(splitRun(['00'], 3)).toEqual({ kind: 'impossible' })
    expect(splitRun(['9'.repeat(65)], 3)).toEqual({ kind: 'ambiguous' })
  })
})

describe('labels', () => {
  it('match across width, numbering and spaces, and score OCR damage', () => {
    expect(labelKey('（二）部分公开（区分处理的， 只计这一情 形）')).toBe(labelKey('(二)部分公开(区分处理的,只计这一情形)'))
    expect(labelKey('1、属于国家秘密')).toBe(labelKey('1.属于国家秘密'))
    expect(containment(pairsOf(labelKey('2.其他法律行政法规禁止公开')), pairsOf(labelKey('2.其他法律行政止公开')))).toBeCloseTo(9 / 13)
  })

  it('remove the spaces of a justified PDF line beside Chinese only', () => {
    expect(tidySpaces('号 ， 邮 编 ： 223100 ， 统计期限自 2023 年 1 月 1 日')).toBe('号，邮编：223100，统计期限自2023年1月1日')
    expect(tidySpaces('hzzwgk@126.com and  more')).toBe('hzzwgk@126.com and more')
  })
})

describe('what the report is', () => {
  it('joins a title printed on two lines and reads the agency and year', () => {
    const title = titleOf([
      { no: 1, text: '                洪泽区人民政府', indent: 16 },
      { no: 2, text: '      2023 年政府信息公开工作年度报告', indent: 6 }
    ])
    expect(title).toEqual({ text: '洪泽区人民政府2023年政府信息公开工作年度报告', end: 1 })
    expect(yearAndAgency(title?.text ?? '')).toEqual({ year: 2023, agency: '洪泽区人民政府' })
    expect(yearAndAgency('XX县人民政府二〇二〇年政府信息公开工作年度报告')).toEqual({ year: 2020, agency: 'XX县人民政府' })
  })

  it('infers the publisher from the agency’s name, and the scope from the title', () => {
    expect(
      ['开江县任市镇人民政府', '某区某某街道办事处', '淮安市洪泽区人民政府', '洪泽区人民政府办公室', '某县发展和改革局', '某市生态环境委员会', '某某有限公司'].map(publisherOf)
    ).toEqual(['township', 'township', 'government', 'department', 'department', 'department', undefined])
    expect(scopeOf('全市政府信息公开工作年度报告', 'government')).toEqual({ scope: 'region', assumed: false })
    expect(scopeOf('某省税务系统年度报告', 'department')).toEqual({ scope: 'system', assumed: false })
    expect(scopeOf('某区人民政府2023年…年度报告', 'government')).toEqual({ scope: 'own', assumed: true })
  })
})
