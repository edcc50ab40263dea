/**
 * Problems found in a report: values, collected, never thrown. Formatting them for
 * a terminal, JSON or the viewer is the caller's business.
 */
import type { Place } from './place.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * An `error` makes the report wrong; a `warning` is a fault an evaluator would note.
 */
export type Severity = 'error' | 'warning'

/**
 * The Chinese name of each severity, and of an importer's `note`, as every
 * command and the viewer print them.
 */
export const SEVERITY_NAMES = { error: '错误', warning: '警告', note: '说明' } as const

/**
 * Every problem code with the FORMAT.md §7 rule it comes from and its level: the
 * one registry of codes. A new check adds its codes here. `SCHEMA` is for input
 * that does not have the report's structure at all.
 */
export const PROBLEM_CODES = {
  APPLICATION_BALANCE: { rule: 'T3-1', severity: 'error' },
  RESULTS_TOTAL: { rule: 'T3-2', severity: 'error' },
  APPLICANT_TOTAL: { rule: 'T3-3', severity: 'error' },
  REVIEW_TOTAL: { rule: 'T4-1', severity: 'error' },
  COUNT_INVALID: { rule: 'N-1', severity: 'error' },
  JSON_INVALID: { rule: 'SCHEMA', severity: 'error' },
  FIELD_MISSING: { rule: 'SCHEMA', severity: 'error' },
  VALUE_INVALID: { rule: 'SCHEMA', severity: 'error' },
  ROW_INVALID: { rule: 'SCHEMA', severity: 'error' },
  DELTA_INVALID: { rule: 'SCHEMA', severity: 'error' },
  MONEY_INVALID: { rule: 'SCHEMA', severity: 'error' },
  FORMAT_VERSION_UNKNOWN: { rule: 'SCHEMA', severity: 'error' },
  INPUT_UNREADABLE: { rule: 'SCHEMA', severity: 'error' },
  INPUT_IS_DIRECTORY: { rule: 'SCHEMA', severity: 'error' },
  INPUT_TOO_LARGE: { rule: 'SCHEMA', severity: 'error' },
  /** Not a regular file: a device, a FIFO, a socket. */
  INPUT_NOT_REGULAR: { rule: 'SCHEMA', severity: 'error' },
  /** Not UTF-8 (GB18030, UTF-16): refused with how to save it as UTF-8. */
  INPUT_NOT_UTF8: { rule: 'SCHEMA', severity: 'error' },
  /** Arrays and objects nested deeper than `MAX_NESTING` (嵌套过深). */
  JSON_TOO_DEEP: { rule: 'SCHEMA', severity: 'error' },
  /** Text holding U+FFFD, what a wrong decoding leaves. */
  TEXT_REPLACEMENT_CHARACTER: { rule: 'SCHEMA', severity: 'error' },
  /** Text holding a control character other than tab and line breaks. */
  TEXT_CONTROL_CHARACTER: { rule: 'SCHEMA', severity: 'error' },
  /** A text longer than `MAX_TEXT_CHARS`: no real report's paragraph, and too long to set. */
  TEXT_TOO_LONG: { rule: 'SCHEMA', severity: 'error' },
  /** A character none of the official or bundled fonts can draw (checked by the CLI's validate). */
  GLYPH_MISSING: { rule: 'SCHEMA', severity: 'error' },
  CARRY_OVER_MISMATCH: { rule: 'Y-1', severity: 'warning' },
  PREVIOUS_REPORT_MISMATCH: { rule: 'Y-1', severity: 'warning' },
  IN_FORCE_MISMATCH: { rule: 'Y-2', severity: 'warning' },
  FORMAT_VERSION_MISMATCH: { rule: 'V-1', severity: 'warning' },
  PUBLISHED_LATE: { rule: 'D-1', severity: 'warning' },
  SECTION_MISSING: { rule: 'S-1', severity: 'warning' },
  SECTION_EMPTY: { rule: 'S-1', severity: 'warning' },
  TABLE_MISSING: { rule: 'S-1', severity: 'warning' },
  TABLE_EMPTY: { rule: 'S-1', severity: 'warning' },
  CELL_BLANK: { rule: 'S-1', severity: 'warning' },
  /** Rows the published text does not print at all (the report's `unprinted`): one per run of them, not a `CELL_BLANK` per cell. */
  ROWS_NOT_PRINTED: { rule: 'S-1', severity: 'warning' },
  /** A table the published text does not print at all (after the point where a truncated page stops). */
  TABLE_NOT_PRINTED: { rule: 'S-1', severity: 'warning' },
  PUBLISHED_MISSING: { rule: 'S-2', severity: 'warning' },
  REGULATIONS_NOT_EMPOWERED: { rule: 'A-1', severity: 'warning' },
  TEXT_NUMBER_MISMATCH: { rule: 'X-1', severity: 'warning' },
  FEES_NOT_REPORTED: { rule: 'X-2', severity: 'warning' },
  TEXT_TOTAL_MISMATCH: { rule: 'X-3', severity: 'warning' },
  TEXT_CLAIM_UPHELD: { rule: 'X-4', severity: 'warning' },
  TEXT_CLAIM_ALL_DONE: { rule: 'X-4', severity: 'warning' },
  TEXT_CLAIM_NONE_RECEIVED: { rule: 'X-4', severity: 'warning' },
  CHILDREN_TOTAL_MISMATCH: { rule: 'H-1', severity: 'warning' },
  CHILD_REPORT_MISSING: { rule: 'H-1', severity: 'warning' },
  CHILDREN_NOT_SUMMABLE: { rule: 'H-1', severity: 'warning' },
  TEXT_REPEATED: { rule: 'R-1', severity: 'warning' },
  TEXT_COPIED: { rule: 'R-2', severity: 'warning' },
  TOTAL_JUMP: { rule: 'R-3', severity: 'warning' },
  WORDING_OF_OTHER_KIND: { rule: 'R-4', severity: 'warning' }
} as const satisfies Readonly<Record<string, { readonly rule: string; readonly severity: Severity }>>

/**
 * The stable English code of a problem, e.g. `APPLICATION_BALANCE`.
 */
export type ProblemCode = keyof typeof PROBLEM_CODES

/**
 * The id of the FORMAT.md §7 check a problem comes from, e.g. `T3-1`.
 */
export type RuleId = (typeof PROBLEM_CODES)[ProblemCode]['rule']

/**
 * One problem and its place in the report (`path`, a JSON Pointer, and `where`,
 * the place in Chinese).
 */
export interface Problem extends Place {
  readonly code: ProblemCode
  readonly rule: RuleId
  readonly severity: Severity
  /** What is wrong, in Chinese, with the numbers. */
  readonly message: string
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * The problem `code` at `place`, with the rule and level the registry gives it.
 *
 * @example
 * problem('INPUT_TOO_LARGE', FILE_PLACE, 'a.json：文件过大') // { code: 'INPUT_TOO_LARGE', rule: 'SCHEMA', severity: 'error', path: '', where: '文件', … }
 */
export const problem = (code: ProblemCode, place: Place, message: string): Problem => {
  const { rule, severity } = PROBLEM_CODES[code]
  return { code, rule, severity, path: place.path, where: place.where, message }
}

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

/**
 * Is a string one of the registry's problem codes?
 */
export const isProblemCode = (code: string): code is ProblemCode => Object.hasOwn(PROBLEM_CODES, code)

/**
 * Does any problem make the report wrong?
 */
export const hasErrors = (problems: ReadonlyArray<Problem>): boolean => problems.some((p) => p.severity === 'error')
