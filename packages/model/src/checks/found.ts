/**
 * Builds the problems the checks report, with the severity FORMAT.md §7 gives each
 * rule and the Chinese name of the place.
 */
import type { Path, Problem, RuleId, Severity } from '../problem.js'
import { toPointer } from '../problem.js'
import type { FormatVersion } from '../report.js'
import { describePath } from '../where.js'

/**
 * The level of each rule (FORMAT.md §7).
 */
export const RULE_SEVERITY: Readonly<Record<RuleId, Severity>> = {
  'T3-1': 'error',
  'T3-2': 'error',
  'T3-3': 'error',
  'T4-1': 'error',
  'N-1': 'error',
  SCHEMA: 'error',
  'Y-1': 'warning',
  'Y-2': 'warning',
  'V-1': 'warning',
  'D-1': 'warning',
  'S-1': 'warning',
  'A-1': 'warning',
  'X-1': 'warning',
  'X-2': 'warning',
  'X-3': 'warning'
}

/** Places repeat from report to report: their names are kept, up to a bound. */
const WHERE = new Map<string, string>()
const WHERE_LIMIT = 10_000

const whereOf = (version: FormatVersion, path: Path, pointer: string): string => {
  const key = version + pointer
  const known = WHERE.get(key)
  if (known !== undefined) return known
  const where = path.length === 0 ? '报告' : describePath(version, path)
  if (WHERE.size >= WHERE_LIMIT) WHERE.clear()
  WHERE.set(key, where)
  return where
}

/**
 * A problem of `rule` at `path` of a report in format `version`.
 */
export const found = (version: FormatVersion, rule: RuleId, code: string, path: Path, message: string): Problem => {
  const pointer = toPointer(path)
  return { code, rule, severity: RULE_SEVERITY[rule], path: pointer, where: whereOf(version, path, pointer), message }
}
