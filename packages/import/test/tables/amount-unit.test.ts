/**
 * Money keeps its unit: the unit printed with 采购总金额 (2019, whose header names
 * none) or 本年收费金额 (2021, when not the format's 万元) is the block's `amountUnit`,
 * through the canonical JSON. Made from real texts of fixtures/imports.
 */
import { formatReportJson, parseReport } from '@report/model'
import { fixturePath } from '@report/fixtures'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importReport } from '../../src/index.js'

const source = (name: string) => readFileSync(fixturePath('imports', name, 'source.txt'), 'utf8')
const edited = (name: string, from: string, to: string) => {
  expect(source(name)).toContain(from)
  return importReport(source(name).replace(from, to), { name: 'source.txt' }).report
}
const unitOf = (report: ReturnType<typeof edited>) =>
  report?.format === '2019' ? report.tables.active?.item9.amountUnit : report?.tables.active?.item8.amountUnit
const saved = (report: ReturnType<typeof edited>) => parseReport(formatReportJson(report!)).report

describe('the unit of table 二’s money', () => {
  it('2019 (任市镇): 采购总金额（万元） gives amountUnit 万元, kept through the JSON; the header as published gives none', () => {
    const report = edited('renshi-town-2020', '采购总金额\n', '采购总金额（万元）\n')
    expect(unitOf(report)).toBe('万元')
    expect(unitOf(saved(report))).toBe('万元')
    expect(unitOf(importReport(source('renshi-town-2020')).report)).toBeUndefined()
  })

  it('2019: a value printed with its unit (12.5万元) gives the unit when the header names none', () => {
    const report = edited('renshi-town-2020', '政府集中采购\n\n\u00a0 0\n\n0\n', '政府集中采购\n\n\u00a0 3\n\n12.5万元\n')
    expect(report?.format === '2019' ? report.tables.active?.item9 : undefined).toEqual({
      procurement: { projects: 3, amount: '12.5' },
      amountUnit: '万元'
    })
  })

  it('2021 (洪泽 2024): 本年收费金额（单位：元） gives amountUnit 元; the format’s own 万元 is not repeated in the JSON', () => {
    const report = edited('hongze-district-2024', '本年收费金额（单位：万元）', '本年收费金额（单位：元）')
    expect(unitOf(report)).toBe('元')
    expect(unitOf(saved(report))).toBe('元')
    expect(formatReportJson(report!)).toContain('"amountUnit": "元"')
    expect(unitOf(importReport(source('hongze-district-2024')).report)).toBeUndefined()
  })

  it('2025 (汉台区徐望镇): the unit read from a header printed without brackets, 本年收费金额单位:元', () => {
    const report = edited('2025_hantai-xuwang-town', '本年收费金额单位:万元', '本年收费金额单位:元')
    expect(unitOf(report)).toBe('元')
  })
})
