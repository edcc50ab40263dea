/**
 * claims of the text against the tables. "均获维持" (all upheld) while table 四
 * has 结果纠正 or 尚未审结 cases; "均已办理完成" / "全部办结" while 结转下年度继续办理 > 0;
 * "未收到申请" while 本年新收 > 0. A claim about 人大代表建议、政协提案 or hotline calls is
 * not one about applications.
 */
import { TOTAL_COLUMN } from '../applications.js'
import { valueOf, type Cell } from '../cell.js'
import { valueAt } from '../cells.js'
import { REVIEW_GROUPS } from '../labels.js'
import type { Path } from '../place.js'
import type { Problem } from '../problem.js'
import type { Report } from '../report.js'
import { found } from './found.js'
import { quote, sentencesMatching, type Sentence } from './sentences.js'

const count = (report: Report, path: Path): number => valueOf((valueAt(report, path) as Cell<number> | undefined) ?? '')

const NEW_RECEIVED: Path = ['tables', 'applications', 'newReceived', TOTAL_COLUMN]
const CARRIED_FORWARD: Path = ['tables', 'applications', 'carriedForward', TOTAL_COLUMN]
/** The columns of table 四 that contradict "all upheld": 结果纠正 and 尚未审结. */
const NOT_UPHELD = [1, 3] as const

const ALL_UPHELD = /(均|全部|都)(获|被|予以)?维持/
const ALL_DONE = /(均已?|全部|都已?)(办理完成|办理完毕|办结|答复完毕)/
const NONE_RECEIVED = /(未|没有)(收到|受理)[^,，。]{0,20}申请/
const ABOUT_REVIEW = /复议|诉讼/
/**
 * What else a report's text says was all done or not received: 人大代表建议、政协提案, hotline calls, letters.
 * Not when 申请 follows: 来信申请, 信箱申请 are ways an application came, 投诉类申请 a kind of one.
 */
const ABOUT_OTHER = /(?:建议|提案|热线|信箱|留言|来信|咨询|投诉|诉求)(?!申请)/

/** A word of one of the claims (维持; 办理完成, 办结, 答复完毕; 申请): the sentences without any are read no further. */
const CLAIM_WORDS = /维持|办理完|办结|答复完毕|申请/

/** The first sentence with a clause that says `claim`, about review or about applications (and nothing else the text handles). */
const claimed = (sentences: ReadonlyArray<Sentence>, claim: RegExp, aboutReview: boolean): Sentence | undefined =>
  sentences.find(
    (s) =>
      claim.test(s.plain) &&
      s.clauses.some((c) => claim.test(c)) &&
      ABOUT_REVIEW.test(s.plain) === aboutReview &&
      (aboutReview || !ABOUT_OTHER.test(s.plain))
  )

/**
 * X-4 on a report: each claim of the text the tables contradict, at the cell that
 * contradicts it.
 */
export const checkTextClaims = (report: Report): ReadonlyArray<Problem> => {
  const sentences = sentencesMatching(report, CLAIM_WORDS)
  const out: Array<Problem> = []
  const upheld = claimed(sentences, ALL_UPHELD, true)
  if (upheld !== undefined && report.tables.review !== undefined) {
    for (const group of REVIEW_GROUPS) {
      const bad = NOT_UPHELD.find((i) => count(report, ['tables', 'review', group.key, i]) > 0)
      if (bad === undefined) continue
      const n = count(report, ['tables', 'review', group.key, bad])
      out.push(
        found(
          report.format,
          'TEXT_CLAIM_UPHELD',
          ['tables', 'review', group.key, bad],
          `${quote(upheld.text)}：正文说均获维持，但表四${group.label}有 ${n} 件${bad === 1 ? '结果纠正' : '尚未审结'}`
        )
      )
      break
    }
  }
  const carried = count(report, CARRIED_FORWARD)
  const done = claimed(sentences, ALL_DONE, false)
  if (done !== undefined && carried > 0) {
    out.push(found(report.format, 'TEXT_CLAIM_ALL_DONE', CARRIED_FORWARD, `${quote(done.text)}：正文说全部办结，但表三结转下年度继续办理 ${carried} 件`))
  }
  const received = count(report, NEW_RECEIVED)
  const none = claimed(sentences, NONE_RECEIVED, false)
  if (none !== undefined && received > 0) {
    out.push(found(report.format, 'TEXT_CLAIM_NONE_RECEIVED', NEW_RECEIVED, `${quote(none.text)}：正文说未收到申请，但表三本年新收 ${received} 件`))
  }
  return out
}
