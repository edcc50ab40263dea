/**
 * 信息处理费 charged (stated in the text, or 表三 （六）2 > 0 in the 2021 format)
 * but section 六 (其他需要报告的事项) says nothing of fees.
 */
import { TOTAL_COLUMN } from '../applications.js'
import { valueOf, type Cell } from '../cell.js'
import { valueAt } from '../cells.js'
import type { Path } from '../place.js'
import type { Problem } from '../problem.js'
import type { Report } from '../report.js'
import { found } from './found.js'
import { quote, sentencesOf } from './sentences.js'

const CHARGED = /(收取|收费|缴纳|计收)[^,]{0,24}?(\d{1,12}(?:\.\d{1,6})?)(万元|元)/
const FEES = /信息处理费|收费|费用/

const UNPAID_FEE: Path = ['tables', 'applications', 'results', 'otherHandling', 'unpaidFee', TOTAL_COLUMN]

/**
 * X-2 on a report: the first reason fees were charged, when section 六 does not
 * mention fees.
 */
export const checkFees = (report: Report): ReadonlyArray<Problem> => {
  const sentences = sentencesOf(report)
  const other = report.sections.findIndex((s) => s.role === 'other')
  if (sentences.some((s) => s.section === other && FEES.test(s.plain))) return []
  const unpaid = report.format === '2021' ? valueOf((valueAt(report, UNPAID_FEE) as Cell<number> | undefined) ?? '') : 0
  const where: Path = other === -1 ? ['sections'] : ['sections', other]
  if (unpaid > 0) {
    return [
      found(
        report.format,
        'FEES_NOT_REPORTED',
        UNPAID_FEE,
        `表三有 ${unpaid} 件申请因逾期未缴纳信息处理费而不再处理，说明收取了信息处理费，但“其他需要报告的事项”未说明收费情况`
      )
    ]
  }
  const charged = sentences.find(
    (s) =>
      s.digits &&
      CHARGED.test(s.plain) &&
      s.clauses.some((c) => {
        const m = CHARGED.exec(c)
        return m !== null && Number(m[2]) > 0
      })
  )
  return charged === undefined
    ? []
    : [
        found(
          report.format,
          'FEES_NOT_REPORTED',
          charged.path.length > 0 ? charged.path : where,
          `${quote(charged.text)}：正文说明收取了费用，但“其他需要报告的事项”未说明收费情况`
        )
      ]
}
