/**
 * A table printed as a skeleton (表三 印有表格但没有数字): its row labels are in the
 * text and no number is. Its own finding, not a missing table: the table is kept with
 * every cell printed blank (the model's S-1 then gives one `TABLE_EMPTY`), with a note.
 */
import { placeOf, TABLE_NAMES, type FormatVersion, type TableRole } from '@report/model'
import { note, type ImportNote } from '../note.js'
import { containment, labelKey, pairsOf } from '../text/label-key.js'
import type { Token } from './tokens.js'

/** The least share of a label's pairs that finds it in the text. */
const FOUND = 0.75
/** The least share of a table's row labels a skeleton prints. */
const SKELETON = 0.5

/**
 * Do the tokens print at least half of `labels` and no number at all?
 *
 * @example
 * isSkeleton(tokensOf(lines), ['行政处罚', '行政强制']) // true for the labels printed alone
 */
export const isSkeleton = (tokens: ReadonlyArray<Token>, labels: ReadonlyArray<string>): boolean => {
  if (labels.length === 0 || tokens.some((t) => t.kind === 'value' && t.text !== '')) return false
  const text = pairsOf(tokens.map((t) => (t.kind === 'text' ? t.key : '')).join(''))
  const found = labels.filter((label) => containment(pairsOf(labelKey(label)), text) >= FOUND).length
  return found >= labels.length * SKELETON
}

/**
 * The note that a table is printed without numbers.
 */
export const skeletonNote = (version: FormatVersion, role: TableRole): ImportNote =>
  note('TABLE_SKELETON', `${TABLE_NAMES[role]}印有表格但没有数字：各单元格按印出的空白处理`, placeOf(version, ['tables', role]))
