/**
 * X-1: numbers stated in the text (共收到申请…件, 予以公开…件, 行政复议…件, …) against
 * the tables. Each statement is read in one clause: a keyword, then the first
 * `N件` after it; `没有收到…申请` states 0.
 *
 * @since 0.1.0
 */
import { valueOf, type Cell } from '../cell.js'
import { valueAt } from '../cells.js'
import type { Path, Problem } from '../problem.js'
import type { Report } from '../report.js'
import { describePath } from '../where.js'
import { found } from './found.js'
import { clausesOf, quote, sentencesOf } from './sentences.js'

interface Statement {
  /** What the clause must say. */
  readonly keyword: RegExp
  /** What the clause must not say (another statement's subject). */
  readonly unless?: RegExp
  /** The number and its unit, after the keyword. */
  readonly number: RegExp
  /** The cells the number is stated for: their sum, or (with `anyOf`) any one of them. */
  readonly cells: (report: Report) => ReadonlyArray<Path>
  readonly anyOf?: boolean
}

const APPLICATIONS_COUNT = /(\d{1,12})件/
const APPLICANT_TOTAL = 6
const OUTCOME_TOTAL = 4
const rowsUnder = (report: Report, group: string): ReadonlyArray<Path> => {
  const node = valueAt(report.tables.applications, ['results', group])
  return typeof node === 'object' && node !== null ? Object.keys(node).map((k) => ['tables', 'applications', 'results', group, k, APPLICANT_TOTAL]) : []
}

const STATEMENTS: ReadonlyArray<Statement> = [
  {
    keyword: /(收到|受理|接收|新收)[^,]{0,30}申请/,
    unless: /结转|上年|办结|答复|予以公开|部分公开|不予|无法提供/,
    number: APPLICATIONS_COUNT,
    cells: () => [['tables', 'applications', 'newReceived', APPLICANT_TOTAL]]
  },
  { keyword: /上年结转/, number: APPLICATIONS_COUNT, cells: () => [['tables', 'applications', 'carriedOver', APPLICANT_TOTAL]] },
  { keyword: /予以公开/, number: APPLICATIONS_COUNT, cells: () => [['tables', 'applications', 'results', 'disclosed', APPLICANT_TOTAL]] },
  { keyword: /部分公开/, number: APPLICATIONS_COUNT, cells: () => [['tables', 'applications', 'results', 'partlyDisclosed', APPLICANT_TOTAL]] },
  { keyword: /不予公开/, number: APPLICATIONS_COUNT, cells: (r) => rowsUnder(r, 'withheld') },
  { keyword: /无法提供/, number: APPLICATIONS_COUNT, cells: (r) => rowsUnder(r, 'unavailable') },
  { keyword: /不予处理/, number: APPLICATIONS_COUNT, cells: (r) => rowsUnder(r, 'notProcessed') },
  { keyword: /结转下年/, number: APPLICATIONS_COUNT, cells: () => [['tables', 'applications', 'carriedForward', APPLICANT_TOTAL]] },
  { keyword: /行政复议/, unless: /诉讼|起诉/, number: APPLICATIONS_COUNT, cells: () => [['tables', 'review', 'reconsideration', OUTCOME_TOTAL]] },
  {
    keyword: /行政诉讼/,
    unless: /复议(?!后)/,
    number: APPLICATIONS_COUNT,
    cells: () => [['tables', 'review', 'directSuit', OUTCOME_TOTAL], ['tables', 'review', 'suitAfterReconsideration', OUTCOME_TOTAL]]
  },
  {
    keyword: /规范性文件/,
    number: /(\d{1,12})(?:件|个|份)/,
    anyOf: true,
    cells: (r) => {
      const row = valueAt(r.tables.active, ['item1', 'normativeDocuments'])
      return typeof row === 'object' && row !== null ? Object.keys(row).map((k) => ['tables', 'active', 'item1', 'normativeDocuments', k]) : []
    }
  }
]

/** Every statement's subject, to skip the sentences that state none. */
const ANY_KEYWORD = /申请|公开|提供|处理|结转|复议|诉讼|规范性文件/

const NONE = /(没有|未|无)(收到|接收到|接到|受理)[^,]{0,12}申请/

/** What a clause needs to state a number at all: a count with its unit, or `没有收到…申请`. */
const STATES_A_NUMBER = /\d(?:件|个|份)|(?:没有|未|无)(?:收到|接收到|接到|受理)/

const statedNumber = (clause: string, statement: Statement): number | undefined => {
  const k = statement.keyword.exec(clause)
  if (k === null || statement.unless?.test(clause) === true) return undefined
  const m = statement.number.exec(clause.slice(k.index + k[0].length))
  if (m !== null) return Number(m[1])
  return statement === STATEMENTS[0] && NONE.test(clause) ? 0 : undefined
}

/**
 * X-1 on every clause stating a number the tables hold (the tables it needs must be
 * there).
 *
 * @category checks
 * @since 0.1.0
 */
export const checkTextNumbers = (report: Report): ReadonlyArray<Problem> =>
  sentencesOf(report).flatMap((sentence) =>
    !ANY_KEYWORD.test(sentence.plain) || !STATES_A_NUMBER.test(sentence.plain) ? [] : clausesOf(sentence.plain).filter((c) => STATES_A_NUMBER.test(c)).flatMap((clause) =>
      STATEMENTS.flatMap((statement) => {
        const stated = statedNumber(clause, statement)
        if (stated === undefined) return []
        const paths = statement.cells(report)
        const cells = paths.map((p) => valueAt(report, p) as Cell<number> | undefined)
        if (paths.length === 0 || cells.some((c) => c === undefined)) return []
        const values = cells.map((c) => valueOf(c as Cell<number>))
        const table = statement.anyOf === true ? values : [values.reduce((a, b) => a + b, 0)]
        if (table.includes(stated)) return []
        const place = describePath(report.format, paths[0] ?? [])
        const inTable = statement.anyOf === true ? `${place.replace(/ · [^·]*$/, '')} 各栏为 ${values.join('、')}` : `${paths.length > 1 ? `${place} 等 ${paths.length} 项之和` : place}为 ${table[0]}`
        return [found(report.format, 'X-1', 'TEXT_NUMBER_MISMATCH', sentence.path, `${quote(sentence.text)}：正文所述 ${stated}，${inTable}`)]
      })
    )
  )
