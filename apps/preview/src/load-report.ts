/**
 * A file's bytes as the preview shows them: the report's document view and every
 * problem, or a Chinese message saying why the file is not a report.
 *
 * @since 0.1.0
 */
import { checkReport, parseReport, type Problem, type Report } from '@report/model'
import { buildView, type DocumentView } from '@report/view'
import * as E from 'fp-ts/lib/Either.js'
import type { ImportNote } from './protocol.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What loading a file found.
 *
 * @category model
 * @since 0.1.0
 */
export type Loaded =
  | {
      readonly kind: 'report'
      readonly report: Report
      readonly view: DocumentView
      readonly problems: ReadonlyArray<Problem>
      readonly notes: ReadonlyArray<ImportNote>
    }
  | { readonly kind: 'failed'; readonly message: string; readonly problems: ReadonlyArray<Problem> }

/**
 * A failure to show a file, with its Chinese message.
 *
 * @category constructors
 * @since 0.1.0
 */
export const failed = (message: string, problems: ReadonlyArray<Problem> = []): Loaded => ({ kind: 'failed', message, problems })

// -------------------------------------------------------------------------------------
// loading
// -------------------------------------------------------------------------------------

const UTF8 = new TextDecoder('utf-8', { fatal: true })

const isJson = (name: string, text: string): boolean => /\.json$/i.test(name) || text.trimStart().startsWith('{')

const fromJson = (name: string, text: string): Loaded =>
  E.match<ReadonlyArray<Problem>, Report, Loaded>(
    (problems) =>
      problems.some((p) => p.code === 'JSON_INVALID')
        ? failed(`${name} 不是有效的 JSON，无法显示为报告。`, problems)
        : failed(`${name} 不符合报告的结构（${problems.length} 处问题），无法显示为报告。`, problems),
    (report) => ({ kind: 'report', report, view: buildView(report), problems: checkReport(report), notes: [] })
  )(parseReport(text))

/**
 * Loads a file's bytes: JSON (by its `.json` name or its leading `{`) is decoded
 * and checked.
 *
 * @example
 * loadReport('report.json', bytes).kind // 'report'
 * @category loading
 * @since 0.1.0
 */
export const loadReport = (name: string, bytes: Uint8Array): Loaded => {
  let text: string
  try {
    text = UTF8.decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    return failed(`${name} 不是 UTF-8 编码的文本，无法显示为报告。`)
  }
  return isJson(name, text) ? fromJson(name, text) : failed(`${name} 不是 JSON 报告。`)
}
