/**
 * The outline of a report's text: the lines before section 一 (the title and any
 * preamble), and the numbered sections (`一、` … ) with their lines. A heading is a
 * short line whose numeral follows the last one (or skips one: a section may be
 * missing), or starts again at 一 with the wording of a statutory heading (tables
 * printed after the narrative, numbered anew); a statutory heading printed without
 * its number (`总体情况`) where its number comes next is one too. A row label of
 * table 三 (`四、结转下年度继续办理`) is not a heading. An outline that numbers its
 * sections `（一）` (no `一、` giving a statutory section) is read by those, its
 * statutory headings only. Each statutory role goes to the heading whose wording
 * matches it best over the whole text, not to the first that matches.
 */
import { APPLICATION_ROWS, PRE_2019_SECTION_HEADINGS, SECTION_HEADINGS, type SectionRole } from '@report/model'
import type { Line } from '../read/lines.js'
import { containment, labelKey, pairsOf } from '../text/label-key.js'
import { chineseNumber } from '../text/numerals.js'
import { tidySpaces } from '../text/spacing.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A numbered section: its heading as printed, its role and its lines. `alike` is
 * the statutory role its wording matches when a better heading took that role (the
 * heading of a table printed after the narrative, numbered anew).
 */
export interface SectionLines {
  readonly heading: string
  readonly role: SectionRole
  readonly alike?: SectionRole
  readonly line: number
  readonly body: ReadonlyArray<Line>
}

/** The text before section 一, the numbered sections, and the headings of the outline used before 2019. */
export interface Outline {
  /** The lines before section 一. */
  readonly front: ReadonlyArray<Line>
  readonly sections: ReadonlyArray<SectionLines>
  /** The headings that only the outline of the years before 2019 prints (`三、依申请公开政府信息情况`). */
  readonly pre2019: ReadonlyArray<string>
}

// -------------------------------------------------------------------------------------
// headings
// -------------------------------------------------------------------------------------

const NUMBERED = /^([一二三四五六七八九十]{1,3})\s{0,3}[、.．,，]/
/** A numeral in brackets (`（一）`): the sections' numbering of an outline that prints no `一、`. */
const BRACKETED = /^[(（]\s{0,2}([一二三四五六七八九十]{1,3})\s{0,2}[)）]/
/** The longest heading, in characters without spaces. */
const MAX_HEADING = 40
/** The least share of a statutory heading that gives a section its role. */
const ROLE_MATCH = 0.6
/** How every statutory heading and its variants but `概述` end: a cheap test before an unnumbered line's matching (so `概述` is a heading only numbered). */
const HEADING_END = /(情况|事项|措施)\s*$/
/** The least share of a statutory heading that an unnumbered line must print to be its heading. */
const UNNUMBERED_MATCH = 0.9

type Statutory = keyof typeof SECTION_HEADINGS

const stripNumber = (key: string): string => key.replace(/^[一二三四五六七八九十]{1,3}\./, '')

/**
 * The wordings real reports print for each statutory heading, besides the statutory
 * one (the model's), by role.
 */
const VARIANTS: Readonly<Record<Statutory, ReadonlyArray<string>>> = {
  overview: ['基本情况', '概述'],
  active: [],
  applications: ['政府信息公开申请办理情况'],
  review: [],
  problems: ['存在的问题及改进措施', '存在问题及整改措施', '存在问题和改进措施'],
  other: ['其他事项']
}

/** The headings of the outline before the 2019 revision that the current one does not print. */
const PRE_2019 = PRE_2019_SECTION_HEADINGS.map((h) => pairsOf(labelKey(h)))
/** The least share of a heading of the old outline that names a heading as one. */
const PRE_2019_MATCH = 0.8

const ROLES = (Object.keys(SECTION_HEADINGS) as Array<Statutory>).map((role, index) => {
  const statutory = stripNumber(labelKey(SECTION_HEADINGS[role]))
  return {
    role,
    number: index + 1,
    size: statutory.length,
    wordings: [statutory, ...VARIANTS[role].map(labelKey)].map(pairsOf)
  }
})
const TABLE_ROWS = APPLICATION_ROWS['2019'].map((r) => pairsOf(labelKey(r.label)))

/** How well a heading's key matches each statutory role (0 to 1), in the order of `ROLES`. */
const scoresOf = (key: ReadonlySet<string>): ReadonlyArray<number> =>
  ROLES.map(({ wordings }) => wordings.reduce((best, w) => Math.max(best, containment(w, key)), 0))

/**
 * The numeral of a line that could be a section heading (`三、…`, short, not a row of
 * cells), or `undefined`.
 */
const headingNumber = (line: Line, numeral: RegExp): number | undefined => {
  if (line.cells !== undefined && line.cells.filter((c) => c !== '').length > 1) return undefined
  const text = line.text.trim()
  if (text.length > MAX_HEADING * 3) return undefined
  const m = numeral.exec(text)
  return m === null || labelKey(text).length > MAX_HEADING ? undefined : chineseNumber(m[1] ?? '')
}

/**
 * The number of the statutory heading an unnumbered short line prints (`总体情况`:
 * 1), or `undefined`.
 */
const unnumberedNumber = (line: Line): number | undefined => {
  if (line.cells !== undefined) return undefined
  const text = line.text.trim()
  if (text.length > 24 || !HEADING_END.test(text) || NUMBERED.test(text)) return undefined
  const key = labelKey(text)
  const pairs = pairsOf(key)
  const scores = scoresOf(pairs)
  const index = ROLES.findIndex((r, i) => (scores[i] ?? 0) >= UNNUMBERED_MATCH && key.length <= r.size + 2)
  return index === -1 ? undefined : index + 1
}

/**
 * Is a numbered line a row label of table 三 (`四、结转下年度继续办理`) rather than a
 * heading?
 */
const isTableRow = (line: Line): boolean => {
  const key = pairsOf(labelKey(line.text.trim()))
  return TABLE_ROWS.some((row) => containment(row, key) >= 0.8)
}

// -------------------------------------------------------------------------------------
// roles
// -------------------------------------------------------------------------------------

/**
 * The role of each heading: every statutory role to the heading that matches it
 * best (the earlier of two as good), each heading one role at most; the others
 * `extra`, with the role they matched as `alike`.
 *
 * @example
 * // 二、主动公开政府信息情况 (narrative, 1), then 一、主动公开政府信息情况 (its table, 1)
 * rolesOf([[0, 1, 0, 0, 0, 0], [0, 1, 0, 0, 0, 0]]) // [{ role: 'active' }, { role: 'extra', alike: 'active' }]
 */
const rolesOf = (scores: ReadonlyArray<ReadonlyArray<number>>): ReadonlyArray<{ readonly role: SectionRole; readonly alike?: SectionRole }> => {
  const candidates: Array<{ heading: number; role: number; score: number }> = []
  scores.forEach((row, heading) => row.forEach((score, role) => score >= ROLE_MATCH && candidates.push({ heading, role, score })))
  candidates.sort((a, b) => b.score - a.score || a.heading - b.heading || a.role - b.role)
  const roles: Array<{ role: SectionRole; alike?: SectionRole }> = scores.map(() => ({ role: 'extra' }))
  const taken = new Set<number>()
  for (const { heading, role } of candidates) {
    const current = roles[heading]
    const name = ROLES[role]?.role
    if (current === undefined || name === undefined || current.role !== 'extra') continue
    if (!taken.has(role)) {
      roles[heading] = { role: name }
      taken.add(role)
    } else if (current.alike === undefined) roles[heading] = { role: 'extra', alike: name }
  }
  return roles
}

// -------------------------------------------------------------------------------------
// outline
// -------------------------------------------------------------------------------------

/**
 * The outline of the lines with sections numbered by `numeral`; with `statutoryOnly`
 * (the bracketed numbering, also that of subsections), a heading must have the
 * wording of a statutory one.
 */
const outlineBy = (lines: ReadonlyArray<Line>, wrapped: boolean, numeral: RegExp, statutoryOnly: boolean): Outline => {
  const front: Array<Line> = []
  const sections: Array<{ heading: string; line: number; key: ReadonlySet<string>; scores: ReadonlyArray<number>; body: Array<Line> }> = []
  let last = 0
  let numberedSeen = false
  for (const line of lines) {
    const numbered = headingNumber(line, numeral)
    // Unnumbered headings only in an outline that has printed no number yet: elsewhere a
    // short line of such words is a subsection's heading or a table's caption.
    const n = numbered ?? (numberedSeen ? undefined : unnumberedNumber(line))
    if (n !== undefined && (numbered === undefined || !isTableRow(line))) {
      const printed = line.text.trim()
      const heading = wrapped ? tidySpaces(printed) : printed
      const key = pairsOf(stripNumber(labelKey(heading)))
      const scores = scoresOf(key)
      const statutory = scores.some((s) => s >= ROLE_MATCH)
      const follows = numbered === undefined ? n === last + 1 : sections.length === 0 || n === last + 1 || n === last + 2
      const restarts = numbered !== undefined && n === 1 && sections.length > 0 && statutory
      if (statutoryOnly ? statutory && (follows || n > last) : follows || restarts) {
        sections.push({ heading, line: line.no, key, scores, body: [] })
        last = n
        numberedSeen ||= numbered !== undefined
        continue
      }
    }
    const current = sections.at(-1)
    if (current === undefined) front.push(line)
    else current.body.push(line)
  }
  const roles = rolesOf(sections.map((s) => s.scores))
  // The same key as the heading's scores: the old outline's headings carry no number either.
  const pre2019 = sections.filter(({ key }) => PRE_2019.some((p) => containment(p, key) >= PRE_2019_MATCH)).map((s) => s.heading)
  return {
    front,
    sections: sections.map(({ heading, line, body }, i) => ({ heading, line, body, ...(roles[i] ?? { role: 'extra' }) })),
    pre2019
  }
}

/**
 * Splits lines into the front matter and the numbered sections: numbered `一、`, or,
 * when that numbering gives no statutory section and the bracketed one gives two or
 * more (`（一）总体情况` … `（二）主动公开政府信息情况`), numbered `（一）`.
 */
export const outlineOf = (lines: ReadonlyArray<Line>, wrapped: boolean): Outline => {
  const numbered = outlineBy(lines, wrapped, NUMBERED, false)
  if (numbered.sections.some((s) => s.role !== 'extra')) return numbered
  const bracketed = outlineBy(lines, wrapped, BRACKETED, true)
  return bracketed.sections.filter((s) => s.role !== 'extra').length >= 2 ? bracketed : numbered
}
