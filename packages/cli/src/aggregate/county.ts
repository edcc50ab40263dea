/**
 * The region's report that `report aggregate` makes: the units' tables summed by
 * the model's `aggregate`, scope "region", and every statutory section present with
 * no text, left for the office to write (validate names them as empty sections).
 */
import { SECTION_HEADINGS, aggregate, type Aggregated, type Report, type SectionRole } from '@report/model'

/**
 * The report of `agency` (a people's government) for `year`: the sum of `reports`,
 * or why they could not be summed.
 *
 * @example
 * countyReport('示例县人民政府', 2022, [townA, townB]).report?.scope // 'region'
 */
export const countyReport = (agency: string, year: number, reports: ReadonlyArray<Report>): Aggregated =>
  aggregate(
    {
      title: `${agency}${year}年政府信息公开工作年度报告`,
      agency,
      publisher: 'government',
      scope: 'region',
      sections: (Object.entries(SECTION_HEADINGS) as Array<[SectionRole, string]>).map(([role, heading]) => ({ role, heading, paragraphs: [] }))
    },
    reports
  )
