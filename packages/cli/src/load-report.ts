/**
 * One report file in any form the toolkit reads, as the batch commands (aggregate,
 * audit, validate --children) take it: report JSON through the model; published
 * text, HTML, PDF and Word through the importer's `importDocument`, which tells them
 * apart by content. What cannot be read is a failure with its reason, never a
 * throw (a defect of the program met on one file too).
 */
import type { ImportNote, ImportResult } from '@report/import'
import { validateText, type Problem, type Report } from '@report/model'
import { extname } from 'node:path'
import { CliError, type FailureCode } from './contract.js'
import { readInput, readInputText } from './read-input.js'

/**
 * A report file read: the report (when one could be made), the problems of every
 * check, the importer's notes, or the failure that stopped it.
 */
export interface LoadedReport {
  readonly file: string
  readonly report: Report | undefined
  readonly problems: ReadonlyArray<Problem>
  readonly notes: ReadonlyArray<ImportNote>
  readonly failure: { readonly code: FailureCode; readonly message: string } | undefined
}

const failed = (file: string, code: FailureCode, message: string): LoadedReport => ({
  file,
  report: undefined,
  problems: [],
  notes: [],
  failure: { code, message }
})

const imported = (file: string, result: ImportResult): LoadedReport => ({
  file,
  report: result.report,
  problems: result.problems,
  notes: result.notes,
  failure:
    result.report === undefined
      ? { code: 'REPORT_NOT_MADE', message: `${file}：未能生成报告${result.notes[0] === undefined ? '' : `（${result.notes[0].message}）`}` }
      : undefined
})

/**
 * Reads a report file: `.json` (strict UTF-8) decoded and checked by the model,
 * anything else imported by its content (text, HTML, PDF, `.docx`). The checks run
 * without a previous report (Y-1 and Y-2 are the caller's).
 */
export const loadReport = async (file: string): Promise<LoadedReport> => {
  try {
    if (extname(file).toLowerCase() === '.json') {
      const { report, problems } = validateText(readInputText(file))
      return {
        file,
        report,
        problems,
        notes: [],
        failure: report === undefined ? { code: 'REPORT_UNDECODABLE', message: `${file}：不能解码为报告` } : undefined
      }
    }
    // The importer (Word, PDF) is loaded only when a file needs it.
    const { importDocument } = await import('@report/import')
    return imported(file, await importDocument(readInput(file), { name: file }))
  } catch (e) {
    // A defect met on one file (exit 70 for it) is that file's failure: the batch goes on.
    return e instanceof CliError
      ? failed(file, e.code, e.message)
      : failed(file, 'INTERNAL', `${file}：内部错误（${e instanceof Error ? e.message : String(e)}），请报告`)
  }
}
