/**
 * Problems found in a report: values, collected, never thrown. Formatting them for
 * a terminal, JSON or the viewer is the caller's business.
 */

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * An `error` makes the report wrong; a `warning` is a fault an evaluator would note.
 */
export type Severity = 'error' | 'warning'

/**
 * The id of the FORMAT.md §7 check a problem comes from; `SCHEMA` for input that
 * does not have the report's structure at all.
 */
export type RuleId =
  | 'T3-1'
  | 'T3-2'
  | 'T3-3'
  | 'T4-1'
  | 'N-1'
  | 'Y-1'
  | 'Y-2'
  | 'V-1'
  | 'D-1'
  | 'S-1'
  | 'A-1'
  | 'X-1'
  | 'X-2'
  | 'X-3'
  | 'SCHEMA'

/**
 * One problem and its place in the report.
 */
export interface Problem {
  /** Stable English code, e.g. `APPLICATION_BALANCE`. */
  readonly code: string
  readonly rule: RuleId
  readonly severity: Severity
  /** JSON Pointer (RFC 6901) into the report's JSON, e.g. `/tables/applications/newReceived/0`. */
  readonly path: string
  /** The place in Chinese, e.g. `表三 一、本年新收政府信息公开申请数量 · 自然人`. */
  readonly where: string
  /** What is wrong, in Chinese, with the numbers. */
  readonly message: string
}

/**
 * A path into the report's JSON, as keys and array indexes.
 */
export type Path = ReadonlyArray<string | number>

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * The JSON Pointer of a path.
 *
 * @example
 * toPointer(['tables', 'review', 'directSuit', 4]) // '/tables/review/directSuit/4'
 */
export const toPointer = (path: Path): string => {
  let pointer = ''
  for (const segment of path) {
    const s = String(segment)
    pointer += '/' + (/[~/]/.test(s) ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s)
  }
  return pointer
}

/**
 * The path of a JSON Pointer; segments that are whole numbers are array indexes, as
 * in every path of a report (no key of the format is a number).
 *
 * @example
 * fromPointer('/sections/2/heading') // ['sections', 2, 'heading']
 */
export const fromPointer = (pointer: string): Path =>
  pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')))

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

/**
 * Does any problem make the report wrong?
 */
export const hasErrors = (problems: ReadonlyArray<Problem>): boolean => problems.some((p) => p.severity === 'error')
