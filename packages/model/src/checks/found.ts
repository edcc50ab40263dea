/**
 * Builds the problems the checks report: the rule and level from the registry of
 * codes, the place named from the statutory labels.
 */
import { placeOf, type Path } from '../place.js'
import { problem, type Problem, type ProblemCode } from '../problem.js'
import type { FormatVersion } from '../report.js'

/**
 * The problem `code` at `path` of a report in format `version`.
 */
export const found = (version: FormatVersion, code: ProblemCode, path: Path, message: string): Problem => problem(code, placeOf(version, path), message)
