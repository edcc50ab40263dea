/**
 * A file's bytes as the preview shows them: the report's document view and every
 * problem (and, for a published text or web page, the importer's notes), or a
 * Chinese message saying why the file is not a report.
 */
import { importDocument, type ImportNote } from '@report/import'
import { checkReport, decodeUtf8, parseReport, utf16Mark, utf16Refusal, type Problem, type Report } from '@report/model'
import { buildView } from '@report/view'
import type { Shown } from './protocol.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What loading a file found: what the page shows of it, and the report itself for
 * the PDF.
 */
export type Loaded = (Extract<Shown, { readonly kind: 'report' }> & { readonly report: Report }) | Extract<Shown, { readonly kind: 'failed' }>

/**
 * A failure to show a file, with its Chinese message.
 */
export const failed = (message: string, problems: ReadonlyArray<Problem> = [], notes: ReadonlyArray<ImportNote> = []): Loaded => ({
  kind: 'failed',
  message,
  problems,
  notes
})

// -------------------------------------------------------------------------------------
// loading
// -------------------------------------------------------------------------------------

/** A `.json` name, or `{` first after any BOM and white space. */
const isJson = (name: string, bytes: Uint8Array): boolean => {
  if (/\.json$/i.test(name)) return true
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  const first = bytes.subarray(start).find((b) => b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d)
  return first === 0x7b
}

const fromPublished = async (name: string, bytes: Uint8Array): Promise<Loaded> => {
  // The importer would read UTF-16 as GB18030: refused, saying how to save as UTF-8.
  const mark = utf16Mark(bytes)
  if (mark !== undefined) return failed(`${name}：${utf16Refusal(mark)}`)
  const { report, notes, problems } = await importDocument(bytes, { name })
  return report === undefined
    ? failed(`${name} 无法导入为报告，请查看问题与导入说明。`, problems, notes)
    : { kind: 'report', report, view: buildView(report), problems, notes }
}

const fromJson = (name: string, text: string): Loaded => {
  const { report, problems } = parseReport(text)
  if (report !== undefined) return { kind: 'report', report, view: buildView(report), problems: checkReport(report), notes: [] }
  return problems.some((p) => p.code === 'JSON_INVALID')
    ? failed(`${name} 不是有效的 JSON，无法显示为报告。`, problems)
    : failed(`${name} 不符合报告的结构（${problems.length} 处问题），无法显示为报告。`, problems)
}

const fromJsonBytes = (name: string, bytes: Uint8Array): Loaded => {
  const decoded = decodeUtf8(bytes)
  return 'refusal' in decoded ? failed(`${name}：${decoded.refusal}`) : fromJson(name, decoded.text)
}

/**
 * Loads a file's bytes: JSON (by its `.json` name or its leading `{`) is decoded
 * and checked; anything else is imported as a published report (text, TSV,
 * markdown, HTML, Word `.docx`, PDF, by their content) by @report/import. Never
 * rejects.
 *
 * @example
 * (await loadReport('report.json', bytes)).kind // 'report'
 * (await loadReport('source.pdf', bytes)).notes // what the importer assumed
 */
export const loadReport = async (name: string, bytes: Uint8Array): Promise<Loaded> => {
  try {
    return isJson(name, bytes) ? fromJsonBytes(name, bytes) : await fromPublished(name, bytes)
  } catch (e) {
    // A fault of this program, not of the file: still a message on the page, never a blank one.
    return failed(`${name} 读取时出错：${e instanceof Error ? e.message : String(e)}`)
  }
}
