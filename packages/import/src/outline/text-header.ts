/**
 * The year and agency of a report whose page prints no title (or a title without
 * them), read from its first sentences: `现公布××2020年政府信息公开工作年度报告`,
 * `本报告由××编制……统计期限自2024年1月1日`, `2020年，××人民政府办公厅认真落实…`.
 */
import type { Line } from '../read/lines.js'
import { tidySpaces } from '../text/spacing.js'
import { publisherOf } from './publisher.js'

/** How far into the text the year and agency are looked for. */
const LINES = 60
/** How much of each line: the year and agency are in a paragraph's first sentence. */
const HEAD = 300

/** An agency's name ends with one of these. */
const AGENCY_END = /(?:人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|街道办事处|办事处|街道|镇|乡|局|委员会|委|厅|署|中心)/g

/** The agency a text starts with (`湖南省人民政府办公厅认真落实…` → `湖南省人民政府办公厅`). */
const agencyAtStart = (text: string): string | undefined => {
  const head = /^[\u4e00-\u9fff]{2,30}/.exec(text)?.[0] ?? ''
  let name: string | undefined
  for (const m of head.matchAll(AGENCY_END)) {
    const candidate = head.slice(0, (m.index ?? 0) + m[0].length)
    if (candidate.length >= 3 && publisherOf(candidate) !== undefined) name = candidate
  }
  return name
}

const isYear = (y: number): boolean => y >= 2008 && y <= 2100

/** What the text says, and the line it says it on. */
export interface TextHeader {
  readonly year?: { readonly value: number; readonly line: number }
  readonly agency?: { readonly value: string; readonly line: number }
}

const PATTERNS: ReadonlyArray<RegExp> = [
  /现(?:将|予)?公布(?<agency>[\u4e00-\u9fff]{2,30}?)(?<year>\d{4})年(?:度)?(?:政府信息公开|政务公开)/,
  /本(?:年度)?报告由(?<agency>[\u4e00-\u9fff]{2,30}?)(?:编制|根据|依据)/,
  /统计期限(?:为|自|是)?(?<year>\d{4})年\s{0,2}1\s{0,2}月\s{0,2}1\s{0,2}日/,
  /^(?<year>\d{4})年(?:度|以来)?[,，、]?\s{0,2}(?<lead>[\u4e00-\u9fff]{2,30})/,
  /(?<year>\d{4})年(?:度)?(?:的)?(?:政府信息公开|政务公开)/
]

/**
 * The year and agency the first lines of the text name, each with its line.
 *
 * @example
 * textHeader([{ no: 3, text: '2020年,湖南省人民政府办公厅认真落实条例', indent: 0 }])
 * // { year: { value: 2020, line: 3 }, agency: { value: '湖南省人民政府办公厅', line: 3 } }
 */
export const textHeader = (lines: ReadonlyArray<Line>): TextHeader => {
  let year: TextHeader['year']
  let agency: TextHeader['agency']
  for (const line of lines.slice(0, LINES)) {
    if (line.cells !== undefined) continue
    const text = tidySpaces(line.text.slice(0, HEAD).trim().normalize('NFKC'))
    for (const pattern of PATTERNS) {
      const groups = pattern.exec(text)?.groups
      if (groups === undefined) continue
      const y = Number(groups.year)
      if (year === undefined && isYear(y)) year = { value: y, line: line.no }
      const name = groups.agency ?? (groups.lead === undefined ? undefined : agencyAtStart(groups.lead))
      if (agency === undefined && name !== undefined && publisherOf(name) !== undefined) agency = { value: name, line: line.no }
    }
    if (year !== undefined && agency !== undefined) break
  }
  return { ...(year === undefined ? {} : { year }), ...(agency === undefined ? {} : { agency }) }
}
