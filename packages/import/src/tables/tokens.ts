/**
 * Lines to tokens for the table grammar: each cell or word is a label text or a
 * value (a number, or one of the model's blank marks). Words of plain lines are
 * split at spaces; the cells of delimited rows are kept whole, blank cells included.
 */
import type { Blank } from '@report/model'
import type { Line } from '../read/lines.js'
import { labelKey } from '../text/label-key.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A label's text, as its matching key.
 */
export interface TextToken {
  readonly kind: 'text'
  readonly key: string
  readonly line: number
}

/**
 * A cell's value as printed: digits (perhaps signed, decimal or run together) or a
 * blank mark.
 */
export interface ValueToken {
  readonly kind: 'value'
  readonly text: string
  readonly line: number
  /** The unit of money printed after the number (`12.5万元`), if any. */
  readonly unit?: string
  /** The value is a cell of a delimited row (TAB, `|`, HTML), whose cells stand in their columns' order. */
  readonly delimited?: true
}

/** A token of a table's text: a label or a value. */
export type Token = TextToken | ValueToken

// -------------------------------------------------------------------------------------
// values
// -------------------------------------------------------------------------------------

const NUMBER = /^([+-]?\d[\d,]*(?:\.\d+)?)(?:万元|元|件|个|项|条|次)?$/
const DASHES = /^[—―─━]+$/

/** The model's blank mark a word prints (after NFKC): `/` or `\\`, a run of dashes, a hyphen or an en dash. */
const blankMark = (w: string): Blank | undefined => {
  if (w === '/' || w === '\\') return '/'
  if (DASHES.test(w)) return '—'
  if (w === '-' || w === '–' || w === '--') return '-'
  return undefined
}

/**
 * The value a word prints, normalised (`１,２００` → `1200`, `／` → `/`, `——` → `—`),
 * or `undefined` when the word is not a value.
 *
 * @example
 * valueText('—') // '—'
 * valueText('4,068.208') // '4068.208'
 * valueText('规章') // undefined
 */
const valueText = (word: string): string | undefined => {
  if (word.length > 40) return /^\d+$/.test(word) ? word : undefined
  const w = word.normalize('NFKC').trim()
  const blank = blankMark(w)
  if (blank !== undefined) return blank
  const m = NUMBER.exec(w)
  return m === null ? undefined : (m[1] ?? '').replace(/,/g, '')
}

/** A value token of a word read as `value`, with the unit of money the word ends in (`万元`, `元`). */
const valueToken = (word: string, value: string, line: number, delimited: boolean): ValueToken => ({
  kind: 'value',
  text: value,
  line,
  ...(word.endsWith('元') ? { unit: word.endsWith('万元') ? '万元' : '元' } : {}),
  ...(delimited ? { delimited: true } : {})
})

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

const words = (text: string): ReadonlyArray<string> => text.split(/[ \t\u00a0\u3000]+/).filter((w) => w !== '')

const plainTokens = (line: Line, out: Array<Token>): void => {
  let text: Array<string> = []
  const flush = () => {
    if (text.length > 0) out.push({ kind: 'text', key: labelKey(text.join('')), line: line.no })
    text = []
  }
  for (const word of words(line.text)) {
    const value = valueText(word)
    if (value === undefined) text.push(word)
    else {
      flush()
      out.push(valueToken(word, value, line.no, false))
    }
  }
  flush()
}

const cellTokens = (line: Line, cells: ReadonlyArray<string>, out: Array<Token>): void => {
  for (const cell of cells) {
    if (cell === '') {
      out.push({ kind: 'value', text: '', line: line.no, delimited: true })
      continue
    }
    const parts = words(cell)
    const values = parts.map(valueText)
    if (values.every((v): v is string => v !== undefined)) {
      values.forEach((v, k) => out.push(valueToken(parts[k] ?? '', v, line.no, true)))
    } else {
      out.push({ kind: 'text', key: labelKey(cell), line: line.no })
    }
  }
}

/**
 * The tokens of lines, in order.
 *
 * @example
 * tokensOf([{ no: 1, text: '规章   0   5', indent: 0 }]).map((t) => t.kind) // ['text', 'value', 'value']
 */
export const tokensOf = (lines: ReadonlyArray<Line>): ReadonlyArray<Token> => {
  const out: Array<Token> = []
  for (const line of lines) {
    if (line.cells === undefined) plainTokens(line, out)
    else cellTokens(line, line.cells, out)
  }
  return out
}
