/**
 * What reading one table gives, and the helpers the three table readers share:
 * where a table starts, how its rows are named in notes, how its cells nest.
 *
 * @since 0.1.0
 */
import { describePath, toPointer, type FormatVersion } from '@report/model'
import type { Line } from './lines.js'
import { note, type ImportNote } from './note.js'
import { labelKey } from './normalise.js'
import type { Place, ReadRows, RowSpec } from './row-grammar.js'
import type { AnyCell } from './cell-values.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * How much of a table was read: every cell, some, or none.
 *
 * @category model
 * @since 0.1.0
 */
export type TableStatus = 'complete' | 'partial' | 'missing'

/**
 * A table as read: the model's value (or `undefined`), its status and its notes.
 *
 * @category model
 * @since 0.1.0
 */
export interface TableRead<A> {
  readonly table: A | undefined
  readonly status: TableStatus
  readonly notes: ReadonlyArray<ImportNote>
}

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

/**
 * A test of whether a line starts with one of the labels (compared by key, at most
 * the first eight characters of each).
 *
 * @category utils
 * @since 0.1.0
 */
export const startsWithLabel = (labels: ReadonlyArray<string>): ((line: Line) => boolean) => {
  const prefixes = labels.map((label) => labelKey(label).slice(0, 8)).filter((k) => k !== '')
  return (line) => {
    const key = labelKey(line.text.slice(0, 200))
    return prefixes.some((p) => key.startsWith(p))
  }
}

/**
 * The place of a row or cell of a table, for notes.
 *
 * @category utils
 * @since 0.1.0
 */
export const placeIn = (version: FormatVersion, table: string, specs: ReadonlyArray<RowSpec>, cellKey?: (spec: RowSpec, column: number) => string | number): Place =>
  (row, column) => {
    const spec = specs[row]
    const rowPath = ['tables', table, ...(spec?.path ?? [])]
    const path = column === undefined ? rowPath : [...rowPath, cellKey === undefined || spec === undefined ? column : cellKey(spec, column)]
    return { path: toPointer(path), where: describePath(version, path) }
  }

/**
 * Sets `value` at `path` of a nested record, creating the records on the way.
 *
 * @category utils
 * @since 0.1.0
 */
export const putAt = (root: Record<string, unknown>, path: ReadonlyArray<string>, value: unknown): void => {
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
 * The cells of every row as read, rows not found left blank with a note; the status
 * is `missing` when no row was read at all.
 *
 * @category utils
 * @since 0.1.0
 */
export const rowsOrBlank = (
  read: ReadRows,
  specs: ReadonlyArray<RowSpec>,
  place: Place
): { readonly rows: ReadonlyArray<ReadonlyArray<AnyCell>>; readonly status: TableStatus; readonly notes: ReadonlyArray<ImportNote> } => {
  const notes: Array<ImportNote> = [...read.notes]
  let exact = true
  const rows = specs.map((spec, i) => {
    const row = read.rows[i]
    if (row !== undefined) {
      exact &&= row.exact
      return row.cells
    }
    exact = false
    if (!read.covered.has(i)) notes.push(note('ROW_NOT_FOUND', '未找到此行，各单元格按空白处理', place(i)))
    return spec.kinds.map(() => '' as const)
  })
  const found = read.rows.some((r) => r !== undefined)
  return { rows, status: !found ? 'missing' : exact ? 'complete' : 'partial', notes: found ? notes : read.notes }
}
