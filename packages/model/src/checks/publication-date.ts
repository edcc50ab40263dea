/**
 * S-2: a report without a publication date, whose signature then has no 成文日期
 * (GB/T 9704 7.3.5.2 puts the date under the agency's name).
 */
import type { Problem } from '../problem.js'
import type { Report } from '../report.js'
import { found } from './found.js'

/**
 * S-2: the report has no `published` date.
 */
export const checkPublicationDate = (report: Report): ReadonlyArray<Problem> =>
  report.published === undefined
    ? [found(report.format, 'PUBLISHED_MISSING', ['published'], '报告没有发布日期：落款缺少成文日期，请填写 published（如 2024-01-20）')]
    : []
