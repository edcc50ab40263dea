/**
 * Every real text in `fixtures/imports/` (the three full reports and the ten partial
 * pages of the shared samples) and every constructed variant imports to its
 * hand-checked `expected.json`: the report (in the canonical JSON), the notes (code,
 * place) and the problems (code, place). `UPDATE_IMPORTS=1` rewrites them, to be read
 * by hand before committing.
 */
import { formatReportJson } from '@report/model'
import { fixturePath } from '@report/fixtures'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importReport } from '../src/index.js'

const ROOT = fixturePath('imports')
const NAMES = readdirSync(ROOT).filter((n) => existsSync(fixturePath('imports', n, 'source.txt')))

/** What an import gives, as compared: the report, and the codes and places of its notes and problems. */
const outcome = (name: string) => {
  const result = importReport(readFileSync(fixturePath('imports', name, 'source.txt')), { name: 'source.txt' })
  return {
    report: result.report === undefined ? null : (JSON.parse(formatReportJson(result.report)) as unknown),
    notes: result.notes.map((n) => `${n.code} ${n.where}`),
    problems: result.problems.map((p) => `${p.code} ${p.path}`)
  }
}

describe('each text of fixtures/imports imports to its expected report, notes and problems', () => {
  it('has the thirteen real texts and the variants', () => {
    expect(NAMES.filter((n) => !n.startsWith('variant-'))).toHaveLength(13)
  })

  it.each(['variant-wrapped-title', 'variant-markdown-headings', 'variant-traditional'])('%s gives the report of the text it was made from', (name) => {
    expect(outcome(name).report).toEqual(outcome('renshi-town-2020').report)
  })

  it('variant-labels-split-from-values (洪泽 2024 with labels printed before their values) gives the report of the text it was made from', () => {
    expect(outcome('variant-labels-split-from-values').report).toEqual(outcome('hongze-district-2024').report)
  })

  it.each(NAMES)('%s', (name) => {
    const file = fixturePath('imports', name, 'expected.json')
    const got = outcome(name)
    if (process.env.UPDATE_IMPORTS === '1') writeFileSync(file, `${JSON.stringify(got, null, 2)}\n`)
    expect(got).toEqual(JSON.parse(readFileSync(file, 'utf8')))
  })
})
