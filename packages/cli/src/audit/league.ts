/**
 * The league table of `report audit`: one row per report with its counts by rule
 * and a score, ranked, as CSV, a workbook sheet and JSON lines.
 *
 * The score: 100, less 10 for each error, less 2 for each warning, less 18 more for
 * each finding of R-1 (text repeated from last year) and of R-2 (text shared with
 * another agency), as evaluators deduct most for those; never below 0. A file that
 * could not be read or imported scores 0. Rank 1 is the best score; equal scores
 * share a rank, and rows of one score are in file order.
 */
import { PROBLEM_CODES, type Problem, type RuleId } from '@report/model'
import type { Sheet } from '@report/xlsx'

/** Every rule id of the registry, in its order: the league table's columns. */
export const RULES: ReadonlyArray<RuleId> = [...new Set(Object.values(PROBLEM_CODES).map((c) => c.rule))]

/** What the audit keeps of one report (no text, no problems: their counts). */
export interface LeagueRow {
  readonly file: string
  readonly agency: string
  readonly year: number | null
  /** Last year's report it was paired with. */
  readonly previous: string | null
  /** Why it could not be read or imported, or `null`. */
  readonly unreadable: string | null
  readonly errors: number
  readonly warnings: number
  readonly byRule: Readonly<Partial<Record<RuleId, number>>>
}

/** The points lost per error, per warning, and in addition for each finding. */
export const SCORE = { start: 100, error: 10, warning: 2, copying: 18 } as const

/**
 * The score of a row (see the module's doc).
 *
 * @example
 * scoreOf({ …, errors: 1, warnings: 3, byRule: { 'R-1': 1 } }) // 100 − 10 − 6 − 18 = 66
 */
export const scoreOf = (row: LeagueRow): number => {
  if (row.unreadable !== null) return 0
  const copied = (row.byRule['R-1'] ?? 0) + (row.byRule['R-2'] ?? 0)
  return Math.max(0, SCORE.start - SCORE.error * row.errors - SCORE.warning * row.warnings - SCORE.copying * copied)
}

/** A row counting `problems` in. */
export const counted = (row: LeagueRow, problems: ReadonlyArray<Problem>): LeagueRow => {
  const byRule: Partial<Record<RuleId, number>> = { ...row.byRule }
  for (const p of problems) byRule[p.rule] = (byRule[p.rule] ?? 0) + 1
  const errors = problems.filter((p) => p.severity === 'error').length
  return { ...row, errors: row.errors + errors, warnings: row.warnings + problems.length - errors, byRule }
}

/** A row ranked: its place in the table and its score. */
export interface Ranked extends LeagueRow {
  readonly rank: number
  readonly score: number
}

/** The rows ranked by score, best first, then by file. */
export const rank = (rows: ReadonlyArray<LeagueRow>): ReadonlyArray<Ranked> => {
  const scored = rows.map((r) => ({ ...r, score: scoreOf(r) })).sort((a, b) => b.score - a.score || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  let place = 0
  return scored.map((r, i) => {
    if (i === 0 || (scored[i - 1] as { score: number }).score !== r.score) place = i + 1
    return { ...r, rank: place }
  })
}

/** The header of the table. */
export const LEAGUE_HEADER: ReadonlyArray<string> = ['名次', '得分', '文件', '机关', '年度', '上年报告', '无法读取的原因', '错误', '警告', ...RULES]

/** A ranked row as the table's cells. */
export const leagueCells = (r: Ranked): ReadonlyArray<string | number> => [
  r.rank,
  r.score,
  r.file,
  r.agency,
  r.year ?? '',
  r.previous ?? '',
  r.unreadable ?? '',
  r.errors,
  r.warnings,
  ...RULES.map((rule) => r.byRule[rule] ?? 0)
]

/** The league table as one workbook sheet. */
export const leagueSheet = (rows: ReadonlyArray<Ranked>): Sheet => ({
  name: '排名',
  columns: LEAGUE_HEADER.map((header) => ({ header })),
  rows: rows.map(leagueCells)
})

/** The league table as JSON lines, one object per row, every rule's count given. */
export const leagueJsonLines = (rows: ReadonlyArray<Ranked>): string =>
  rows
    .map((r) =>
      JSON.stringify({
        rank: r.rank,
        score: r.score,
        file: r.file,
        agency: r.agency,
        year: r.year,
        previous: r.previous,
        unreadable: r.unreadable,
        errors: r.errors,
        warnings: r.warnings,
        byRule: Object.fromEntries(RULES.map((rule) => [rule, r.byRule[rule] ?? 0]))
      })
    )
    .map((l) => l + '\n')
    .join('')
