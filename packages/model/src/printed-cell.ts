/**
 * From a value as printed in a table to the model's cell: a count, a signed change
 * or money, or a blank kept as printed (blank, `/`, `—`, `-` and `0` stay distinct).
 */
import { BLANK_MARKS, type Blank, type Cell, type Count, type Delta, type Money } from './cell.js'
import { canonicalDecimal, isDecimalText } from './decimal.js'
import type { ColumnLabel } from './labels.js'

/**
 * The kind of value a column holds.
 */
export type ValueKind = ColumnLabel['kind']

/**
 * A model cell of any kind.
 */
export type AnyCell = Cell<Count> | Cell<Delta> | Cell<Money>

const BLANKS: ReadonlySet<string> = new Set(BLANK_MARKS)

/**
 * The cell a printed value makes in a column of `kind`, or `undefined` when the
 * value does not fit the column (a fraction where a count belongs, …).
 *
 * @example
 * parseCell('count', '12') // 12
 * parseCell('delta', '-3') // -3
 * parseCell('money', '7730.28') // '7730.28'
 * parseCell('count', '/') // '/'
 */
export const parseCell = (kind: ValueKind, text: string): AnyCell | undefined => {
  if (BLANKS.has(text)) return text as Blank
  if (kind === 'money') {
    const plain = text.startsWith('+') ? text.slice(1) : text
    return isDecimalText(plain) ? (canonicalDecimal(plain) as Money) : undefined
  }
  const n = /^[+-]?\d{1,15}$/.test(text) ? Number(text) : NaN
  if (!Number.isSafeInteger(n)) return undefined
  if (kind === 'delta') return n as Delta
  return n >= 0 && !text.startsWith('-') ? (n as Count) : undefined
}
