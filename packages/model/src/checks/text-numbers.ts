/**
 * X-1: numbers stated in the text (共收到申请…件, 予以公开…件, 行政复议…件, …) against
 * the tables. Each statement is read in one clause: a keyword, then the first
 * `N件` after it; `没有收到…申请` states 0. Like is compared with like: 予以公开及部分公开
 * with （一）+（二）, 受理 with 本年新收 or with 本年新收 + 上年结转, 办结/答复 with （七）总计.
 * A number is never compared with a cell printed blank or not printed (the report's
 * `unprinted`): S-1 reports the blank, and a blank is not the 0 the text would be
 * compared with.
 */
import { isBlank, type Cell } from '../cell.js'
import { TOTAL_COLUMN } from '../applications.js'
import { valueAt } from '../cells.js'
import { activeBlock, APPLICATION_DATA_ROWS } from '../labels.js'
import { OUTCOME_TOTAL } from '../review.js'
import type { Path } from '../place.js'
import type { Problem } from '../problem.js'
import type { Report } from '../report.js'
import { placeOf } from '../place.js'
import { unprintedIn } from '../unprinted.js'
import { found } from './found.js'
import { quote, sentencesMatching, type Sentence } from './sentences.js'

interface Statement {
  /** What the clause must say. */
  readonly keyword: RegExp
  /** What the clause must not say (another statement's subject). */
  readonly unless?: RegExp
  /** What the sentence must say, when the clause need not (办结 N件 of a sentence about applications). */
  readonly about?: RegExp
  /** The number and its unit, after the keyword. */
  readonly number: RegExp
  /** A clause stating 0 (没有收到…申请). */
  readonly none?: RegExp
  /** The cells the number is stated for: their sum, or (with `anyOf`) any one of them. */
  readonly cells: (report: Report) => ReadonlyArray<Path>
  readonly anyOf?: boolean
  /** A cell whose addition to the sum the number may also state (受理 N: 本年新收, or with 上年结转). */
  readonly orWith?: Path
}

const APPLICATIONS_COUNT = /(\d{1,12})件/
/** The 总计 cells of the data rows under a group row of table 三, from the labels. */
const rowsUnder = (report: Report, group: string): ReadonlyArray<Path> =>
  APPLICATION_DATA_ROWS[report.format]
    .filter((row) => row.path[0] === 'results' && row.path[1] === group)
    .map((row) => ['tables', 'applications', ...row.path, TOTAL_COLUMN])

/** The cells of the 行政规范性文件 row of table 二, from the labels. */
const normativeDocuments = (report: Report): ReadonlyArray<Path> =>
  (activeBlock(report.format, 'item1')?.columns ?? []).map((c) => ['tables', 'active', 'item1', 'normativeDocuments', c.key])

const NEW_RECEIVED: Path = ['tables', 'applications', 'newReceived', TOTAL_COLUMN]
const CARRIED_OVER: Path = ['tables', 'applications', 'carriedOver', TOTAL_COLUMN]
const DISCLOSED: Path = ['tables', 'applications', 'results', 'disclosed', TOTAL_COLUMN]
const PARTLY_DISCLOSED: Path = ['tables', 'applications', 'results', 'partlyDisclosed', TOTAL_COLUMN]
const RESULTS_TOTAL: Path = ['tables', 'applications', 'results', 'total', TOTAL_COLUMN]

/** What joins 予以公开 and 部分公开 when （一）and （二） are stated as one number. */
const AND = '(?:及|和|与|、|或)'
/** What a number of applications received is not: another statement's subject. */
const NOT_RECEIVED = /结转|上年|办结|答复|予以公开|部分公开|不予|无法提供/

const STATEMENTS: ReadonlyArray<Statement> = [
  {
    keyword: /(收到|接收|新收)[^,]{0,30}申请/,
    unless: new RegExp(`受理|${NOT_RECEIVED.source}`),
    number: APPLICATIONS_COUNT,
    none: /(没有|未|无)(收到|接收到|接到)[^,]{0,12}申请/,
    cells: () => [NEW_RECEIVED]
  },
  {
    keyword: /受理[^,]{0,30}申请/,
    unless: NOT_RECEIVED,
    number: APPLICATIONS_COUNT,
    none: /(没有|未|无)受理[^,]{0,12}申请/,
    cells: () => [NEW_RECEIVED],
    orWith: CARRIED_OVER
  },
  { keyword: /上年结转/, number: APPLICATIONS_COUNT, cells: () => [CARRIED_OVER] },
  { keyword: new RegExp(`予以公开${AND}部分公开`), number: APPLICATIONS_COUNT, cells: () => [DISCLOSED, PARTLY_DISCLOSED] },
  { keyword: new RegExp(`予以公开(?!${AND}部分公开)`), number: APPLICATIONS_COUNT, cells: () => [DISCLOSED] },
  { keyword: new RegExp(`(?<!予以公开${AND})部分公开`), number: APPLICATIONS_COUNT, cells: () => [PARTLY_DISCLOSED] },
  { keyword: /不予公开/, number: APPLICATIONS_COUNT, cells: (r) => rowsUnder(r, 'withheld') },
  { keyword: /无法提供/, number: APPLICATIONS_COUNT, cells: (r) => rowsUnder(r, 'unavailable') },
  { keyword: /不予处理/, number: APPLICATIONS_COUNT, cells: (r) => rowsUnder(r, 'notProcessed') },
  {
    keyword: /(?<!延期|逾期|超期|按期|按时)(办结|答复|办理完成|办理完毕)/,
    unless: /其中|复议|诉讼|建议|提案|咨询|热线|信箱|留言|来信|投诉|予以公开|部分公开|不予|无法提供/,
    about: /申请/,
    number: APPLICATIONS_COUNT,
    cells: () => [RESULTS_TOTAL]
  },
  { keyword: /结转下年/, number: APPLICATIONS_COUNT, cells: () => [['tables', 'applications', 'carriedForward', TOTAL_COLUMN]] },
  { keyword: /行政复议/, unless: /诉讼|起诉/, number: APPLICATIONS_COUNT, cells: () => [['tables', 'review', 'reconsideration', OUTCOME_TOTAL]] },
  {
    keyword: /行政诉讼/,
    unless: /复议(?!后)/,
    number: APPLICATIONS_COUNT,
    cells: () => [
      ['tables', 'review', 'directSuit', OUTCOME_TOTAL],
      ['tables', 'review', 'suitAfterReconsideration', OUTCOME_TOTAL]
    ]
  },
  {
    keyword: /规范性文件/,
    number: /(\d{1,12})(?:件|个|份)/,
    anyOf: true,
    cells: normativeDocuments
  }
]

/** Every statement's subject, to skip the sentences that state none. */
const ANY_KEYWORD = /申请|公开|提供|处理|结转|复议|诉讼|规范性文件|办结|答复/

/** What a sentence without digits needs to state a number: `没有收到…申请`. */
const STATES_NONE = /(?:没有|未|无)(?:收到|接收到|接到|受理)/
/** What a clause needs to state a number at all: a count with its unit, or `没有收到…申请`. */
const STATES_A_NUMBER = new RegExp(`\\d(?:件|个|份)|${STATES_NONE.source}`)

const statedNumber = (sentence: Sentence, clause: string, statement: Statement): number | undefined => {
  const k = statement.keyword.exec(clause)
  if (k === null || statement.unless?.test(clause) === true || statement.about?.test(sentence.plain) === false) return undefined
  const m = statement.number.exec(clause.slice(k.index + k[0].length))
  if (m !== null) return Number(m[1])
  return statement.none?.test(clause) === true ? 0 : undefined
}

/** The count at a path of the tables: `undefined` when the table is missing, or the cell is printed blank or not printed. */
type CountAt = (path: Path) => number | undefined

const countsOf = (report: Report): CountAt => {
  const unprinted = unprintedIn(report)
  return (path) => {
    const cell = valueAt(report, path) as Cell<number> | undefined
    return cell === undefined || isBlank(cell) || unprinted(path) ? undefined : cell
  }
}

/** The problem of a statement whose number the tables do not hold, if any. */
const mismatch = (report: Report, countAt: CountAt, sentence: Sentence, statement: Statement, stated: number): Problem | undefined => {
  const paths = statement.cells(report)
  const values = paths.map(countAt)
  if (paths.length === 0 || values.some((v) => v === undefined)) return undefined
  const counts = values as ReadonlyArray<number>
  const sum = counts.reduce((a, b) => a + b, 0)
  const extra = statement.orWith === undefined ? undefined : countAt(statement.orWith)
  if (statement.anyOf === true ? counts.includes(stated) : sum === stated || (extra !== undefined && sum + extra === stated)) return undefined
  const [first = []] = paths
  const inTable =
    statement.anyOf === true
      ? `${placeOf(report.format, first.slice(0, -1)).where} 各栏为 ${counts.join('、')}`
      : `${placeOf(report.format, first).where}${paths.length > 1 ? ` 等 ${paths.length} 项之和` : ''}为 ${sum}`
  const withExtra =
    extra === undefined || statement.orWith === undefined ? '' : `，与 ${placeOf(report.format, statement.orWith).where} 之和为 ${sum + extra}`
  return found(report.format, 'TEXT_NUMBER_MISMATCH', sentence.path, `${quote(sentence.text)}：正文所述 ${stated}，${inTable}${withExtra}`)
}

/**
 * X-1 on every clause stating a number the tables hold (the tables it needs must be
 * there, its cells printed and not blank).
 */
export const checkTextNumbers = (report: Report): ReadonlyArray<Problem> => {
  const problems: Array<Problem> = []
  const countAt = countsOf(report)
  // Without a digit a sentence matches STATES_A_NUMBER only as STATES_NONE: what it needs to state a number.
  for (const sentence of sentencesMatching(report, STATES_A_NUMBER)) {
    if (!ANY_KEYWORD.test(sentence.plain)) continue
    for (const clause of sentence.clauses) {
      if (!STATES_A_NUMBER.test(clause)) continue
      for (const statement of STATEMENTS) {
        const stated = statedNumber(sentence, clause, statement)
        const problem = stated === undefined ? undefined : mismatch(report, countAt, sentence, statement, stated)
        if (problem !== undefined) problems.push(problem)
      }
    }
  }
  return problems
}
