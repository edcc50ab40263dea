/**
 * The line that ends every batch: how many inputs there were, how many were done,
 * how many failed, and, when it was interrupted, how many were never started.
 */
import type { Interruption } from './interrupt.js'

/**
 * What a batch did so far.
 */
export interface Tally {
  readonly total: number
  readonly done: number
  readonly failed: number
  /** Inputs passed over (a folder's hidden files, subfolders, links). */
  readonly skipped?: number
}

/**
 * The summary of a batch in Chinese; `noun` names the inputs (`报告`), `verb` what
 * was done with one (`写出`).
 *
 * @example
 * summaryLine('报告', '写出', { total: 3, done: 2, failed: 1 }) // '共 3 个报告：已写出 2 个，未写出 1 个'
 * summaryLine('报告', '写出', { total: 3, done: 1, failed: 0 }, 'SIGINT') // '已中断（SIGINT）：共 3 个报告：已写出 1 个，未写出 0 个，未开始 2 个'
 */
export const summaryLine = (noun: string, verb: string, tally: Tally, interrupted?: Interruption): string => {
  const skipped = tally.skipped ?? 0
  const notStarted = tally.total - tally.done - tally.failed - skipped
  const parts = [
    `已${verb} ${tally.done} 个`,
    `未${verb} ${tally.failed} 个`,
    ...(skipped > 0 ? [`跳过 ${skipped} 个`] : []),
    ...(notStarted > 0 ? [`未开始 ${notStarted} 个`] : [])
  ]
  return `${interrupted === undefined ? '' : `已中断（${interrupted}）：`}共 ${tally.total} 个${noun}：${parts.join('，')}`
}
