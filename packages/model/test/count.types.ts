/**
 * Type tests, checked by `tsc -b` (part of `npm test`): each `@ts-expect-error`
 * fails the build if the line below it ever type-checks.
 */
import { count, type Count, type Money, type Report } from '../src/index.js'

const plain: number = 3
// @ts-expect-error a plain number is not a Count
export const notACount: Count = plain
export const aCount: Count = count(3)
// @ts-expect-error a plain string is not Money
export const notMoney: Money = '12.5'
export const backToNumber: number = aCount

declare const report: Report
// @ts-expect-error a table row has seven cells, not an eighth
export const eighth = report.tables.applications?.newReceived[7]
// @ts-expect-error 2021 reports have no 第二十条第（九）项 block: narrow on format first
export const procurement = report.tables.active?.item9
export const unit = report.format === '2019' ? report.tables.active?.item9.amountUnit : undefined
