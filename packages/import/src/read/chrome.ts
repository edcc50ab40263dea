/**
 * What surrounds a report on its page and is not the report: page numbers of a PDF,
 * a web page's 来源 / 点击数 / 分享到 lines. The publication date is read from the
 * page's `发布日期` line.
 */
import { isoDate } from '../text/dates.js'
import type { Line } from './lines.js'

const PAGE_NUMBER = /^(?:[-—–－]\s{0,3}\d{1,4}\s{0,3}[-—–－]|第\s{0,3}\d{1,4}\s{0,3}页(?:\s{0,3}[，,]?\s{0,3}共\s{0,3}\d{1,4}\s{0,3}页)?)$/
const PAGE_FIELD =
  /^(?:来源|信息来源|文章来源|发布机构|发布日期|发布时间|成文日期|点击数|点击量|浏览次数|阅读次数|访问量|作者|字号|责任编辑|分享到|打印本页|关闭窗口|【打印】|【关闭】|扫一扫|【字体)/
const DATE_FIELD = /^(?:发布日期|发布时间|日期)\s{0,3}[:：]\s{0,3}(\d{4})\s{0,2}[-/.年]\s{0,2}(\d{1,2})\s{0,2}[-/.月]\s{0,2}(\d{1,2})/

/**
 * Is the line a PDF page number (`-1-`, `— 2 —`, `第 3 页 共 5 页`)?
 */
export const isPageNumber = (line: Line): boolean => line.text.length < 200 && PAGE_NUMBER.test(line.text.trim())

/**
 * Is the line a web page's furniture (`来源:`, `点击数:`, `分享到:`, …)?
 */
export const isPageField = (line: Line): boolean => line.cells === undefined && line.text.length < 80 && PAGE_FIELD.test(line.text.trim())

/**
 * The date of a `发布日期:` / `发布时间:` line.
 *
 * @example
 * publishedDate({ no: 3, text: '发布日期:2021-01-27', indent: 0 }) // '2021-01-27'
 */
export const publishedDate = (line: Line): string | undefined => {
  const m = DATE_FIELD.exec(line.text.trim().slice(0, 60).normalize('NFKC'))
  return m === null ? undefined : isoDate(m[1] ?? '', m[2] ?? '', m[3] ?? '')
}
