import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseReport, validateText, type RuleId } from '../src/index.js'
import { fixtureCases } from './fixture-cases.js'

const cases = fixtureCases()

describe('every fixture gives exactly its expected problems', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const previous = c.previous === undefined ? undefined : parseReport(readFileSync(c.previous, 'utf8'))
    if (previous !== undefined && previous.report === undefined) throw new Error(`${c.previous} does not decode`)
    const { problems } = validateText(readFileSync(c.report, 'utf8'), previous?.report)
    expect(problems).toEqual(c.expected)
  })
})

describe('the fixtures cover every check', () => {
  const RULES: ReadonlyArray<RuleId> = ['T3-1', 'T3-2', 'T3-3', 'T4-1', 'N-1', 'Y-1', 'Y-2', 'V-1', 'D-1', 'S-1', 'A-1']
  it.each(RULES)('%s fires in a fixture made for it and in no valid fixture', (rule) => {
    const prefix = rule.toLowerCase()
    const firing = cases.filter((c) => c.name.startsWith(`broken/${prefix}`) && c.expected.some((p) => p.rule === rule))
    expect(firing.length).toBeGreaterThan(0)
    // Real published reports (with their source.txt) keep their real faults: they are not valid fixtures.
    const valid = cases.filter((c) => !c.name.startsWith('broken/') && !existsSync(join(dirname(c.report), 'source.txt')))
    expect(valid.length).toBeGreaterThanOrEqual(2)
    for (const c of valid) expect(c.expected.filter((p) => p.rule === rule)).toEqual([])
  })

  it('the real sample has no error', () => {
    const sample = cases.find((c) => c.name === 'renshi-town-2020')
    expect(sample?.expected.filter((p) => p.severity === 'error')).toEqual([])
  })
})
