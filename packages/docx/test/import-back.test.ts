/**
 * The DOCX read back by the importer (`importDocument`, Word through mammoth) gives
 * the same report: the same tables, the same sections, title, agency, year, date
 * and format version.
 */
import { importDocument } from '@report/import'
import { describe, expect, it } from 'vitest'
import { fixtureDocx, fixtureReport } from './docx-parts.js'

describe.each(['renshi-town-2020', 'example-department-2021'])('importing the DOCX of %s back', (name) => {
  it('gives the same report', async () => {
    const report = fixtureReport(name)
    const { bytes } = await fixtureDocx(name)
    const result = await importDocument(bytes, { name: `${name}.docx` })
    expect(result.form).toBe('docx')
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
