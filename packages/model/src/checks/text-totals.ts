/**
 * a total stated in the text against the parts it lists:
 * `共发布…N篇。其中…a条，…b条` or `办结N件，其中予以公开a件，部分公开b件` must have
 * a + b + … = N. Like is compared with like: the parts are the counts in the
 * total's unit, 篇 and 条 alike (a 其中 list in other units is no breakdown of it);
 * a list opened inside brackets ends at their close; and a second breakdown of the
 * same total (by channel, then by outcome) is not added to the first.
 */
import { APPLICATION_ROWS } from '../labels.js'
import type { Problem } from '../problem.js'
import type { Report } from '../report.js'
import { found } from './found.js'
import { quote, sentencesOf, type Sentence } from './sentences.js'

const UNIT = '(?:人次|篇|条|件|个|项|次|期|份|家|场|起|批|宗)'
const COUNTED = new RegExp(`(\\d{1,12})(${UNIT})`, 'g')
/** `共` as "in all": not 公共, 中共, 共享, 共同, …; and 办结 N, the applications handled. */
const TOTAL = /(?<![公中])(?:共(?![享同建识产青担商治有])|总计|合计|累计)|办结/
const LIST = '其中'
const PART_END = /[,，、;；]/
/** `办结N件，予以公开a件，部分公开b件…`: the parts of the applications handled, listed without 其中. */
const HANDLED = /办结[^,，;；]{0,12}?(\d{1,12})件/
/** A result row's name as a text says it: its label without its number and its note (`（二）部分公开（区分处理的，…）` → 部分公开). */
const resultName = (label: string): string => label.replace(/^（[一二三四五六七八九十]+）/, '').replace(/（.*$/, '')
/** The result rows of table 三 that （七）总计 sums, named the same in both formats: 予以公开 … 其他处理. */
const RESULT_NAMES = (APPLICATION_ROWS['2021'].find((row) => row.key === 'results')?.children ?? [])
  .filter((row) => row.key !== 'total')
  .map((row) => resultName(row.label))
/** A part of the applications handled: a result row of table 三. */
const RESULT_PART = new RegExp(`^(?:${RESULT_NAMES.join('|')})`)
const BRACKETED = /[(（][^()（）]{0,80}[)）]/g

/** What a part of a breakdown is counted by: how applications came, or how they ended. */
const DIMENSIONS: ReadonlyArray<RegExp> = [
  /信件|信函|来信|来函|函件|网络|网上|网站|服务网|平台|客户端|微信|在线|当面|现场|窗口|大厅|电话|传真|邮寄|邮件|快递|寄送/,
  /公开|提供|处理|办结|答复|结转|审结|维持|纠正|告知|撤回|驳回|补正|转办|转交/
]

const dimensionOf = (part: string): number => DIMENSIONS.findIndex((d) => d.test(part))

/** Units that count the same things: pieces of information published, in 篇 or 条. */
const SAME_UNIT: Readonly<Record<string, string>> = { 篇: '条' }
const unitClass = (unit: string): string => SAME_UNIT[unit] ?? unit

interface Total {
  readonly total: number
  readonly unit: string
}

/** The total a list opening after `before` breaks down: the last count before it, in a clause saying 共/总计/合计/累计/办结. */
const totalBefore = (before: string): Total | undefined => {
  let m: RegExpExecArray | undefined
  for (const c of before.matchAll(COUNTED)) m = c
  if (m === undefined) return undefined
  const clauseStart = Math.max(...[',', '，', ';', '；', ':', '：'].map((c) => before.lastIndexOf(c, m.index)))
  return TOTAL.test(before.slice(clauseStart + 1, m.index)) ? { total: Number(m[1]), unit: m[2] ?? '' } : undefined
}

/** Where the list opening at `start` of `text` ends: the close of a bracket opened before it, or the end. */
const listEnd = (text: string, start: number): number => {
  let depth = 0
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i]
    if (c === ')' || c === '）') depth++
    else if (c === '(' || c === '（') {
      if (depth === 0) {
        const close = /[)）]/.exec(text.slice(start))
        return close === null ? text.length : start + close.index
      }
      depth--
    }
  }
  return text.length
}

/** The parts in the total's unit, in order, up to the first part counted by another dimension than the first. */
const partsOf = (list: string, unit: string): ReadonlyArray<number> => {
  const parts: Array<number> = []
  let dimension = -1
  for (const piece of list.replace(BRACKETED, '').split(PART_END)) {
    for (const m of piece.matchAll(COUNTED)) {
      if (unitClass(m[2] ?? '') !== unitClass(unit)) continue
      const d = dimensionOf(piece)
      if (dimension === -1) dimension = d
      else if (d !== -1 && d !== dimension) return parts
      parts.push(Number(m[1]))
    }
  }
  return parts
}

interface Listed {
  readonly stated: Total
  readonly list: string
  readonly quoted: string
}

/** The stated total and its 其中 list: in the sentence, or opening the next sentence of the paragraph. */
const listedIn = (sentence: Sentence, next: Sentence | undefined): Listed | undefined => {
  const at = sentence.plain.indexOf(LIST)
  if (at > 0) {
    const stated = totalBefore(sentence.plain.slice(0, at))
    return stated === undefined ? undefined : { stated, list: sentence.plain.slice(at, listEnd(sentence.plain, at)), quoted: sentence.text }
  }
  if (at === -1) {
    const handled = HANDLED.exec(sentence.plain)
    if (handled !== null) {
      const rest = sentence.plain
        .slice(handled.index + handled[0].length)
        .split(PART_END)
        .slice(1)
      const end = rest.findIndex((piece) => !RESULT_PART.test(piece))
      const list = (end === -1 ? rest : rest.slice(0, end)).join('，')
      if (list !== '') return { stated: { total: Number(handled[1]), unit: '件' }, list, quoted: sentence.text }
    }
  }
  if (at === -1 && next !== undefined && next.plain.startsWith(LIST) && next.path === sentence.path) {
    const stated = totalBefore(sentence.plain)
    return stated === undefined ? undefined : { stated, list: next.plain, quoted: sentence.text + next.text }
  }
  return undefined
}

/**
 * X-3 on every sentence stating a total whose parts follow (`其中…`, in the same
 * sentence or the next).
 */
export const checkTextTotals = (report: Report): ReadonlyArray<Problem> => {
  const sentences = sentencesOf(report)
  const problems: Array<Problem> = []
  sentences.forEach((sentence, i) => {
    if (!sentence.digits) return
    const listed = listedIn(sentence, sentences[i + 1])
    if (listed === undefined) return
    const parts = partsOf(listed.list, listed.stated.unit)
    if (parts.length < 2) return
    const sum = parts.reduce((a, b) => a + b, 0)
    if (sum === listed.stated.total) return
    problems.push(
      found(
        report.format,
        'TEXT_TOTAL_MISMATCH',
        sentence.path,
        `${quote(listed.quoted)}：所列各项 ${parts.join(' + ')} = ${sum}，与所述总数 ${listed.stated.total} 不符`
      )
    )
  })
  return problems
}
