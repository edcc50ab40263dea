/**
 * The lines of the report: the input's lines (of its HTML or its text) without the
 * page around the report, the layout they are printed in, and the publication date
 * the page gives.
 */
import { isPageField, isPageNumber, publishedDate } from './chrome.js'
import { htmlLines } from './html-lines.js'
import { isWrappedLayout, layoutOf, type Layout } from './layout.js'
import { textLines, type Line } from './lines.js'
import type { Input } from './read-input.js'

/**
 * The report's lines, their layout and the page's publication date, if any.
 */
export interface ReportLines {
  readonly lines: ReadonlyArray<Line>
  readonly layout: Layout
  readonly published: string | undefined
}

/**
 * Splits the input into lines, drops page numbers and page fields (reading the
 * date of its `发布日期` line) and finds the layout; only plain text is wrapped.
 */
export const reportLines = (input: Input): ReportLines => {
  const raw = input.form === 'html' ? htmlLines(input.text) : textLines(input.text)
  const wrapped = input.form === 'text' && isWrappedLayout(input.text, raw)
  const published = raw
    .filter(isPageField)
    .map(publishedDate)
    .find((d) => d !== undefined)
  const lines = raw.filter((l) => !isPageNumber(l) && !isPageField(l))
  return { lines, layout: layoutOf(lines, wrapped), published }
}
