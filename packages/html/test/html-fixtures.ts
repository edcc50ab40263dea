/**
 * Test helpers: a fixture's report, its view and its HTML.
 */
import { fixturePath } from '@report/fixtures'
import { renderHtml } from '@report/html'
import { decodeReport, type Report } from '@report/model'
import { buildView, type DocumentView } from '@report/view'
import { readFileSync } from 'node:fs'

/** A fixture's report, decoded. */
export const fixtureReport = (name: string): Report => {
  const { report } = decodeReport(JSON.parse(readFileSync(fixturePath(name, 'report.json'), 'utf8')))
  if (report === undefined) throw new Error(`${name} does not decode`)
  return report
}

/** A report's view, its fragment and its standalone page. */
export const htmlOf = (report: Report): { readonly view: DocumentView; readonly fragment: string; readonly page: string } => {
  const view = buildView(report)
  return { view, fragment: renderHtml(view), page: renderHtml(view, { standalone: true }) }
}

/** The fixtures every HTML test draws: both format versions. */
export const FIXTURES = ['renshi-town-2020', 'example-department-2021'] as const
