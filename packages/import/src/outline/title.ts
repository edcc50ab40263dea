/**
 * The title of the report (the line naming a 年度报告, joined to the agency's line
 * above when the title is printed on two), and the agency and year it names.
 */
import { note, type ImportNote } from '../note.js'
import type { Line } from '../read/lines.js'
import { chineseYear } from '../text/numerals.js'
import { tidySpaces } from '../text/spacing.js'
import { textHeader } from './text-header.js'

// -------------------------------------------------------------------------------------
// title
// -------------------------------------------------------------------------------------

const TITLE = /年度报告|年报/
/** What ends a clause of a sentence. */
const CLAUSE = /[，,。；;：:]/
/** The verb of a sentence that names the report it publishes (`现公布`, `现将`, `特发布`). */
const LEAD_IN = /^(?:(?:现|特|兹)(?:将|予)?(?:公布|发布|印发|报送)|(?:现|特|兹)将|公布|发布)/
/** The report year in a title, in Arabic or Chinese digits (`2023 年`, `二〇二〇年`). */
const YEAR = /(\d{4}|[〇零一二三四五六七八九]{4})\s*年/
/** Lines searched for the title. */
const TITLE_LINES = 12
/** Lines above a title line joined to it when the title is wrapped (agency, year). */
const WRAPPED_LINES = 2
/** A line that cannot be the first part of a wrapped title: a sentence, or too long. */
const NOT_TITLE_PART = /[。，,；;：:!！?？>＞]/

/** An agency's name cut at its start: the organ without its place (`人民政府办公室` of `娄底市` / `人民政府办公室` / `2020年…`). */
const ORGAN_ONLY = /^(?:人民政府|政府|人民|办公室|办公厅|委员会|管理委员会|街道办事处|办事处)/

/** Does a title (so far) name no agency, or only the organ of one, whose place a line above may print? */
const lacksAgency = (text: string): boolean => {
  const { agency } = yearAndAgency(text)
  return agency === '' || ORGAN_ONLY.test(agency)
}

/** The title ending at line `i`, with the lines above it joined while it names no agency, or only its organ. */
const wrappedTitle = (lines: ReadonlyArray<Line>, i: number): string => {
  let text = tidySpaces((lines[i] as Line).text.trim())
  let k = i
  for (let step = 0; step < WRAPPED_LINES && lacksAgency(text); step++) {
    let above = k - 1
    while (above >= 0 && (lines[above] as Line).text.trim() === '') above -= 1
    const part = above < 0 ? '' : tidySpaces((lines[above] as Line).text.trim())
    if (part === '' || part.length > 40 || NOT_TITLE_PART.test(part) || TITLE.test(part)) break
    text = part + text
    k = above
  }
  return text
}

/**
 * The title among the lines before section 一, with the index of its last line: a
 * line naming a 年度报告, joined to the lines above it when the title is wrapped
 * (`洪泽区人民政府` / `2023 年政府信息公开工作年度报告`); the first that names its
 * agency, else the first.
 *
 * @example
 * titleOf([{ no: 1, text: '洪泽区人民政府', indent: 0 }, { no: 2, text: '2023 年政府信息公开工作年度报告', indent: 0 }])
 * // { text: '洪泽区人民政府2023年政府信息公开工作年度报告', end: 1 }
 */
export const titleOf = (front: ReadonlyArray<Line>): { readonly text: string; readonly end: number } | undefined => {
  const candidates = front.slice(0, 40)
  let first: { readonly text: string; readonly end: number } | undefined
  let seen = 0
  for (let i = 0; i < candidates.length && seen < TITLE_LINES; i++) {
    const text = (candidates[i] as Line).text.trim()
    if (text === '') continue
    seen += 1
    if (text.length > 80 || !TITLE.test(text)) continue
    const title = { text: wrappedTitle(candidates, i), end: i }
    if (yearAndAgency(title.text).agency !== '') return title
    first ??= title
  }
  return first
}

/**
 * The report year and the agency before it, from the title.
 *
 * @example
 * yearAndAgency('开江县任市镇人民政府2020年政府信息公开工作年度报告') // { year: 2020, agency: '开江县任市镇人民政府' }
 */
export const yearAndAgency = (title: string): { readonly year: number | undefined; readonly agency: string } => {
  const normal = title.normalize('NFKC')
  const m = YEAR.exec(normal)
  if (m === null) return { year: undefined, agency: '' }
  const year = /^\d{4}$/.test(m[1] ?? '') ? Number(m[1]) : chineseYear(m[1] ?? '')
  // In a sentence (`根据……，现公布××2020年…`), the agency is in the clause of the year, after its verb.
  const before = (normal.slice(0, m.index).split(CLAUSE).at(-1) ?? '')
    .replace(LEAD_IN, '')
    .replace(/(关于|的)$/, '')
    .trim()
  // A title that starts with the year names the agency after it (`2022年上海市人民政府参事室政府信息公开…`).
  const after =
    before === '' ? (/^(?:度)?(?:的)?([^\s]{2,40}?)(?:政府信息公开|政务公开|信息公开)/.exec(normal.slice(m.index + m[0].length))?.[1] ?? '') : ''
  return { year, agency: before !== '' ? before : after.length >= 3 && !after.startsWith('政府') ? after : '' }
}

// -------------------------------------------------------------------------------------
// step
// -------------------------------------------------------------------------------------

/**
 * The title as read: its text (`''` when none was found), the index of its last
 * line among the front lines (`-1` when none), the year and agency it names, and
 * notes on what it lacks.
 */
export interface Title {
  readonly text: string
  readonly end: number
  readonly year: number | undefined
  readonly agency: string
  readonly notes: ReadonlyArray<ImportNote>
}

/**
 * Reads the title from the lines before section 一; when it is missing or names no
 * year or agency, they are read from the first sentences of the text (`rest`, the
 * lines after the front), with a note.
 */
export const readTitle = (front: ReadonlyArray<Line>, rest: ReadonlyArray<Line> = []): Title => {
  const title = titleOf(front)
  const printed = title === undefined ? { year: undefined, agency: '' } : yearAndAgency(title.text)
  const notes: Array<ImportNote> = title === undefined ? [note('TITLE_NOT_FOUND', '未找到标题（含“年度报告”的行）')] : []
  const told = printed.year === undefined || printed.agency === '' ? textHeader([...front, ...rest]) : {}
  const year = printed.year ?? told.year?.value
  if (printed.year === undefined && told.year !== undefined)
    notes.push(note('YEAR_FROM_TEXT', `标题中没有报告年度，按正文所述取 ${told.year.value} 年度`, { line: told.year.line }))
  let agency = printed.agency
  if (agency === '' && told.agency !== undefined) {
    agency = told.agency.value
    notes.push(note('AGENCY_FROM_TEXT', `标题中没有机关名称，按正文所述取“${agency}”`, { line: told.agency.line }))
  } else if (agency === '' && title !== undefined) notes.push(note('AGENCY_NOT_FOUND', `标题“${title.text}”中未找到机关名称`))
  return { text: title?.text ?? '', end: title?.end ?? -1, year, agency, notes }
}
