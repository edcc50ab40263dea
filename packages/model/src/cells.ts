/**
 * The cells of a report's tables, enumerated from the statutory labels: the one
 * walk that checks, totals and aggregates share.
 */
import type { Cell, Money } from './cell.js'
import { ACTIVE_BLOCKS, APPLICATION_DATA_ROWS, REVIEW_GROUPS, type ColumnLabel, type TableRole } from './labels.js'
import type { Path } from './place.js'
import type { FormatVersion } from './report.js'

/**
 * A row of cells of a table: the path of the row and its columns' keys and kinds.
 */
export interface RowPlace {
  readonly path: Path
  readonly columns: ReadonlyArray<{ readonly key: string | number; readonly kind: ColumnLabel['kind'] }>
}

/**
 * A cell's place and the kind of value it holds.
 */
export interface CellPlace {
  readonly path: Path
  readonly kind: ColumnLabel['kind']
}

const countColumns = (n: number) => Array.from({ length: n }, (_, key) => ({ key, kind: 'count' as const }))

const rowPlacesOf = (version: FormatVersion): Readonly<Record<TableRole, ReadonlyArray<RowPlace>>> => ({
  active: ACTIVE_BLOCKS[version].flatMap((block) => block.rows.map((row) => ({ path: ['tables', 'active', block.key, row.key], columns: block.columns }))),
  applications: APPLICATION_DATA_ROWS[version].map((row) => ({ path: ['tables', 'applications', ...row.path], columns: countColumns(7) })),
  review: REVIEW_GROUPS.map((group) => ({ path: ['tables', 'review', group.key], columns: countColumns(5) }))
})

const ROW_PLACES = { '2019': rowPlacesOf('2019'), '2021': rowPlacesOf('2021') } as const

const cellPlacesOf = (rows: Readonly<Record<TableRole, ReadonlyArray<RowPlace>>>): Readonly<Record<TableRole, ReadonlyArray<CellPlace>>> => {
  const cells = (table: TableRole) => rows[table].flatMap((row) => row.columns.map((c) => ({ path: [...row.path, c.key], kind: c.kind })))
  return { active: cells('active'), applications: cells('applications'), review: cells('review') }
}

const CELL_PLACES = { '2019': cellPlacesOf(ROW_PLACES['2019']), '2021': cellPlacesOf(ROW_PLACES['2021']) } as const

/**
 * Every row of cells of one table of a format, in printed order.
 */
export const rowPlaces = (version: FormatVersion, table: TableRole): ReadonlyArray<RowPlace> => ROW_PLACES[version][table]

/**
 * Every cell place of one table of a format, in printed order.
 */
export const cellPlaces = (version: FormatVersion, table: TableRole): ReadonlyArray<CellPlace> => CELL_PLACES[version][table]

/**
 * The value at a path of a JSON-like value, or `undefined`.
 */
export const valueAt = (root: unknown, path: Path): unknown => {
  let node = root
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<string | number, unknown>)[key]
  }
  return node
}

/**
 * The cell at a path of a report.
 */
export const cellAt = (root: unknown, path: Path): Cell<number | Money> => valueAt(root, path) as Cell<number | Money>

/**
 * A copy of `root` with the value at `path` replaced; the containers along the path
 * are copied, the rest is shared.
 */
export const setAt = <A>(root: A, path: Path, value: unknown): A => {
  const [key, ...rest] = path
  if (key === undefined) return value as A
  const node = root as Record<string | number, unknown>
  const copy = (Array.isArray(node) ? [...node] : { ...node }) as Record<string | number, unknown>
  copy[key] = setAt(node[key], rest, value)
  return copy as A
}
