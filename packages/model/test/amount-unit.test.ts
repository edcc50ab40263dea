/**
 * The unit of table 二's money: `amountUnit` as the report prints it, the format's
 * own (2021: 万元) when absent, in the header of the money column, and refused when
 * reports to be summed print different units.
 */
import { describe, expect, it } from 'vitest'
import { ACTIVE_BLOCKS, aggregate, amountUnitOf, formatReportJson, moneyHeader, type AggregateHeader } from '../src/index.js'
import { decoded, readFixture } from './fixture-cases.js'

const example = readFixture('example-department-2021') as { tables: { active: { item8: object } } }
const inYuan = decoded({
  ...example,
  tables: { ...example.tables, active: { ...example.tables.active, item8: { ...example.tables.active.item8, amountUnit: '元' } } }
})
const column = (version: '2019' | '2021', block: string) => {
  const money = ACTIVE_BLOCKS[version].find((b) => b.key === block)?.columns.find((c) => c.kind === 'money')
  if (money === undefined) throw new Error(`${version} ${block} has no money column`)
  return money
}

describe('amountUnit', () => {
  it('is the format’s 万元 for a 2021 report that names none, the printed unit otherwise, and none for 2019 without one', () => {
    expect(amountUnitOf(decoded(example))).toBe('万元')
    expect(amountUnitOf(inYuan)).toBe('元')
    expect(amountUnitOf(decoded(readFixture('renshi-town-2020')))).toBeUndefined()
  })

  it('is kept by the 2021 codec and the canonical JSON', () => {
    expect(formatReportJson(inYuan)).toContain('"amountUnit": "元"')
    expect(amountUnitOf(decoded(JSON.parse(formatReportJson(inYuan))))).toBe('元')
  })

  it('heads the money column with the unit: 2021 replaces its 万元, 2019 adds it', () => {
    expect(moneyHeader('2021', column('2021', 'item8'), '元')).toBe('本年收费金额（单位：元）')
    expect(moneyHeader('2021', column('2021', 'item8'), '万元')).toBe('本年收费金额（单位：万元）')
    expect(moneyHeader('2019', column('2019', 'item9'), '万元')).toBe('采购总金额（万元）')
    expect(moneyHeader('2019', column('2019', 'item9'), undefined)).toBe('采购总金额')
  })

  it('refuses to sum 2021 reports whose fees are in different units', () => {
    const header: AggregateHeader = { title: '示例县2021年报告', agency: '示例县人民政府', publisher: 'government', scope: 'region', sections: [] }
    const result = aggregate(header, [decoded(example), inYuan])
    expect(result.error?.code).toBe('MIXED_UNITS')
    expect(result.error?.message).toBe('行政事业性收费金额的单位不一致：万元、元')
    expect(aggregate(header, [inYuan, inYuan]).report).toBeDefined()
  })
})
