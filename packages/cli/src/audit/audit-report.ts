/**
 * One report of `report audit`: read in any form, checked by every rule that needs
 * only it (R-4 among them), paired with its agency's report of the year before for Y-1,
 * Y-2, R-1 and R-3, and summarised: its league row and its text's MinHash
 * signature, never its text.
 */
import { checkAgainstPrevious, checkJumps, checkRepetition, hasErrors, plainText, signatureOf, type Problem, type TextSignature } from '@report/model'
import { envelope, jsonLine } from '../contract.js'
import { loadReport } from '../load-report.js'
import { counted, type LeagueRow } from './league.js'
import type { PreviousIndex } from './previous-index.js'

/** What the audit keeps of a report, and its `--json` line. */
export interface Audited {
  readonly row: LeagueRow
  readonly signature: TextSignature | undefined
  readonly line: string
}

/**
 * Audits one file against last year's reports in `previous`.
 */
export const auditReport = async (file: string, previous: PreviousIndex): Promise<Audited> => {
  const loaded = await loadReport(file)
  const report = loaded.report
  const before = report === undefined ? undefined : await previous.find(report)
  const paired: ReadonlyArray<Problem> =
    report === undefined || before === undefined
      ? []
      : [...checkAgainstPrevious(report, before.report), ...checkRepetition(report, before.report), ...checkJumps(report, before.report)]
  const problems = [...loaded.problems, ...paired]
  const empty: LeagueRow = {
    file,
    agency: report?.agency ?? '',
    year: report?.year ?? null,
    previous: before?.file ?? null,
    unreadable: loaded.failure?.message ?? null,
    errors: loaded.failure !== undefined && !hasErrors(problems) ? 1 : 0,
    warnings: 0,
    byRule: {}
  }
  const ok = loaded.failure === undefined && !hasErrors(problems)
  return {
    row: counted(empty, problems),
    signature: report === undefined ? undefined : signatureOf(plainText(report)),
    line: jsonLine(
      envelope(
        { file, ok, problems, notes: loaded.notes, error: loaded.failure ?? null },
        { agency: report?.agency ?? null, year: report?.year ?? null, previous: before?.file ?? null }
      )
    )
  }
}
