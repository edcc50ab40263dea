/**
 * Table 四, 政府信息公开行政复议、行政诉讼情况: three groups of five measures.
 */
import * as t from 'io-ts'
import { struct } from './struct.js'
import { countRow, type Cell, type Count } from './cell.js'

/**
 * 结果维持, 结果纠正, 其他结果, 尚未审结, 总计 (index 4).
 */
export const OutcomeRow = countRow<OutcomeRow>(5, 'OutcomeRow')

export type OutcomeRow = readonly [C, C, C, C, C]
type C = Cell<Count>

/**
 * The index of 总计 in an {@link OutcomeRow}.
 */
export const OUTCOME_TOTAL = 4

/**
 * Table 四, the same in both formats.
 */
export const Review = struct({ reconsideration: OutcomeRow, directSuit: OutcomeRow, suitAfterReconsideration: OutcomeRow }, {}, 'Review')

export type Review = t.TypeOf<typeof Review>
