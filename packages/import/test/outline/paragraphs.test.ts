import { describe, expect, it } from 'vitest'
import { paragraphsOf } from '../../src/outline/paragraphs.js'
import type { Line } from '../../src/read/lines.js'

const WRAPPED = { wrapped: true, indent: 0, width: 58 }
const linesOf = (texts: ReadonlyArray<string>): ReadonlyArray<Line> => texts.map((text, i) => ({ no: i + 1, text, indent: 0 }))

describe('the paragraphs of wrapped text', () => {
  it('keeps a numbered subsection heading printed alone as a paragraph of its own (文登 p9)', () => {
    const lines = linesOf([
      '(三)人大代表建议和政协提案办理结果公开情况',
      '2022 年,区政府办公室共收到市人大代表建议 1 件、市政',
      '协委员提案 1 件。',
      '(五)其他报告事项',
      '无。'
    ])
    expect(paragraphsOf(lines, WRAPPED).map((p) => [p.line, p.text])).toEqual([
      [1, '(三)人大代表建议和政协提案办理结果公开情况'],
      [2, '2022年,区政府办公室共收到市人大代表建议1件、市政协委员提案1件。'],
      [4, '(五)其他报告事项'],
      [5, '无。']
    ])
  })

  it('joins a subsection whose heading runs into its sentence over the next line (洪泽: （一）主动公开情况。主要通过…)', () => {
    const lines = linesOf(['（一）主动公开情况。主要通过政府门户网站主动公开政府', '文件、项目审批、通知公告等各类政府信息。'])
    expect(paragraphsOf(lines, WRAPPED).map((p) => p.text)).toEqual([
      '（一）主动公开情况。主要通过政府门户网站主动公开政府文件、项目审批、通知公告等各类政府信息。'
    ])
  })
})
