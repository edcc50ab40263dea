/**
 * The lines of the report: the input's lines (of its HTML or its text) without the
 * page around the report, the layout they are printed in, and what the page says
 * of the report (its publication date, its publishing body). Text in traditional
 * characters is read through a 繁→简 conversion first.
 */
import { note, type ImportNote } from '../note.js'
import { isPageField, isPageNumber, publishedDate, publishingBody, withoutMarks } from './chrome.js'
import { htmlLines } from './html-lines.js'
import { isWrappedLayout, layoutOf, type Layout } from './layout.js'
import { textLines, type Line } from './lines.js'
import type { Input } from './read-input.js'
import { isTraditional, toSimplified } from './simplified.js'

/**
 * The report's lines, their layout, the page's publication date and publishing
 * body, if any, and the notes of reading them.
 */
export interface ReportLines {
  readonly lines: ReadonlyArray<Line>
  readonly layout: Layout
  readonly published: string | undefined
  readonly publisher: string | undefined
  readonly notes: ReadonlyArray<ImportNote>
}

/**
 * Splits the input into lines (converted to simplified characters when it is
 * traditional), drops page numbers, page fields and marks (reading the date and
 * the publishing body of its metadata rows) and finds the layout; only plain text
 * is wrapped.
 */
export const reportLines = (input: Input): ReportLines => {
  const traditional = isTraditional(input.text)
  const source = traditional ? toSimplified(input.text) : input.text
  const notes = traditional ? [note('TEXT_TRADITIONAL', '正文为繁体字，已按 opencc 繁→简转换后读取（报告中的文字为简体）')] : []
  const raw = (input.form === 'html' ? htmlLines(source) : textLines(source)).map(withoutMarks)
  const wrapped = input.form === 'text' && isWrappedLayout(source, raw)
  const field = raw.map(isPageField)
  const fields = raw.filter((_, i) => field[i])
  const published = fields.map(publishedDate).find((d) => d !== undefined)
  const publisher = fields.map(publishingBody).find((d) => d !== undefined)
  const lines = raw.filter((l, i) => !field[i] && !isPageNumber(l))
  return { lines, layout: layoutOf(lines, wrapped), published, publisher, notes }
}
