/**
 * The DOCX read back by the importer (`importDocument`, Word through mammoth) gives
 * the same report: the same tables, the same sections, title, agency, year, date
 * and format version.
 */
import { importDocument } from '@report/import'
import type { Report } from '@report/model'
import { describe, expect, it } from 'vitest'
import { fixtureDocx, fixtureReport } from './docx-parts.js'

/** What the DOCX carries of a report. */
const written = (r: Report | undefined) => r && { tables: r.tables, sections: r.sections, header: [r.title, r.agency, r.year, r.published, r.format] }

describe.each(['renshi-town-2020', 'example-department-2021'])('importing the DOCX of %s back', (name) => {
  it('gives the same report', async () => {
    const { bytes } = await fixtureDocx(name)
    const result = await importDocument(bytes, { name: `${name}.docx` })
    expect(result.form).toBe('docx')
    expect(written(result.report)).toEqual(written(fixtureReport(name)))
  })
})
