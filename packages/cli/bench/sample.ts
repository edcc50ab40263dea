/**
 * The sample every render bench draws (fixtures/renshi-town-2020), its reports
 * varied and lengthened, and the count of pages in a PDF's bytes.
 */
import { fixturePath } from '@report/fixtures'
import { decodeReport, type Report } from '@report/model'
import { readFileSync } from 'node:fs'
import { lengthenReport } from './vary-report.js'

/** The sample's report.json. */
export const SAMPLE_PATH = fixturePath('renshi-town-2020', 'report.json')

const decoded = decodeReport(JSON.parse(readFileSync(SAMPLE_PATH, 'utf8')))
if (decoded.report === undefined) throw new Error(`${SAMPLE_PATH} does not decode`)

/** The sample report, decoded. */
export const SAMPLE: Report = decoded.report

/** `count` reports of the sample's length times `times`, seeds `from`, `from` + 1, …: numbers and text their own. */
export const sampleReports = (count: number, times: number, from = 1): ReadonlyArray<Report> =>
  Array.from({ length: count }, (_, i) => lengthenReport(SAMPLE, from + i, times))

/** The pages of a PDF written without object streams (pdfkit's): its `/Type /Page` dictionaries. */
export const pdfPages = (pdf: Uint8Array): number =>
  (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![s\w])/g) ?? []
  ).length
