/**
 * Decoding unknown input into a {@link Report}, with every structural fault as a
 * {@link Problem} that names its place.
 */
import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import { nestingMessage, nestsTooDeeply, valueNestsTooDeeply } from './nesting.js'
import { FILE_PLACE, placeOf, type Path } from './place.js'
import { problem, type Problem, type ProblemCode } from './problem.js'
import { FormatVersion, Report } from './report.js'

// -------------------------------------------------------------------------------------
// messages
// -------------------------------------------------------------------------------------

interface Expectation {
  readonly code: ProblemCode
  readonly expected: string
}

const EXPECTED: Readonly<Record<string, Expectation>> = {
  'Cell<Count>': { code: 'COUNT_INVALID', expected: '非负整数（或空白、“/”、“—”）' },
  'Cell<Delta>': { code: 'DELTA_INVALID', expected: '整数（可为负）' },
  'Cell<Money>': { code: 'MONEY_INVALID', expected: '非负金额，如 "4068.208"' },
  ApplicantRow: { code: 'ROW_INVALID', expected: '7 个单元格的数组' },
  OutcomeRow: { code: 'ROW_INVALID', expected: '5 个单元格的数组' },
  FormatVersion: { code: 'FORMAT_VERSION_UNKNOWN', expected: '"2019" 或 "2021"' },
  Scope: { code: 'VALUE_INVALID', expected: '"own"、"region" 或 "system"' },
  Publisher: { code: 'VALUE_INVALID', expected: '"government"、"department" 或 "township"' },
  SectionRole: { code: 'VALUE_INVALID', expected: '正文类别（overview、active、applications、review、problems、other、extra）' },
  Year: { code: 'VALUE_INVALID', expected: '2008 至 2100 之间的年份' },
  IsoDate: { code: 'VALUE_INVALID', expected: '日期，格式为 YYYY-MM-DD' },
  string: { code: 'VALUE_INVALID', expected: '文本' },
  boolean: { code: 'VALUE_INVALID', expected: 'true 或 false' },
  Report: { code: 'VALUE_INVALID', expected: '报告对象（JSON 对象）' }
}

const OBJECT: Expectation = { code: 'VALUE_INVALID', expected: 'JSON 对象' }
const ARRAY: Expectation = { code: 'VALUE_INVALID', expected: '数组' }

const expectationOf = (type: t.Decoder<unknown, unknown>): Expectation => {
  const known = EXPECTED[type.name]
  if (known !== undefined) return known
  const tag = (type as { _tag?: string })._tag
  return tag === 'ArrayType' ? ARRAY : OBJECT
}

const show = (value: unknown): string => {
  if (value === undefined) return '缺失'
  const text = typeof value === 'number' && !Number.isFinite(value) ? '超出范围的数' : JSON.stringify(value)
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}

// -------------------------------------------------------------------------------------
// paths
// -------------------------------------------------------------------------------------

const COMBINATORS = new Set(['UnionType', 'IntersectionType'])

/**
 * The keys of a context that name places in the JSON; empty keys and the keys io-ts
 * adds for the members of unions and intersections are not places.
 */
const pathOf = (context: t.Context): { path: Path; type: t.Decoder<unknown, unknown> } => {
  const path: Array<string | number> = []
  let type = context[0]?.type as t.Decoder<unknown, unknown>
  context.forEach((entry, i) => {
    if (entry.key === '') return
    const parent = context[i - 1]?.type as { _tag?: string }
    if (COMBINATORS.has(parent._tag ?? '')) return
    path.push(/^\d+$/.test(entry.key) ? Number(entry.key) : entry.key)
    type = entry.type as t.Decoder<unknown, unknown>
  })
  return { path, type }
}

const toProblem = (version: FormatVersion, error: t.ValidationError): Problem => {
  const { path, type } = pathOf(error.context)
  const missing = error.value === undefined
  const { code, expected } = missing ? { code: 'FIELD_MISSING' as const, expected: expectationOf(type).expected } : expectationOf(type)
  return problem(code, placeOf(version, path), missing ? `缺少此项，应为${expected}` : `应为${expected}，实为 ${show(error.value)}`)
}

// -------------------------------------------------------------------------------------
// decoding
// -------------------------------------------------------------------------------------

const versionOf = (u: unknown): FormatVersion => {
  const format = typeof u === 'object' && u !== null ? (u as { format?: unknown }).format : undefined
  return FormatVersion.is(format) ? format : '2021'
}

/**
 * What decoding or validating an input found: the report when it decoded, and the
 * problems (only decoding problems when `report` is `undefined`).
 */
export interface Validation {
  readonly report: Report | undefined
  readonly problems: ReadonlyArray<Problem>
}

/**
 * Decodes a parsed JSON value into a report with no problems, or no report and
 * every structural problem, one per place (a cell that fails both as a number and
 * as a blank is one problem). A value nested deeper than `MAX_NESTING` is one
 * problem, `JSON_TOO_DEEP`. A valid input is handed back with its parts unchanged,
 * not copied: the report shares them, and neither may be mutated.
 */
export const decodeReport = (u: unknown): Validation => {
  // Already a report, exactly (no unknown field, each of its type): it is its own decoding, and nests no deeper than the format.
  if (Report.is(u)) return { report: u, problems: [] }
  // Bounded before any walk of io-ts's (as before the fast path): a value too deep is never decoded.
  if (valueNestsTooDeeply(u)) return { report: undefined, problems: [problem('JSON_TOO_DEEP', FILE_PLACE, nestingMessage())] }
  const result = Report.decode(u)
  if (E.isRight(result)) return { report: result.right, problems: [] }
  const version = versionOf(u)
  const byPath = new Map<string, Problem>()
  for (const error of result.left) {
    const found = toProblem(version, error)
    if (!byPath.has(found.path)) byPath.set(found.path, found)
  }
  return { report: undefined, problems: [...byPath.values()] }
}

/** A JSON syntax error in Chinese, with the line and column V8 only gives as an offset. */
const syntaxMessage = (text: string, e: unknown): string => {
  const detail = e instanceof Error ? e.message : String(e)
  const offset = /position (\d+)/.exec(detail)?.[1]
  if (offset === undefined) return `不是有效的 JSON（${detail}）`
  const before = text.slice(0, Number(offset)).split('\n')
  return `不是有效的 JSON：第 ${before.length} 行第 ${(before.at(-1)?.length ?? 0) + 1} 列有语法错误（${detail}）`
}

/**
 * Parses JSON text and decodes it; a syntax error, or nesting deeper than
 * `MAX_NESTING` (checked before parsing), is a problem, not a throw.
 */
export const parseReport = (text: string): Validation => {
  if (nestsTooDeeply(text)) return { report: undefined, problems: [problem('JSON_TOO_DEEP', FILE_PLACE, nestingMessage())] }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    return { report: undefined, problems: [problem('JSON_INVALID', FILE_PLACE, syntaxMessage(text, e))] }
  }
  return decodeReport(value)
}
