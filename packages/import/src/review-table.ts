/**
 * Reads table 四 (行政复议、行政诉讼): fifteen cells in one row, three groups of five
 * outcomes, often printed with their header characters stacked and the cells run
 * together (`000000000000000`).
 *
 * @since 0.1.0
 */
import { LITIGATION, OUTCOMES, REVIEW_GROUPS, TABLE_NAMES, toPointer, type Review } from '@report/model'
import type { Line } from './lines.js'
import { note, type ImportNote } from './note.js'
import { cellOf, splitRun, type AnyCell } from './cell-values.js'
import { startsWithLabel, type TableRead } from './table-read.js'
import type { Token, ValueToken } from './tokens.js'

const SIZE = REVIEW_GROUPS.length * OUTCOMES.length

/**
 * Does table 四 start on this line (a group or outcome header)?
 *
 * @category reading
 * @since 0.1.0
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
 *
 * @category reading
 * @since 0.1.0
 */
export const readReview = (tokens: ReadonlyArray<Token>): TableRead<Review> => {
  const notes: Array<ImportNote> = []
  const values: Array<ValueToken> = []
  for (const run of runsOf(tokens)) {
    if (values.length >= SIZE) break
    values.push(...run)
  }
  const where = { where: TABLE_NAMES.review, path: toPointer(['tables', 'review']) }
  if (values.length === 0) {
    return { table: undefined, status: 'missing', notes: [note('TABLE_NOT_FOUND', `未找到${TABLE_NAMES.review}的数据`, where)] }
  }
  const line = values[0]?.line
  const printed = values.map((v) => (v.text === '' ? '（空）' : v.text)).join(' ')
  let texts: ReadonlyArray<string> | undefined
  if (values.length >= SIZE) {
    texts = values.slice(0, SIZE).map((v) => v.text)
    if (values.length > SIZE) notes.push(note('VALUES_SURPLUS', `应有 ${SIZE} 个单元格，印有 ${values.length} 个数值，多出的未采用`, { line, ...where }))
  } else {
    const split = splitRun(values.map((v) => v.text), SIZE)
    if (split.kind === 'split') {
      texts = split.values
      notes.push(note('DIGITS_SPLIT', `数字连写“${printed}”，只有一种拆分方式：${split.values.join(' ')}`, { line, ...where }))
    } else {
      notes.push(
        split.kind === 'ambiguous'
          ? note('DIGITS_AMBIGUOUS', `数字连写“${printed}”，拆成 ${SIZE} 个单元格有多种方式，无法确定，各单元格按空白处理`, { line, ...where })
          : note('ROW_SHORT', `应有 ${SIZE} 个单元格，只印有 ${values.length} 个数值（${printed}），各单元格按空白处理`, { line, ...where })
      )
    }
  }
  let exact = texts !== undefined
  const cells: Array<AnyCell> = []
  for (let i = 0; i < SIZE; i++) {
    const text = texts?.[i] ?? ''
    const cell = texts === undefined ? '' : cellOf('count', text)
    if (cell === undefined) {
      exact = false
      const group = REVIEW_GROUPS[Math.floor(i / OUTCOMES.length)]?.key ?? ''
      notes.push(note('VALUE_INVALID', `“${text}”不是非负整数，按空白处理`, { line, path: toPointer(['tables', 'review', group, i % OUTCOMES.length]), where: TABLE_NAMES.review }))
    }
    cells.push(cell ?? '')
  }
  const table = Object.fromEntries(REVIEW_GROUPS.map((g, k) => [g.key, cells.slice(k * OUTCOMES.length, (k + 1) * OUTCOMES.length)])) as unknown as Review
  return { table, status: exact ? 'complete' : 'partial', notes }
}
