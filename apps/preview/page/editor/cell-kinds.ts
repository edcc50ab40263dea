/**
 * What the editor knows of each cell of a format: the kind of value it holds
 * (count, signed change, money), and whether it is a total that the editor
 * computes (T3-2, T3-3, T4-1) rather than one the author types.
 */
import {
  APPLICATION_DATA_ROWS,
  APPLICANT_INDEXES,
  cellAt,
  cellPlaces,
  isBlank,
  OUTCOME_TOTAL,
  REVIEW_GROUPS,
  setAt,
  TABLE_ROLES,
  TOTAL_COLUMN,
  toPointer,
  withTotals,
  type FormatVersion,
  type Path,
  type Report,
  type ValueKind
} from '@report/model'

/**
 * The cells of one format: each cell's kind by JSON Pointer, and the totals.
 */
export interface CellKinds {
  readonly kindOf: ReadonlyMap<string, ValueKind>
  /** The paths of the cells `withTotals` fills. */
  readonly totals: ReadonlyArray<Path>
  readonly isTotal: (pointer: string) => boolean
}

const totalsOf = (format: FormatVersion): ReadonlyArray<Path> => [
  ...APPLICANT_INDEXES.map((c) => ['tables', 'applications', 'results', 'total', c]),
  ...APPLICATION_DATA_ROWS[format].map((row) => ['tables', 'applications', ...row.path, TOTAL_COLUMN]),
  ...REVIEW_GROUPS.map((g) => ['tables', 'review', g.key, OUTCOME_TOTAL])
]

const kindsOf = (format: FormatVersion): CellKinds => {
  const totals = totalsOf(format)
  const pointers = new Set(totals.map(toPointer))
  return {
    kindOf: new Map(TABLE_ROLES.flatMap((t) => cellPlaces(format, t).map((c) => [toPointer(c.path), c.kind] as const))),
    totals,
    isTotal: (pointer) => pointers.has(pointer)
  }
}

const KINDS = { '2019': kindsOf('2019'), '2021': kindsOf('2021') } as const

/**
 * The cells of a format, computed once.
 */
export const cellKinds = (format: FormatVersion): CellKinds => KINDS[format]

/** Every cell as 1 when it holds a number, 0 when blank: summed by withTotals, it counts a total's filled parts. */
const filledMask = (report: Report): Report => {
  let mask = report
  for (const table of TABLE_ROLES) {
    if (report.tables[table] === undefined) continue
    for (const { path } of cellPlaces(report.format, table)) mask = setAt(mask, path, isBlank(cellAt(report, path)) ? 0 : 1)
  }
  return mask
}

/**
 * The report with its totals computed by `withTotals`, except that a total whose
 * parts are all blank stays blank: a table not yet filled in is not one of zeros.
 *
 * @example
 * editorTotals(report).tables.review?.reconsideration[4] // 3, or '' while its four parts are blank
 */
export const editorTotals = (report: Report): Report => {
  const filled = withTotals(report)
  const parts = withTotals(filledMask(report))
  let out = filled
  for (const path of cellKinds(report.format).totals) if (cellAt(parts, path) === 0) out = setAt(out, path, '')
  return out
}
