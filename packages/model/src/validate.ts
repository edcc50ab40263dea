/**
 * Every check of a report, together: the problems of decoding, then of each rule.
 */
import { checkApplications } from './checks/applications.js'
import { checkDeadline, checkFormatVersion } from './checks/calendar.js'
import { checkCharacters } from './checks/characters.js'
import { checkCompleteness } from './checks/completeness.js'
import { checkPublicationDate } from './checks/publication-date.js'
import { checkAgainstPrevious } from './checks/previous.js'
import { checkRegulations } from './checks/regulations.js'
import { checkReview } from './checks/review.js'
import { checkText } from './checks/text.js'
import { checkWording } from './checks/wording.js'
import { decodeReport, parseReport, type Validation } from './decode.js'
import type { Problem } from './problem.js'
import type { Report } from './report.js'

/**
 * The checks that need only the report itself.
 */
export const CHECKS: ReadonlyArray<(report: Report) => ReadonlyArray<Problem>> = [
  checkApplications,
  checkReview,
  checkCompleteness,
  checkFormatVersion,
  checkDeadline,
  checkPublicationDate,
  checkRegulations,
  checkText,
  checkWording,
  checkCharacters
]

/**
 * Every problem of a decoded report; Y-1 and Y-2 run when `previous` is given.
 */
export const checkReport = (report: Report, previous?: Report): ReadonlyArray<Problem> => {
  const problems: Array<Problem> = []
  for (const check of CHECKS) for (const p of check(report)) problems.push(p)
  if (previous !== undefined) for (const p of checkAgainstPrevious(report, previous)) problems.push(p)
  return problems
}

/**
 * Decodes a parsed JSON value and checks it: the decoding problems when it does not
 * decode, every check's problems when it does.
 *
 * @example
 * validateReport(JSON.parse(text)).problems.filter((p) => p.severity === 'error')
 */
export const validateReport = (input: unknown, previous?: Report): Validation => validation(decodeReport(input), previous)

/**
 * Parses JSON text, decodes and checks it; a syntax error is a problem naming its
 * line and column.
 */
export const validateText = (text: string, previous?: Report): Validation => validation(parseReport(text), previous)

const validation = (decoded: Validation, previous: Report | undefined): Validation =>
  decoded.report === undefined ? decoded : { report: decoded.report, problems: checkReport(decoded.report, previous) }
