/**
 * Reads table 四 (行政复议、行政诉讼): fifteen cells in one row, three groups of five
 * outcomes, often printed with their header characters stacked and the cells run
 * together (`000000000000000`).
 */
import { LITIGATION, OUTCOMES, placeOf, REVIEW_GROUPS, type FormatVersion, type Review } from '@report/model'
import type { Line } from '../read/lines.js'
import type { ImportNote } from '../note.js'
import { fillRow, type PlaceOfCell, type RowSpec } from './row-grammar.js'
import { startsWithLabel, tableNotFound, type TableRead } from './table-read.js'
import { isSkeleton, skeletonNote } from './skeleton.js'
import type { Token, ValueToken } from './tokens.js'

/** The table as one row of fifteen counts, group after group. */
const ROW: RowSpec = { path: [], label: '', kinds: REVIEW_GROUPS.flatMap(() => OUTCOMES.map(() => 'count' as const)) }
const SIZE = ROW.kinds.length
/** The labels a skeleton of the table prints: its groups and outcomes. */
const LABELS = [...REVIEW_GROUPS.map((g) => g.label), ...OUTCOMES]

/**
 * Does table 四 start on this line (a group or outcome header)?
 */
export const startsReview: (line: Line) => boolean = startsWithLabel([...REVIEW_GROUPS.map((g) => g.label), LITIGATION, OUTCOMES[0]])

const runsOf = (tokens: ReadonlyArray<Token>): ReadonlyArray<ReadonlyArray<ValueToken>> => {
  const runs: Array<Array<ValueToken>> = []
  let run: Array<ValueToken> = []
  for (const t of tokens) {
    if (t.kind === 'value') run.push(t)
    else if (run.length > 0) {
      runs.push(run)
      run = []
    }
  }
  if (run.length > 0) runs.push(run)
  return runs.filter((r) => r.some((v) => v.text !== ''))
}

/**
 * Table 四 from the tokens of its section: the values in printed order, text ignored.
 */
export const readReview = (version: FormatVersion, tokens: ReadonlyArray<Token>, stops = false): TableRead<Review> => {
  const values: Array<ValueToken> = []
  for (const run of runsOf(tokens)) {
    if (values.length >= SIZE) break
    values.push(...run)
  }
  if (values.length === 0 && !stops && isSkeleton(tokens, LABELS)) {
    const table = Object.fromEntries(REVIEW_GROUPS.map((g) => [g.key, OUTCOMES.map(() => '')])) as unknown as Review
    return { table, status: 'partial', notes: [skeletonNote(version, 'review')] }
  }
  if (values.length === 0) return { table: undefined, status: 'missing', notes: stops ? [] : [tableNotFound(version, 'review')] }
  const place: PlaceOfCell = (_, column) =>
    placeOf(
      version,
      column === undefined
        ? ['tables', 'review']
        : ['tables', 'review', REVIEW_GROUPS[Math.floor(column / OUTCOMES.length)]?.key ?? '', column % OUTCOMES.length]
    )
  const notes: Array<ImportNote> = []
  const { cells, exact } = fillRow(ROW, 0, values, place, notes)
  const table = Object.fromEntries(REVIEW_GROUPS.map((g, k) => [g.key, cells.slice(k * OUTCOMES.length, (k + 1) * OUTCOMES.length)])) as unknown as Review
  return { table, status: exact ? 'complete' : 'partial', notes }
}
