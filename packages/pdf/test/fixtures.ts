/**
 * The reports the PDF tests render, and where their PDFs are written once per run
 * (by `render-fixtures.ts`, vitest's global setup).
 */
import { fixturePath } from '@report/fixtures'
import { decodeReport, type Report } from '@report/model'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export const ARTIFACTS = new URL('../test-artifacts/', import.meta.url).pathname

/** The decoded report of a fixture folder. */
export const loadFixture = (name: string): Report => {
  const decoded = decodeReport(JSON.parse(readFileSync(fixturePath(name, 'report.json'), 'utf8')))
  if (decoded.report === undefined) throw new Error(`fixture ${name} does not decode`)
  return decoded.report
}

/**
 * The rendered PDFs: the sample, 2021-format reports with real numbers (the
 * two years of 洪泽, a department), and the sample as PDF/A.
 */
export const RENDERED = {
  sample: { fixture: 'renshi-town-2020', file: join(ARTIFACTS, 'renshi-town-2020.pdf'), pdfa: false },
  hongze: { fixture: 'hongze-district-2024', file: join(ARTIFACTS, 'hongze-district-2024.pdf'), pdfa: false },
  hongze2023: { fixture: 'hongze-district-2023', file: join(ARTIFACTS, 'hongze-district-2023.pdf'), pdfa: false },
  department: { fixture: 'example-department-2021', file: join(ARTIFACTS, 'example-department-2021.pdf'), pdfa: false },
  sampleA: { fixture: 'renshi-town-2020', file: join(ARTIFACTS, 'renshi-town-2020-pdfa.pdf'), pdfa: true }
} as const
