import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkFees, checkText, checkTextNumbers, checkTextTotals, decodeReport, setAt, type Report } from '../src/index.js'
import { FIXTURES } from './fixture-cases.js'

const load = (name: string): Report => {
  const decoded = decodeReport(JSON.parse(readFileSync(join(FIXTURES, name, 'report.json'), 'utf8')))
  if (decoded.report === undefined) throw new Error(`${name} does not decode`)
  return decoded.report
}

const base = load('example-department-2021')
/** The first paragraph of subsection 2 of section 一 (依申请公开). */
const APPLY = ['sections', 0, 'subsections', 1, 'paragraphs', 0]
const withText = (path: ReadonlyArray<string | number>, text: string): Report => setAt(base, path, text)

describe('X-1 numbers stated in the text', () => {
  it('is silent when the text agrees with the tables', () => {
    expect(checkTextNumbers(base)).toEqual([])
  })

  it('fires on a stated number of applications that differs from 表三, quoting the sentence', () => {
    const report = withText(APPLY, '本年度共收到政府信息公开申请46件，上年结转3件，均在法定期限内答复。')
    expect(checkTextNumbers(report)).toEqual([
      {
        code: 'TEXT_NUMBER_MISMATCH',
        rule: 'X-1',
        severity: 'warning',
        path: '/sections/0/subsections/1/paragraphs/0',
        where: '正文 第1节 第2小节 第1段',
        message: '“本年度共收到政府信息公开申请46件，上年结转3件，均在法定期限内答复。”：正文所述 46，表三 一、本年新收政府信息公开申请数量 · 总计为 47'
      }
    ])
  })

  it('reads 行政复议 against 表四 and "没有收到申请" as 0', () => {
    const review = withText(APPLY, '全年发生政府信息公开行政复议9件。')
    expect(checkTextNumbers(review).map((p) => p.message)).toEqual(['“全年发生政府信息公开行政复议9件。”：正文所述 9，表四 行政复议 · 总计为 3'])
    const none = withText(APPLY, '全年没有收到政府信息公开申请。')
    expect(checkTextNumbers(none).map((p) => p.message)).toEqual([
      '“全年没有收到政府信息公开申请。”：正文所述 0，表三 一、本年新收政府信息公开申请数量 · 总计为 47'
    ])
  })
})

describe('X-2 fees against section 六', () => {
  const OTHER = ['sections', 5, 'paragraphs', 0]

  it('is silent when section 六 speaks of fees', () => {
    expect(checkFees(base)).toEqual([])
  })

  it('fires when the text states a fee charged and section 六 says nothing of fees', () => {
    const report = setAt(withText(APPLY, '依申请公开共收取信息处理费300元。'), OTHER, '无其他需要报告的事项。')
    expect(checkFees(report)).toEqual([
      {
        code: 'FEES_NOT_REPORTED',
        rule: 'X-2',
        severity: 'warning',
        path: '/sections/0/subsections/1/paragraphs/0',
        where: '正文 第1节 第2小节 第1段',
        message: '“依申请公开共收取信息处理费300元。”：正文说明收取了费用，但“其他需要报告的事项”未说明收费情况'
      }
    ])
  })

  it('fires when 表三 （六）2 is above 0 and section 六 says nothing of fees', () => {
    const report = setAt(
      setAt(base, ['tables', 'applications', 'results', 'otherHandling', 'unpaidFee'], [1, 0, 0, 0, 0, 0, 1]),
      OTHER,
      '无其他需要报告的事项。'
    )
    expect(checkFees(report).map((p) => [p.path, p.message])).toEqual([
      [
        '/tables/applications/results/otherHandling/unpaidFee/6',
        '表三有 1 件申请因逾期未缴纳信息处理费而不再处理，说明收取了信息处理费，但“其他需要报告的事项”未说明收费情况'
      ]
    ])
  })
})

describe('X-3 stated totals against their parts', () => {
  it('fires on the sample sentence whose parts (82) fall short of its total (94)', () => {
    const report = load('renshi-town-2020')
    expect(checkTextTotals(report).map((p) => [p.rule, p.path, p.message.split('：').at(-1)])).toEqual([
      ['X-3', '/sections/0/subsections/0/paragraphs/0', '所列各项 26 + 48 + 5 + 2 + 1 = 82，与所述总数 94 不符']
    ])
  })

  it('is silent when the parts add up, and when only one part is listed', () => {
    expect(checkTextTotals(withText(APPLY, '共发布信息30条，其中政策文件10条、动态信息20条。'))).toEqual([])
    expect(checkTextTotals(withText(APPLY, '共发布信息30条。其中政策文件10条。'))).toEqual([])
  })

  it('does not read 公共 or 共享 as a total', () => {
    expect(checkTextTotals(withText(APPLY, '公共服务事项30项，其中市级10项、县级5项。'))).toEqual([])
  })

  it('runs for every report through checkText', () => {
    const report = withText(APPLY, '共发布信息30条，其中政策文件10条、动态信息10条。')
    expect(checkText(report).map((p) => p.rule)).toEqual(['X-3'])
  })
})
