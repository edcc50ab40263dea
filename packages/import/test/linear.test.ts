import { APPLICATION_DATA_ROWS } from '@report/model'
import { describe, expect, it } from 'vitest'
import { importReport } from '../src/index.js'
import { SAMPLE, variant } from './variants.js'

/**
 * The median CPU time of five imports of `text`, in milliseconds: the CPU this
 * process spends, so other processes on a busy machine do not count.
 */
const work = (text: string): number => {
  const times = [0, 1, 2, 3, 4].map(() => {
    const start = process.cpuUsage()
    importReport(text)
    const { user, system } = process.cpuUsage(start)
    return (user + system) / 1e3
  })
  return times.sort((a, b) => a - b)[2] ?? 0
}

/** A heading-like row label of table 三 (三、本年度办理结果) and a plain one ((七)总计). */
const RESULTS = APPLICATION_DATA_ROWS['2019'].find((r) => r.path[1] === 'total')
const ROW_LABELS = `${RESULTS?.groups[0]}\n${RESULTS?.label}\n`

/** The PDF-text variant with its row (七)总计 printed many times: a wrapped layout of table rows. */
const PDF = variant('pdf')
const TOTAL_ROW = `${PDF.split('\n').find((l) => RESULTS !== undefined && l.includes(RESULTS.label)) ?? ''}\n`
const repeatedRows = (times: number): string => PDF.replace(TOTAL_ROW, TOTAL_ROW.repeat(times))

/**
 * Inputs of size n and 4n: the time of 4n over the time of n is about 4 when
 * the import is linear, and 16 or more when it is quadratic. The bound is generous
 * (garbage collection and caches), not a speed target.
 */
const SHAPES: ReadonlyArray<readonly [string, (n: number) => string]> = [
  ['the sample repeated', (n) => SAMPLE.repeat(n)],
  ['the PDF-text variant repeated', (n) => variant('pdf').repeat(n)],
  ['the HTML variant repeated', (n) => variant('html').repeat(n)],
  ['one line of digits and spaces', (n) => '0 1 '.repeat(20_000 * n)],
  ['one line of Chinese', (n) => '一、政府信息公开'.repeat(10_000 * n)],
  ['one long row of cells', (n) => '|0'.repeat(40_000 * n)],
  ['spaces without end', (n) => ' '.repeat(100_000 * n) + 'x'],
  ['headings and row labels only', (n) => ROW_LABELS.repeat(1_000 * n)],
  ['one table row repeated in PDF text', (n) => repeatedRows(500 * n)],
  ['HTML elements nested in a cell', (n) => `<table><tr><td>${'<div>规章'.repeat(500 * n)}${'</div>'.repeat(500 * n)}</td></tr></table>`],
  ['HTML tables nested in cells', (n) => '<table><tr><td>0'.repeat(200 * n) + '</td></tr></table>'.repeat(200 * n)],
  ['HTML elements never closed', (n) => '<div><p><span>一、总体情况'.repeat(300 * n)]
]

describe('import time grows linearly with the size of the input', () => {
  it.each(SHAPES)(
    '%s',
    (_, make) => {
      const small = make(20)
      const large = make(80)
      work(small) // warm-up
      const ratio = work(large) / Math.max(work(small), 0.01)
      expect(ratio).toBeLessThan(10)
    },
    120_000
  )
})
