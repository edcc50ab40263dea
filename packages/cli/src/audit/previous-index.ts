/**
 * Last year's reports for `report audit --previous-dir`: every file of the folder
 * read once for its agency and year (the report itself is not kept), so that each
 * report of the batch finds its agency's report of the year before by Y-1's rule
 * (`sameAgency`) without scanning them all, and reads it again when it is needed.
 */
import { sameAgency, type Report } from '@report/model'
import { listFiles } from '../list-files.js'
import { loadReport } from '../load-report.js'

interface Entry {
  readonly file: string
  readonly agency: string
  readonly year: number
}

/** Names are bucketed by their last characters: a name that ends another shares them. */
const KEY = 6

/** Finds last year's report of an agency. */
export interface PreviousIndex {
  /** The previous year's report of `report`'s agency, read again from its file, or `undefined`. */
  readonly find: (report: Report) => Promise<{ readonly file: string; readonly report: Report } | undefined>
  /** How many files were indexed, and how many of them could not be read. */
  readonly size: number
  readonly unreadable: number
}

/**
 * The index of the reports in `dir` (none when `dir` is `undefined`).
 */
export const previousIndex = async (dir: string | undefined): Promise<PreviousIndex> => {
  const byKey = new Map<string, Array<Entry>>()
  const short: Array<Entry> = []
  let size = 0
  let unreadable = 0
  for (const file of dir === undefined ? [] : listFiles([dir])) {
    size += 1
    const { report } = await loadReport(file)
    if (report === undefined) {
      unreadable += 1
      continue
    }
    const entry = { file, agency: report.agency, year: report.year }
    if (report.agency.length < KEY) short.push(entry)
    else byKey.set(report.agency.slice(-KEY), [...(byKey.get(report.agency.slice(-KEY)) ?? []), entry])
  }
  return {
    size,
    unreadable,
    find: async (report) => {
      const candidates = [...(byKey.get(report.agency.slice(-KEY)) ?? []), ...short]
      const entry = candidates.find((e) => e.year === report.year - 1 && sameAgency(e.agency, report.agency))
      if (entry === undefined) return undefined
      const previous = (await loadReport(entry.file)).report
      return previous === undefined ? undefined : { file: entry.file, report: previous }
    }
  }
}
