import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkText, decodeReport, setAt, type Report } from '../src/index.js'
import { FIXTURES } from './fixture-cases.js'

const load = (name: string): Report => {
  const decoded = decodeReport(JSON.parse(readFileSync(join(FIXTURES, name, 'report.json'), 'utf8')))
  if (decoded.report === undefined) throw new Error(`${name} does not decode`)
  return decoded.report
}

// example-department-2021: 行政复议 [2, 1, 0, 0, 3] (one 结果纠正), 直接起诉 [1, 0, 0, 1, 2] (one 尚未审结),
// 结转下年度 2, 本年新收 47.
const base = load('example-department-2021')
const APPLY = ['sections', 0, 'subsections', 1, 'paragraphs', 0]
const claims = (text: string) => checkText(setAt(base, APPLY, text)).filter((p) => p.rule === 'X-4')

describe('X-4 claims of the text against the tables', () => {
  it('is silent on the fixture as written', () => {
    expect(checkText(base).filter((p) => p.rule === 'X-4')).toEqual([])
  })

  it('均获维持 against a 结果纠正 in table 四, at that cell', () => {
    expect(claims('本年度发生行政复议3件，均获维持。').map((p) => [p.code, p.path])).toEqual([['TEXT_CLAIM_UPHELD', '/tables/review/reconsideration/1']])
  })

  it('全部办结 against 结转下年度, and 未收到申请 against 本年新收', () => {
    expect(claims('本年度收到的申请已全部办结。').map((p) => [p.code, p.path, p.message.endsWith('结转下年度继续办理 2 件')])).toEqual([
      ['TEXT_CLAIM_ALL_DONE', '/tables/applications/carriedForward/6', true]
    ])
    expect(claims('本年度未收到政府信息公开申请。').map((p) => [p.code, p.path])).toEqual([
      ['TEXT_CLAIM_NONE_RECEIVED', '/tables/applications/newReceived/6']
    ])
  })

  it('未收到 about review is not a claim about applications', () => {
    expect(claims('本年度未收到行政复议申请。')).toEqual([])
  })

  it('均已办理完毕 about 人大代表建议、政协提案 is not a claim about applications (文登 2022, as printed)', () => {
    expect(claims('截至12月底,全部建议、提案均已办理完毕,办结率为100%,人大代表、政协委员对办理工作表示满意。')).toEqual([])
    expect(claims('截至12月底,全部申请均已办理完毕。').map((p) => p.code)).toEqual(['TEXT_CLAIM_ALL_DONE'])
  })

  it('来信 as a way an application came still makes the claim one about applications', () => {
    expect(claims('本年度收到网上申请10件、来信申请4件，均已办结。').map((p) => p.code)).toEqual(['TEXT_CLAIM_ALL_DONE'])
    expect(claims('本年度未收到来信申请。').map((p) => p.code)).toEqual(['TEXT_CLAIM_NONE_RECEIVED'])
    expect(claims('群众来信均已办结。')).toEqual([])
  })
})
