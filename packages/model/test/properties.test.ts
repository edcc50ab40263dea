import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  Report,
  aggregate,
  cellAt,
  cellPlaces,
  checkApplications,
  checkReport,
  checkReview,
  decodeReport,
  isBlank,
  sumDecimals,
  withTotals,
  type AggregateHeader,
  type FormatVersion
} from '../src/index.js'
import { arbitraryReport, balanced } from './arbitrary.js'

const VERSIONS: ReadonlyArray<FormatVersion> = ['2019', '2021']
/** A property's runs take seconds on a slow shared machine (the default 5 s timed out in CI): a hang still fails. */
const PROPERTY_TIMEOUT = 60_000
const ARITHMETIC = new Set(['T3-1', 'T3-2', 'T3-3', 'T4-1', 'N-1'])
const TABLES = ['active', 'applications', 'review'] as const

describe.each(VERSIONS)('format %s', (version) => {
  it(
    'decode(encode(x)) = x',
    () => {
      fc.assert(
        fc.property(arbitraryReport(version), (report) => {
          const json = JSON.parse(JSON.stringify(Report.encode(report))) as unknown
          expect(decodeReport(json)).toEqual({ report, problems: [] })
        }),
        { numRuns: 60 }
      )
    },
    PROPERTY_TIMEOUT
  )

  it('random tables break the arithmetic checks, so the property below can fail', () => {
    const broken = fc.sample(arbitraryReport(version), { numRuns: 20, seed: 7 })
    expect(broken.some((r) => checkApplications(r).length > 0 && checkReview(r).length > 0)).toBe(true)
  })

  it(
    'withTotals output passes every arithmetic check',
    () => {
      fc.assert(
        fc.property(arbitraryReport(version), (report) => {
          const problems = checkReport(withTotals(balanced(report)))
          expect(problems.filter((p) => ARITHMETIC.has(p.rule))).toEqual([])
        }),
        { numRuns: 100 }
      )
    },
    PROPERTY_TIMEOUT
  )

  it(
    'aggregate of valid reports is valid and equals the cell-wise sums',
    () => {
      const valid = arbitraryReport(version, fc.constant(2022)).map((r) => withTotals(balanced(r)))
      const header: AggregateHeader = {
        title: '示例县2022年政府信息公开工作年度报告',
        agency: '示例县人民政府',
        scope: 'region',
        publisher: 'government',
        sections: []
      }
      fc.assert(
        fc.property(fc.array(valid, { minLength: 1, maxLength: 5 }), (reports) => {
          const result = aggregate(header, reports)
          if (result.error !== undefined) throw new Error(result.error.message)
          const sum = result.report
          expect(checkReport(sum).filter((p) => p.severity === 'error')).toEqual([])
          expect(sum).toMatchObject({ format: version, year: 2022, agency: '示例县人民政府', scope: 'region' })
          for (const { path, kind } of TABLES.flatMap((t) => cellPlaces(version, t))) {
            const cells = reports.map((r) => cellAt(r, path)).filter((c) => !isBlank(c))
            const expected = kind === 'money' ? sumDecimals(cells.map(String)) : cells.reduce<number>((a, c) => a + Number(c), 0)
            expect(cellAt(sum, path)).toEqual(expected)
          }
        }),
        { numRuns: 40 }
      )
    },
    PROPERTY_TIMEOUT
  )
})

describe('aggregate refuses what cannot be summed, as a value', () => {
  const header: AggregateHeader = { title: '汇总', agency: '示例县人民政府', scope: 'region', publisher: 'government', sections: [] }
  const [a2019] = fc.sample(arbitraryReport('2019', fc.constant(2020)), { numRuns: 1, seed: 1 })
  const [b2021, c2021] = fc.sample(arbitraryReport('2021', fc.constant(2022)), { numRuns: 2, seed: 2 })
  const [d2023] = fc.sample(arbitraryReport('2021', fc.constant(2023)), { numRuns: 1, seed: 3 })

  it.each([
    ['NO_REPORTS', []],
    ['MIXED_FORMATS', [b2021, a2019]],
    ['MIXED_YEARS', [c2021, d2023]]
  ] as const)('%s', (code, reports) => {
    const present = (reports as ReadonlyArray<Report | undefined>).filter((r): r is Report => r !== undefined)
    const result = aggregate(header, present)
    expect(result.error?.code).toBe(code)
  })

  it('TABLE_MISSING names the agency and the table', () => {
    if (b2021 === undefined || c2021 === undefined) throw new Error('no sample')
    const { review: _, ...tables } = c2021.tables
    const result = aggregate(header, [b2021, { ...c2021, agency: '示例县某局', tables } as Report])
    expect(result).toEqual({ error: { code: 'TABLE_MISSING', message: '不能汇总缺表的报告：“示例县某局”缺少表四' } })
  })
})
