/**
 * The outline of a report's text: the lines before section 一 (the title and any
 * preamble), and the numbered sections (`一、` … ) with their lines. A heading is a
 * short line whose numeral follows the last one (or skips one: a section may be
 * missing); a row label of table 三 (`四、结转下年度继续办理`) is not a heading. The
 * role of a section is the statutory heading it matches best.
 */
import { APPLICATION_ROWS, SECTION_HEADINGS, type SectionRole } from '@report/model'
import type { Line } from '../read/lines.js'
import { containment, labelKey, pairsOf } from '../text/label-key.js'
import { chineseNumber } from '../text/numerals.js'
import { tidySpaces } from '../text/spacing.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A numbered section: its heading as printed, its role and its lines.
 */
export interface SectionLines {
  readonly heading: string
  readonly role: SectionRole
  readonly line: number
  readonly body: ReadonlyArray<Line>
}

/** The text before section 一 and the numbered sections. */
export interface Outline {
  /** The lines before section 一. */
  readonly front: ReadonlyArray<Line>
  readonly sections: ReadonlyArray<SectionLines>
}

// -------------------------------------------------------------------------------------
// headings
// -------------------------------------------------------------------------------------

const NUMBERED = /^([一二三四五六七八九十]{1,3})\s{0,3}[、.．,，]/
/** The longest heading, in characters without spaces. */
const MAX_HEADING = 40
/** The least share of a statutory heading that gives a section its role. */
const ROLE_MATCH = 0.6

const stripNumber = (key: string): string => key.replace(/^[一二三四五六七八九十]{1,3}\./, '')

const ROLES = (Object.keys(SECTION_HEADINGS) as Array<keyof typeof SECTION_HEADINGS>).map((role) => ({
  role,
  pairs: pairsOf(stripNumber(labelKey(SECTION_HEADINGS[role])))
}))
const TABLE_ROWS = APPLICATION_ROWS['2019'].map((r) => pairsOf(labelKey(r.label)))

/**
 * The numeral of a line that could be a section heading (`三、…`, short, not a row of
 * cells), or `undefined`.
 */
const headingNumber = (line: Line): number | undefined => {
  if (line.cells !== undefined && line.cells.filter((c) => c !== '').length > 1) return undefined
  const text = line.text.trim()
  if (text.length > MAX_HEADING * 3) return undefined
  const m = NUMBERED.exec(text)
  return m === null || labelKey(text).length > MAX_HEADING ? undefined : chineseNumber(m[1] ?? '')
}

/**
 * Is a numbered line a row label of table 三 (`四、结转下年度继续办理`) rather than a
 * heading?
 */
const isTableRow = (line: Line): boolean => {
  const key = pairsOf(labelKey(line.text.trim()))
  return TABLE_ROWS.some((row) => containment(row, key) >= 0.8)
}

/**
 * The role of a heading: the statutory section it matches best, unless taken.
 *
 * @example
 * roleOf('五、政府信息公开工作存在的主要问题及改进措施', new Set()) // 'problems'
 * roleOf('六、下一步改进措施', new Set(['problems'])) // 'extra'
 */
const roleOf = (heading: string, taken: ReadonlySet<SectionRole>): SectionRole => {
  const key = pairsOf(stripNumber(labelKey(heading)))
  let best: SectionRole = 'extra'
  let bestScore = ROLE_MATCH
  for (const { role, pairs } of ROLES) {
    if (taken.has(role)) continue
    const score = containment(pairs, key)
    if (score >= bestScore) {
      best = role
      bestScore = score
    }
  }
  return best
}

// -------------------------------------------------------------------------------------
// outline
// -------------------------------------------------------------------------------------

/**
 * Splits lines into the front matter and the numbered sections.
 */
export const outlineOf = (lines: ReadonlyArray<Line>, wrapped: boolean): Outline => {
  const front: Array<Line> = []
  const sections: Array<{ heading: string; role: SectionRole; line: number; body: Array<Line> }> = []
  const taken = new Set<SectionRole>()
  let last = 0
  for (const line of lines) {
    const n = headingNumber(line)
    const follows = n !== undefined && (sections.length === 0 || n === last + 1 || n === last + 2)
    if (n !== undefined && follows && !isTableRow(line)) {
      const printed = line.text.trim()
      const heading = wrapped ? tidySpaces(printed) : printed
      const role = roleOf(heading, taken)
      if (role !== 'extra') taken.add(role)
      sections.push({ heading, role, line: line.no, body: [] })
      last = n
      continue
    }
    const current = sections.at(-1)
    if (current === undefined) front.push(line)
    else current.body.push(line)
  }
  return { front, sections }
}
