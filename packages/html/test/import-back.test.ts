/**
 * The HTML read back by the importer gives the same report: the same tables, the
 * same sections, title, agency, year, date and format version, from the fragment
 * and from the page.
 */
import { importReport } from '@report/import'
import { describe, expect, it } from 'vitest'
import { FIXTURES, fixtureReport, htmlOf } from './html-fixtures.js'

describe.each(FIXTURES)('importing the HTML of %s back', (name) => {
  const report = fixtureReport(name)
  const { fragment, page } = htmlOf(report)

  it.each([
    ['fragment', fragment],
    ['page', page]
  ])('the %s gives the same report', async (_, html) => {
    const result = await importReport(html, { name: `${name}.html` })
    expect(result.form).toBe('html')
    const back = result.report
    expect(back?.tables).toEqual(report.tables)
    expect(back?.sections).toEqual(report.sections)
    expect([back?.title, back?.agency, back?.year, back?.published, back?.format]).toEqual([
      report.title,
      report.agency,
      report.year,
      report.published,
      report.format
    ])
  })
})
