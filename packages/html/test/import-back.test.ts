/**
 * The HTML read back by the importer gives the same report, from the fragment and
 * from the page: the same tables and sections, title, agency, year, date and
 * format version.
 */
import { importReport } from '@report/import'
import type { Report } from '@report/model'
import { describe, expect, it } from 'vitest'
import { FIXTURES, fixtureReport, htmlOf } from './html-fixtures.js'

/** What the HTML carries of a report. */
const shown = (r: Report | undefined) => r && { tables: r.tables, sections: r.sections, header: [r.title, r.agency, r.year, r.published, r.format] }

describe.each(FIXTURES)('importing the HTML of %s back', (name) => {
  const report = fixtureReport(name)
  const { fragment, page } = htmlOf(report)

  it.each([
    ['fragment', fragment],
    ['page', page]
  ])('the %s gives the same report', async (_, html) => {
    const result = await importReport(html, { name: `${name}.html` })
    expect([result.form, shown(result.report)]).toEqual(['html', shown(report)])
  })
})
