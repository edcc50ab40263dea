/**
 * @report/model: the national formats of the PRC annual report on government
 * information disclosure (政府信息公开工作年度报告) as io-ts codecs, their statutory
 * labels as data, and every check of FORMAT.md §7 as problems with their places.
 *
 * @since 0.1.0
 */
export * from './cell.js'
export * from './decimal.js'
export * from './active.js'
export * from './applications.js'
export * from './review.js'
export * from './report.js'
export * from './labels.js'
export * from './problem.js'
export * from './where.js'
export * from './cells.js'
export * from './decode.js'
export * from './format-json.js'
export { RULE_SEVERITY, found } from './checks/found.js'
export { checkApplications } from './checks/applications.js'
export { checkReview } from './checks/review.js'
export { checkCompleteness } from './checks/completeness.js'
export { checkDeadline, checkFormatVersion, deadlineOf, formatForYear } from './checks/calendar.js'
export { checkRegulations } from './checks/regulations.js'
export { checkAgainstPrevious, sameAgency } from './checks/previous.js'
export { checkText } from './checks/text.js'
export { checkTextNumbers } from './checks/text-numbers.js'
export { checkFees } from './checks/text-fees.js'
export { checkTextTotals } from './checks/text-totals.js'
export { sentencesOf, type Sentence } from './checks/sentences.js'
export * from './validate.js'
export * from './totals.js'
export * from './aggregate.js'
