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

describe('X-1 compares like with like', () => {
  // example-department-2021: 本年新收 47, 上年结转 3, （一）予以公开 20, （二）部分公开 4, （七）总计 48.
  const messages = (text: string) => checkTextNumbers(withText(APPLY, text)).map((p) => p.message.split('：').at(-1))

  it('reads 受理 as 本年新收, or 本年新收 + 上年结转, and flags only when neither holds', () => {
    expect(messages('本年度共受理政府信息公开申请47件，均在法定期限内答复。')).toEqual([])
    expect(messages('本年度共受理政府信息公开申请50件，均在法定期限内答复。')).toEqual([])
    expect(messages('本年度共受理政府信息公开申请49件，均在法定期限内答复。')).toEqual([
      '正文所述 49，表三 一、本年新收政府信息公开申请数量 · 总计为 47，与 表三 二、上年结转政府信息公开申请数量 · 总计 之和为 50'
    ])
    // 收到 is what was received this year: 50 is not 47.
    expect(messages('本年度共收到政府信息公开申请50件。')).toEqual(['正文所述 50，表三 一、本年新收政府信息公开申请数量 · 总计为 47'])
  })

  it('flags the 洪泽 2024 report: its 受理17件 is neither 本年新收 95 nor 95 + 上年结转 0', () => {
    const report = load('hongze-district-2024')
    expect(checkTextNumbers(report).map((p) => [p.path, p.message])).toEqual([
      [
        '/sections/1/subsections/1/paragraphs/0',
        '“2024年，区政府办代表区政府受理政府信息公开申请17件，均已在法定期限内予以答复。”：正文所述 17，表三 一、本年新收政府信息公开申请数量 · 总计为 95，与 表三 二、上年结转政府信息公开申请数量 · 总计 之和为 95'
      ]
    ])
  })

  it('reads 予以公开及部分公开 N against （一）+（二）, not against either alone', () => {
    expect(messages('全年予以公开及部分公开政府信息24件。')).toEqual([])
    expect(messages('全年予以公开和部分公开政府信息20件。')).toEqual(['正文所述 20，表三 三、本年度办理结果 （一）予以公开 · 总计 等 2 项之和为 24'])
    expect(messages('全年予以公开20件，部分公开4件。')).toEqual([])
  })

  it('reads 办结/答复 N against （七）总计 and its （含上年结转 M） against 上年结转', () => {
    expect(messages('本年度共办结政府信息公开申请48件（含上年结转3件），结转下年度继续办理2件。')).toEqual([])
    expect(messages('本年度共办结政府信息公开申请50件（含上年结转2件）。')).toEqual([
      '正文所述 2，表三 二、上年结转政府信息公开申请数量 · 总计为 3',
      '正文所述 50，表三 三、本年度办理结果 （七）总计 · 总计为 48'
    ])
    // 文登 2022, as printed.
    expect(messages('规范依申请公开办理环节,全年办理答复政府信息公开申请7件,均按时答复。')).toEqual([
      '正文所述 7，表三 三、本年度办理结果 （七）总计 · 总计为 48'
    ])
    // A part of what was handled is not the total.
    expect(messages('本年度政府信息公开申请均按时办结，其中延期答复3件。')).toEqual([])
  })
})

describe('X-1 never compares a number with a cell printed blank or not printed', () => {
  const messages = (report: Report) => checkTextNumbers(report).map((p) => p.message.split('：').at(-1))
  const RECEIVED = ['tables', 'applications', 'newReceived', 6]
  const CARRIED = ['tables', 'applications', 'carriedOver', 6]

  it('skips the 受理17件 of the skeleton variant, whose table 三 is printed without numbers (S-1 reports the table)', () => {
    const imported = JSON.parse(readFileSync(join(FIXTURES, 'imports', 'variant-skeleton-table', 'expected.json'), 'utf8')) as { report: unknown }
    const report = decodeReport(imported.report).report as Report
    expect(report.sections[1]?.subsections?.[1]?.paragraphs[0]).toContain('受理政府信息公开申请17件')
    expect([report.tables.applications?.newReceived[6], report.tables.applications?.carriedOver[6]]).toEqual(['', ''])
    expect(checkTextNumbers(report)).toEqual([])
  })

  it('skips a statement whose cells are blank, and compares 受理 only with 本年新收 when 上年结转 is blank', () => {
    const text = withText(APPLY, '本年度共受理政府信息公开申请50件，均在法定期限内答复。')
    expect(messages(text)).toEqual([])
    expect(messages(setAt(text, RECEIVED, '/'))).toEqual([])
    expect(messages(setAt(text, CARRIED, ''))).toEqual(['正文所述 50，表三 一、本年新收政府信息公开申请数量 · 总计为 47'])
    expect(
      messages(setAt(withText(APPLY, '全年予以公开及部分公开政府信息30件。'), ['tables', 'applications', 'results', 'partlyDisclosed', 6], '—'))
    ).toEqual([])
  })

  it('skips a statement about a row the report does not print, and still compares the rows it prints', () => {
    const text = withText(APPLY, '本年度共收到政府信息公开申请46件，上年结转2件。')
    expect(messages(text)).toEqual([
      '正文所述 46，表三 一、本年新收政府信息公开申请数量 · 总计为 47',
      '正文所述 2，表三 二、上年结转政府信息公开申请数量 · 总计为 3'
    ])
    expect(messages({ ...text, unprinted: ['/tables/applications/newReceived'] })).toEqual([
      '正文所述 2，表三 二、上年结转政府信息公开申请数量 · 总计为 3'
    ])
    expect(messages({ ...text, unprinted: ['/tables/applications'] })).toEqual([])
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

  it('龙游 2023: a breakdown by channel in brackets, then one by outcome, are each a breakdown of 14, not one of 28', () => {
    const longyou = '2023年,全年共收到依申请公开14件(其中信件申请10件,网络申请4件),已办结12件,2件结转下年办理。'
    expect(checkTextTotals(withText(APPLY, longyou))).toEqual([])
    expect(checkTextTotals(withText(APPLY, longyou.replace('网络申请4件', '网络申请3件'))).map((p) => p.message.split('：').at(-1))).toEqual([
      '所列各项 10 + 3 = 13，与所述总数 14 不符'
    ])
    // Without the brackets, the breakdown by channel ends where the one by outcome begins.
    const unbracketed = '2023年,全年共收到依申请公开14件,其中信件申请10件,网络申请4件,已办结12件,2件结转下年办理。'
    expect(checkTextTotals(withText(APPLY, unbracketed))).toEqual([])
  })

  it('knows a channel said in other words (网站, 来函, 政务服务平台, 窗口, 快递) from an outcome', () => {
    const channels = [
      '全年共收到依申请公开14件,其中网站申请10件,来函申请4件,已办结12件,2件结转下年办理。',
      '全年共收到依申请公开14件,其中通过政务服务平台提交9件,窗口提交3件,快递寄送2件,予以公开12件,不予公开2件。'
    ]
    for (const text of channels) expect(checkTextTotals(withText(APPLY, text))).toEqual([])
    // An outcome said in other words (撤回, 补正) is no channel either.
    expect(checkTextTotals(withText(APPLY, '全年共收到依申请公开14件,其中网上申请10件,来信申请4件,申请人撤回2件,逾期未补正1件。'))).toEqual([])
    expect(
      checkTextTotals(withText(APPLY, '全年共收到依申请公开14件,其中网站申请10件,来函申请3件,已办结12件。')).map((p) => p.message.split('：').at(-1))
    ).toEqual(['所列各项 10 + 3 = 13，与所述总数 14 不符'])
  })

  it('does not read a 其中 list in other units as a breakdown, but reads 篇 and 条 alike', () => {
    expect(checkTextTotals(withText(APPLY, '本年度共收到政府信息公开申请47件，其中涉及市场主体12家、群众35人次。'))).toEqual([])
    expect(checkTextTotals(withText(APPLY, '全年共发布信息59篇(其中,领导信息1条,规划计划1条,法规公文2条,工作进展等48条,其它信息7条)。'))).toEqual([])
    expect(checkTextTotals(withText(APPLY, '全年共发布信息60篇(其中,领导信息1条,规划计划1条,法规公文2条,工作进展等48条,其它信息7条)。')).length).toBe(1)
  })

  it('sums the results listed after 办结 N against N, with 其中 or without', () => {
    const listed = '本年度共办结政府信息公开申请48件，其中予以公开20件，部分公开4件，不予公开8件，无法提供12件，不予处理3件，其他处理1件。'
    expect(checkTextTotals(withText(APPLY, listed))).toEqual([])
    expect(
      checkTextTotals(withText(APPLY, '本年度办结政府信息公开申请48件，予以公开20件，部分公开4件，无法提供12件。')).map((p) =>
        p.message.split('：').at(-1)
      )
    ).toEqual(['所列各项 20 + 4 + 12 = 36，与所述总数 48 不符'])
    // What is carried to next year is not a result of what was handled.
    expect(checkTextTotals(withText(APPLY, '本年度办结政府信息公开申请48件，予以公开20件，部分公开28件，结转下年度继续办理2件。'))).toEqual([])
  })

  it('runs for every report through checkText', () => {
    const report = withText(APPLY, '共发布信息30条，其中政策文件10条、动态信息10条。')
    expect(checkText(report).map((p) => p.rule)).toEqual(['X-3'])
  })
})
