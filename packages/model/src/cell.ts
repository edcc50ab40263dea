/**
 * The cells of the statutory tables: counts, signed changes and money, each of
 * which may instead be printed blank (distinct from 0).
 */
import * as t from 'io-ts'
import { canonicalDecimal, isDecimalText } from './decimal.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

export interface CountBrand {
  readonly Count: unique symbol
}

/**
 * A count: an integer ≥ 0 (rule N-1). A plain `number` is not a `Count`.
 */
export type Count = t.Branded<number, CountBrand>

const isCount = (u: unknown): u is Count => Number.isSafeInteger(u) && (u as number) >= 0

export const Count = t.brand(t.number, isCount, 'Count')

export interface DeltaBrand {
  readonly Delta: unique symbol
}

/**
 * A signed whole change, as in 本年增/减.
 */
export type Delta = t.Branded<number, DeltaBrand>

const isDelta = (u: unknown): u is Delta => Number.isSafeInteger(u)

export const Delta = t.brand(t.number, isDelta, 'Delta')

export interface MoneyBrand {
  readonly Money: unique symbol
}

/**
 * An exact non-negative amount (万元), held as a canonical decimal text.
 */
export type Money = t.Branded<string, MoneyBrand>

const moneyText = (u: unknown): string | undefined => {
  if (typeof u === 'string') return isDecimalText(u) ? canonicalDecimal(u) : undefined
  if (typeof u !== 'number' || !Number.isFinite(u) || u < 0) return undefined
  const text = String(u)
  // A JSON number is read exactly only up to 15 significant digits.
  return isDecimalText(text) && text.replace(/\D|^0+/g, '').length <= 15 ? text : undefined
}

/**
 * Money in JSON: a decimal string (`"4068.208"`) or a plain number of at most 15
 * significant digits; encoded as the canonical string.
 */
export const Money = new t.Type<Money, string, unknown>(
  'Money',
  (u): u is Money => typeof u === 'string' && isDecimalText(u) && canonicalDecimal(u) === u,
  (u, c) => {
    const text = moneyText(u)
    return text === undefined ? t.failure(u, c) : t.success(text as Money)
  },
  (m) => m
)

/**
 * How a cell is printed when it holds no number: empty, `/`, `—` or `-`.
 */
export type Blank = '' | '/' | '—' | '-'

export const Blank = t.keyof({ '': null, '/': null, '—': null, '-': null }, 'Blank')

/**
 * Every way a cell is printed blank.
 */
export const BLANK_MARKS: ReadonlyArray<Blank> = ['', '/', '—', '-']

/**
 * A cell holding a value of type `A` or printed blank.
 */
export type Cell<A> = A | Blank

const isBlankValue = (u: unknown): u is Blank => u === '' || u === '/' || u === '—' || u === '-'

/**
 * A codec for a cell of `value` or a blank, named `Cell<name>`. It checks in one
 * step (no union of codecs, no io-ts call for a valid cell): tables have hundreds of
 * cells. `isValue` is `value.is` as one direct test; what it accepts decodes to itself.
 */
export const cell = <A, O>(value: t.Type<A, O, unknown>, isValue: (u: unknown) => u is A = value.is) => {
  const is = (u: unknown): u is Cell<A> => isValue(u) || isBlankValue(u)
  return new t.Type<Cell<A>, O | Blank, unknown>(
    `Cell<${value.name}>`,
    is,
    (u, c) => (is(u) ? t.success(u) : value.validate(u, c)),
    (a) => (isBlankValue(a) ? a : value.encode(a))
  )
}

export const CountCell = cell(Count, isCount)

export const DeltaCell = cell(Delta, isDelta)

export const MoneyCell = cell(Money)

/**
 * A codec for a fixed-length row of count cells, printed left to right.
 */
export const countRow = <R extends ReadonlyArray<Cell<Count>>>(length: R['length'], name: string) => {
  const isRow = (u: unknown): u is R => {
    if (!Array.isArray(u) || u.length !== length) return false
    // CountCell.is written out: rows are most of a report's values.
    for (let i = 0; i < length; i++) {
      const v: unknown = u[i]
      if (typeof v === 'number' ? !isCount(v) : !isBlankValue(v)) return false
    }
    return true
  }
  return new t.Type<R, Array<number | string>, unknown>(
    name,
    isRow,
    (u, c) => {
      if (isRow(u)) return t.success(u)
      if (!Array.isArray(u) || u.length !== length) return t.failure(u, c)
      const errors: Array<t.ValidationError> = []
      for (let i = 0; i < length; i++) if (!CountCell.is(u[i])) errors.push({ value: u[i], context: t.appendContext(c, String(i), CountCell, u[i]) })
      return t.failures(errors)
    },
    (row) => [...row]
  )
}

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * Is the cell printed blank?
 */
export const isBlank = (c: Cell<unknown>): c is Blank => isBlankValue(c)

/**
 * The number a count or delta cell contributes to a sum: a blank cell counts as 0
 * (rule S-1 reports the blank itself).
 */
export const valueOf = (c: Cell<number>): number => (isBlank(c) ? 0 : c)

/**
 * A count from a number already known to be a whole number ≥ 0.
 */
export const count = (n: number): Count => {
  if (!isCount(n)) throw new RangeError(`not a count: ${n}`)
  return n
}
