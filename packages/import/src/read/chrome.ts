/**
 * What surrounds a report on its page and is not the report: page numbers of a PDF
 * or a flip-book (`Page 9 -`, `P. 9`), a web page's breadcrumbs and menus, its
 * metadata rows (`索引号`, `发布机构`, `发布日期`, `来源`, `点击数`, …, one or several on a
 * line), markdown marks, and the provenance lines of a saved page (`source:`,
 * `partial:`). The metadata is read: the publication date and the publishing body.
 */
import { isoDate } from '../text/dates.js'
import { makeLine, type Line } from './lines.js'

const PAGE_NUMBER =
  /^(?:[-—–－]\s{0,3}\d{1,4}\s{0,3}[-—–－]|第\s{0,3}\d{1,4}\s{0,3}页(?:\s{0,3}[，,]?\s{0,3}共\s{0,3}\d{1,4}\s{0,3}页)?|P\.\s{0,2}\d{1,4})$/
const PAGE_FIELD =
  /^(?:来源|信息来源|文章来源|发布机构|发文机关|索引号\s{0,3}[:：]|名称\s{0,3}[:：]|发布日期|发布时间|成文日期|点击数|点击量|浏览次数|阅读次数|访问量|作者|字号|责任编辑|分享到|打印本页|关闭窗口|【打印】|【关闭】|扫一扫|【字体|source\s{0,3}:|partial\s{0,3}:)/
/** A metadata field printed beside others on one line (`发布时间:2022-01-25     来源:…`). */
const FIELD_IN_LINE =
  /(?:^|\s)(索引号|发布机构|发文机关|名称|发布日期|发布时间|成文日期|来源|信息来源|点击数|阅读次数|浏览次数|字号|选择阅读字号)\s{0,3}[:：]/g
const DATE_FIELD = /^(?:发布日期|发布时间|日期)\s{0,3}[:：]\s{0,3}(\d{4})\s{0,2}[-/.年]\s{0,2}(\d{1,2})\s{0,2}[-/.月]\s{0,2}(\d{1,2})/
/** A breadcrumb (`首页 > 政府信息公开 > 年报`, `当前位置：…`) or a site menu starting at 首页. */
const BREADCRUMB = /^(?:当前页面|当前位置|您的位置|你的位置|您现在的位置)\s{0,3}[:：]|^首\s{0,4}页(?:\s{0,8}[>＞»›]|\s{1,8}\S{2,8}\s{1,8}\S{2,8})/
/** A flip-book page's mark before its text (`Page 9 - `). */
const FLIP_BOOK_MARK = /^\s{0,8}Page\s{1,3}\d{1,4}\s{0,3}[-—–]\s{0,3}/
/** Markdown marks of a heading or of bold text at the start of a line. */
const MARKDOWN_MARK = /^(\s{0,8})(?:#{1,6}\s{1,4}|\*\*(?=\S))/
/** A line that may hold a mark: one test before the three replacements (most lines hold none). */
const MAY_HAVE_MARKS = /^\s{0,8}(?:Page|#|\*\*)|\*\*\s*$/

/**
 * Is the line a PDF page number (`-1-`, `— 2 —`, `第 3 页 共 5 页`, a flip-book's `P. 9`)?
 */
export const isPageNumber = (line: Line): boolean => line.text.length < 200 && PAGE_NUMBER.test(line.text.trim())

/** A field's separator: a line without one holds no metadata row. */
const SEPARATOR = /[:：]/

/** The metadata fields a line holds when it is a row of them (two fields or more, or one at its start). */
const fieldsOf = (text: string): ReadonlyArray<{ readonly name: string; readonly value: string }> => {
  const found = [...text.matchAll(FIELD_IN_LINE)]
  return found.map((m, i) => {
    const start = (m.index ?? 0) + m[0].length
    const end = found[i + 1]?.index ?? text.length
    return { name: m[1] ?? '', value: text.slice(start, end).trim() }
  })
}

/**
 * Is the line a web page's furniture (`来源:`, `点击数:`, `分享到:`, a breadcrumb, a
 * row of metadata fields, a saved page's `source:` line)?
 */
export const isPageField = (line: Line): boolean => {
  if (line.cells !== undefined || line.text.length >= 200) return false
  const text = line.text.trim()
  if (BREADCRUMB.test(text)) return true
  if (text.length < 80 && PAGE_FIELD.test(text)) return true
  return SEPARATOR.test(text) && !/[。；]/.test(text) && fieldsOf(text).length >= 2
}

/**
 * The line without a flip-book's page mark and markdown marks (`## 一、总体情况`);
 * other lines as they are.
 */
export const withoutMarks = (line: Line): Line => {
  if (line.cells !== undefined || !MAY_HAVE_MARKS.test(line.text)) return line
  const text = line.text
    .replace(FLIP_BOOK_MARK, '')
    .replace(MARKDOWN_MARK, '$1')
    .replace(/\*\*\s*$/, '')
  return text === line.text ? line : makeLine(line.no, text)
}

/**
 * The date of a `发布日期:` / `发布时间:` line.
 *
 * @example
 * publishedDate({ no: 3, text: '发布日期:2021-01-27', indent: 0 }) // '2021-01-27'
 */
export const publishedDate = (line: Line): string | undefined => {
  const text = line.text.trim()
  const field = SEPARATOR.test(text) ? fieldsOf(text).find((f) => f.name === '发布日期' || f.name === '发布时间') : undefined
  const m = DATE_FIELD.exec((field === undefined ? text : `${field.name}:${field.value}`).slice(0, 60).normalize('NFKC'))
  return m === null ? undefined : isoDate(m[1] ?? '', m[2] ?? '', m[3] ?? '')
}

/**
 * The publishing body a metadata row names (`发布机构：…`), if any.
 */
export const publishingBody = (line: Line): string | undefined => {
  const field = fieldsOf(line.text.trim()).find((f) => f.name === '发布机构' || f.name === '发文机关')
  const name = field?.value.split(/\s/)[0] ?? ''
  return name === '' ? undefined : name
}
