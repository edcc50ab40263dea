/**
 * What reading one table gives, and what the three table readers share: where a
 * table starts, how its places are named in notes, and the reading of a table whose
 * rows the row grammar finds (tables 二 and 三) into the model's nested records.
 */
import { placeOf, TABLE_NAMES, type AnyCell, type FormatVersion, type TableRole } from '@report/model'
import type { Line } from '../read/lines.js'
import { labelKey } from '../text/label-key.js'
import { note, type ImportNote } from '../note.js'
import { readRows, type GroupSpec, type PlaceOfCell, type ReadRows, type RowSpec } from './row-grammar.js'
import { isSkeleton, skeletonNote } from './skeleton.js'
import type { Token } from './tokens.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * How much of a table was read: every cell, some, or none.
 */
export type TableStatus = 'complete' | 'partial' | 'missing'

/**
 * A table as read: the model's value (or `undefined`), its status and its notes.
 */
export interface TableRead<A> {
  readonly table: A | undefined
  readonly status: TableStatus
  readonly notes: ReadonlyArray<ImportNote>
  /** The places (JSON Pointers) of the rows the text does not print: their cells are `''` but not printed blank. */
  readonly unprinted?: ReadonlyArray<string>
}

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

/**
 * A test of whether a line starts with one of the labels (compared by key, at most
 * the first eight characters of each).
 */
export const startsWithLabel = (labels: ReadonlyArray<string>): ((line: Line) => boolean) => {
  const prefixes = labels.map((label) => labelKey(label).slice(0, 8)).filter((k) => k !== '')
  return (line) => {
    const key = labelKey(line.text.slice(0, 200))
    return prefixes.some((p) => key.startsWith(p))
  }
}

/**
 * The note that a table's data was not found.
 */
export const tableNotFound = (version: FormatVersion, role: TableRole): ImportNote =>
  note('TABLE_NOT_FOUND', `未找到${TABLE_NAMES[role]}的数据`, placeOf(version, ['tables', role]))

// -------------------------------------------------------------------------------------
// reading
// -------------------------------------------------------------------------------------

/** A row's cells as the model holds them: keyed by its columns (table 二), else an array. */
const rowValue = (spec: RowSpec, cells: ReadonlyArray<AnyCell>): unknown =>
  spec.columns === undefined ? cells : Object.fromEntries(spec.columns.map((key, c) => [key, cells[c] ?? '']))

/** Sets `value` at `path` of a nested record, creating the records on the way. */
const putAt = (root: Record<string, unknown>, path: ReadonlyArray<string>, value: unknown): void => {
  let node = root
  path.forEach((key, i) => {
    if (i === path.length - 1) node[key] = value
    else {
      const child = (node[key] ?? {}) as Record<string, unknown>
      node[key] = child
      node = child
    }
  })
}

/**
 * The cells of every row as read, rows not found left blank with a note (one for the
 * row, none when the text stops before it: `stops`); the status is `missing` when no
 * row was read at all.
 */
const rowsOrBlank = (
  read: ReadRows,
  specs: ReadonlyArray<RowSpec>,
  place: PlaceOfCell,
  stops: boolean
): {
  readonly rows: ReadonlyArray<ReadonlyArray<AnyCell>>
  readonly status: TableStatus
  readonly notes: ReadonlyArray<ImportNote>
  readonly unprinted: ReadonlyArray<string>
} => {
  const notes: Array<ImportNote> = [...read.notes]
  const unprinted: Array<string> = []
  const lastFound = read.rows.reduce((last, r, i) => (r === undefined ? last : i), -1)
  let exact = true
  const rows = specs.map((spec, i) => {
    const row = read.rows[i]
    if (row !== undefined) {
      exact &&= row.exact
      return row.cells
    }
    exact = false
    const at = place(i)
    unprinted.push(at.path)
    if (!read.covered.has(i) && (!stops || i < lastFound)) notes.push(note('ROW_NOT_FOUND', '未找到此行，各单元格按空白处理', at))
    return spec.kinds.map(() => '' as const)
  })
  const found = lastFound !== -1
  return { rows, status: !found ? 'missing' : exact ? 'complete' : 'partial', notes: found ? notes : read.notes, unprinted }
}

/**
 * A table whose rows the row grammar reads (二 or 三), from the tokens of its
 * section: each spec's cells put at its path, rows not found left blank; a skeleton
 * (labels and no number) every cell printed blank.
 */
export const readTable = (
  version: FormatVersion,
  role: TableRole,
  specs: ReadonlyArray<RowSpec>,
  groups: ReadonlyArray<GroupSpec>,
  tokens: ReadonlyArray<Token>,
  stops = false
): TableRead<unknown> => {
  const place: PlaceOfCell = (row, column) => {
    const spec = specs[row]
    const rowPath = ['tables', role, ...(spec?.path ?? [])]
    return placeOf(version, column === undefined ? rowPath : [...rowPath, spec?.columns?.[column] ?? column])
  }
  const { rows, status, notes, unprinted } = rowsOrBlank(readRows(tokens, specs, groups, place), specs, place, stops)
  const labels = specs.map((s) => s.label)
  const skeleton = !stops && isSkeleton(tokens, labels)
  if (status === 'missing' && !skeleton) return { table: undefined, status, notes: stops ? notes : [...notes, tableNotFound(version, role)] }
  const table: Record<string, unknown> = {}
  specs.forEach((spec, i) => putAt(table, spec.path, rowValue(spec, rows[i] ?? [])))
  if (!skeleton) return { table, status, notes, unprinted }
  // A skeleton read without a row (no cell printed, not even blank) is taken as printed blank throughout.
  return { table, status: 'partial', notes: [...notes, skeletonNote(version, role)], unprinted: status === 'missing' ? [] : unprinted }
}
