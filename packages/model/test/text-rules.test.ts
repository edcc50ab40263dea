import { describe, expect, it } from 'vitest'
import { checkJumps, checkRepetition, checkWording, estimatedShare, plainText, repeatedShare, setAt, signatureOf, type Report } from '../src/index.js'
import { decoded, readFixture } from './fixture-cases.js'

const dept2021 = decoded(readFixture('example-department-2021'))
const dept2022 = decoded(readFixture('example-department-2022'))
const hongze2023 = decoded(readFixture('hongze-district-2023'))
const hongze2024 = decoded(readFixture('hongze-district-2024'))
const renshi = decoded(readFixture('renshi-town-2020'))

/** The report with its first paragraph replaced. */
const withText = (report: Report, paragraphs: ReadonlyArray<string>): Report =>
  decoded({
    ...report,
    sections: report.sections.map((s, i) => (i === 0 ? { ...s, paragraphs, subsections: [] } : { ...s, paragraphs: [], subsections: [] }))
  })

describe('the compared text', () => {
  it('drops whitespace and punctuation, and the headings', () => {
    const r = withText(dept2022, ['本年度，  共收到申请47件。', 'ＡＢ（一）'])
    expect(plainText(r)).toBe('本年度共收到申请47件AB一')
  })
})

describe('R-1: text repeated from last year', () => {
  const last = '今年我局认真贯彻落实政府信息公开条例，围绕中心工作扎实推进政务公开，主动公开各类信息一千余条，依申请公开办理及时规范。'
  it('measures the share of this year found again, whatever the spacing and punctuation', () => {
    expect(repeatedShare('甲乙丙丁戊己庚辛壬癸', '甲乙丙丁戊己庚辛壬癸')).toBe(1)
    expect(repeatedShare('甲乙丙丁戊己庚辛子丑寅卯辰巳午未', '甲乙丙丁戊己庚辛')).toBe(0.5)
    const respaced = withText(dept2022, [last.replace(/，/g, ', ').replace(/。/g, '. ')])
    const before = withText(dept2021, [last])
    expect(repeatedShare(plainText(respaced), plainText(before))).toBe(1)
  })

  it('warns over 50%, with the percentage (55 of 69 characters repeated)', () => {
    const now = withText(dept2022, [last, '新增内容一二三四五六七八九十'])
    expect(checkRepetition(now, withText(dept2021, [last]))).toEqual([
      {
        code: 'TEXT_REPEATED',
        rule: 'R-1',
        severity: 'warning',
        path: '/sections',
        where: '正文',
        message: '正文有 79.7% 与 2021 年度报告重复（超过 50.0%）'
      }
    ])
    expect(
      checkRepetition(
        withText(dept2022, [last.slice(0, 30), '完全不同的新写内容一二三四五六七八九十百千万亿甲乙丙丁戊己庚辛']),
        withText(dept2021, [last])
      )
    ).toEqual([])
  })

  it('measures the real pair: 洪泽区 2024 repeats 54.0% of its 2023 text (the preamble, 监督保障, the plans)', () => {
    expect(checkRepetition(hongze2024, hongze2023).map((p) => p.message)).toEqual(['正文有 54.0% 与 2023 年度报告重复（超过 50.0%）'])
  })

  it('fires on the constructed pair, whose 2022 text is 2021 with its numbers changed', () => {
    expect(checkRepetition(dept2022, dept2021).map((p) => p.message)).toEqual(['正文有 94.6% 与 2021 年度报告重复（超过 50.0%）'])
  })
})

describe('R-2: the measures of a pair', () => {
  it('estimates a near-copy high and different reports low, the same every time', () => {
    const copy = withText(hongze2024, [plainText(hongze2023)])
    expect(estimatedShare(signatureOf(plainText(copy)), signatureOf(plainText(hongze2023)))).toBe(1)
    const halfCopy = plainText(hongze2023).slice(0, 600) + plainText(renshi).slice(0, 600)
    const share = estimatedShare(signatureOf(halfCopy), signatureOf(plainText(hongze2023).slice(0, 600)))
    expect(share).toBeGreaterThan(0.8)
    expect(estimatedShare(signatureOf(plainText(renshi)), signatureOf(plainText(hongze2024)))).toBeLessThan(0.2)
    expect(signatureOf(plainText(renshi)).minima).toEqual(signatureOf(plainText(renshi)).minima)
  })
})

describe('R-3: a key total jumping fivefold', () => {
  it('warns when both values are over 10 and the change is more than fivefold, either way', () => {
    const before = decoded(setAt(dept2021, ['tables', 'review', 'reconsideration', 4], 11))
    const after = decoded(setAt(dept2022, ['tables', 'review', 'reconsideration', 4], 56))
    expect(checkJumps(after, before).map((p) => [p.code, p.path, p.message])).toEqual([
      ['TOTAL_JUMP', '/tables/review/reconsideration/4', '表四 行政复议 · 总计由 2021 年度的 11 增至 56（为上年的 5.1 倍，超过 5 倍）']
    ])
    expect(checkJumps(before, after).map((p) => p.message)).toEqual(['表四 行政复议 · 总计由 2022 年度的 56 降至 11（上年为本年的 5.1 倍，超过 5 倍）'])
    expect(checkJumps(decoded(setAt(dept2022, ['tables', 'review', 'reconsideration', 4], 55)), before)).toEqual([])
    expect(
      checkJumps(
        decoded(setAt(dept2022, ['tables', 'review', 'reconsideration', 4], 60)),
        decoded(setAt(dept2021, ['tables', 'review', 'reconsideration', 4], 10))
      )
    ).toEqual([])
  })

  it('is silent on the real and constructed pairs', () => {
    expect(checkJumps(hongze2024, hongze2023)).toEqual([])
    expect(checkJumps(dept2022, dept2021)).toEqual([])
  })
})

describe('R-4: wording of another kind of agency', () => {
  it('warns a township speaking of 我局, at its sentence', () => {
    const town = decoded(setAt(renshi, ['sections', 0, 'paragraphs', 0], '2020年，我局认真贯彻落实条例。'))
    expect(checkWording(town).map((p) => [p.code, p.path])).toEqual([['WORDING_OF_OTHER_KIND', '/sections/0/paragraphs/0']])
    expect(checkWording(town)[0]?.message).toBe('使用了“我局”（政府部门的自称），本报告为乡镇、街道的报告：“2020年，我局认真贯彻落实条例。”')
  })

  it('is silent on the real reports (a town says 我镇, a district 我区)', () => {
    expect([renshi, hongze2023, hongze2024, dept2021, dept2022].flatMap(checkWording)).toEqual([])
  })
})
