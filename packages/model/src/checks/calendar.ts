/**
 * The checks of dates: V-1 (the format version in force for the report year) and
 * D-1 (the publication deadline for the kind of publisher).
 */
import type { Problem } from '../problem.js'
import type { FormatVersion, Publisher, Report } from '../report.js'
import { found } from './found.js'

/**
 * The format version in force for a report year: `2021` from the 2021 report on.
 */
export const formatForYear = (year: number): FormatVersion => (year >= 2021 ? '2021' : '2019')

const FORMAT_NAMES: Readonly<Record<FormatVersion, string>> = {
  '2019': '2019 年格式（国办公开办函〔2019〕60号）',
  '2021': '2021 年格式（国办公开办函〔2021〕30号）'
}

/**
 * V-1: the report uses the format in force for its year.
 */
export const checkFormatVersion = (report: Report): ReadonlyArray<Problem> => {
  const expected = formatForYear(report.year)
  return expected === report.format
    ? []
    : [
        found(
          report.format,
          'FORMAT_VERSION_MISMATCH',
          ['format'],
          `${report.year} 年度报告应使用${FORMAT_NAMES[expected]}，本报告使用${FORMAT_NAMES[report.format]}`
        )
      ]
}

const DEADLINES: Readonly<Record<Publisher, { month: number; rule: string }>> = {
  government: { month: 3, rule: '县级以上人民政府的年度报告于次年3月31日前公布（条例第四十九条）' },
  department: { month: 1, rule: '县级以上人民政府部门的年度报告于次年1月31日前公布（条例第四十九条）' },
  township: { month: 1, rule: '乡镇人民政府、街道办事处的年度报告一般于次年1月31日前公布' }
}

/**
 * The last day a report of `year` by `publisher` may be published, as `YYYY-MM-DD`.
 */
export const deadlineOf = (year: number, publisher: Publisher): string => (DEADLINES[publisher].month === 3 ? `${year + 1}-03-31` : `${year + 1}-01-31`)

/**
 * D-1: published after the deadline for its publisher (no check without a date).
 */
export const checkDeadline = (report: Report): ReadonlyArray<Problem> => {
  if (report.published === undefined) return []
  const deadline = deadlineOf(report.year, report.publisher)
  return report.published > deadline
    ? [found(report.format, 'PUBLISHED_LATE', ['published'], `发布日期 ${report.published} 晚于期限 ${deadline}：${DEADLINES[report.publisher].rule}`)]
    : []
}
