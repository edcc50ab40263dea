/**
 * The cells of a report's tables, enumerated from the statutory labels: the one
 * walk that checks, totals and aggregates share.
 *
 * @since 0.1.0
 */
import type { Cell, Money } from './cell.js'
import { ACTIVE_BLOCKS, APPLICATION_ROWS, REVIEW_GROUPS, dataRows, type ColumnLabel } from './labels.js'
import type { Path } from './problem.js'
import type { FormatVersion } from './report.js'

/**
 * A cell's place and the kind of value it holds.
 *
 * @category model
 * @since 0.1.0
 */
export interface CellPlace {
  readonly path: Path
  readonly kind: ColumnLabel['kind']
}

const activePlaces = (version: FormatVersion): ReadonlyArray<CellPlace> =>
  ACTIVE_BLOCKS[version].flatMap((block) =>
    block.rows.flatMap((row) =>
      block.columns.map((column) => ({ path: ['tables', 'active', block.key, row.key, column.key], kind: column.kind }))
    )
  )

const applicationPlaces = (version: FormatVersion): ReadonlyArray<CellPlace> =>
  dataRows(APPLICATION_ROWS[version]).flatMap((row) =>
    [0, 1, 2, 3, 4, 5, 6].map((i) => ({ path: ['tables', 'applications', ...row.path, i], kind: 'count' as const }))
  )

const reviewPlaces: ReadonlyArray<CellPlace> = REVIEW_GROUPS.flatMap((group) =>
  [0, 1, 2, 3, 4].map((i) => ({ path: ['tables', 'review', group.key, i], kind: 'count' as const }))
)

const PLACES: Readonly<Record<FormatVersion, Readonly<Record<'active' | 'applications' | 'review', ReadonlyArray<CellPlace>>>>> = {
  '2019': { active: activePlaces('2019'), applications: applicationPlaces('2019'), review: reviewPlaces },
  '2021': { active: activePlaces('2021'), applications: applicationPlaces('2021'), review: reviewPlaces }
}

/**
 * Every cell place of one table of a format, in printed order.
 *
 * @category utils
 * @since 0.1.0
 */
export const cellPlaces = (version: FormatVersion, table: 'active' | 'applications' | 'review'): ReadonlyArray<CellPlace> =>
  PLACES[version][table]

/**
 * The value at a path of a JSON-like value, or `undefined`.
 *
 * @category utils
 * @since 0.1.0
 */
export const valueAt = (root: unknown, path: Path): unknown =>
  path.reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>)[key] : undefined), root)

/**
 * The cell at a path of a report.
 *
 * @category utils
 * @since 0.1.0
 */
export const cellAt = (root: unknown, path: Path): Cell<number | Money> => valueAt(root, path) as Cell<number | Money>

/**
 * A copy of `root` with the value at `path` replaced; the containers along the path
 * are copied, the rest is shared.
 *
 * @category utils
 * @since 0.1.0
 */
export const setAt = <A>(root: A, path: Path, value: unknown): A => {
  const [key, ...rest] = path
  if (key === undefined) return value as A
  const node = root as Record<string | number, unknown>
  const copy = (Array.isArray(node) ? [...node] : { ...node }) as Record<string | number, unknown>
  copy[key] = setAt(node[key], rest, value)
  return copy as A
}
