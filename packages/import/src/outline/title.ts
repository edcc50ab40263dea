/**
 * The title of the report (the line naming a 年度报告, joined to the agency's line
 * above when the title is printed on two), and the agency and year it names.
 */
import { note, type ImportNote } from '../note.js'
import type { Line } from '../read/lines.js'
import { chineseYear } from '../text/numerals.js'
import { tidySpaces } from '../text/spacing.js'

// -------------------------------------------------------------------------------------
// title
// -------------------------------------------------------------------------------------

const TITLE = /年度报告|年报/
/** The report year in a title, in Arabic or Chinese digits (`2023 年`, `二〇二〇年`). */
const YEAR = /(\d{4}|[〇零一二三四五六七八九]{4})\s*年/
/** Lines searched for the title. */
const TITLE_LINES = 12

/**
 * The title among the lines before section 一, with the index of its last line.
 *
 * @example
 * titleOf([{ no: 1, text: '洪泽区人民政府', indent: 0 }, { no: 2, text: '2023 年政府信息公开工作年度报告', indent: 0 }])
 * // { text: '洪泽区人民政府2023年政府信息公开工作年度报告', end: 1 }
 */
export const titleOf = (front: ReadonlyArray<Line>): { readonly text: string; readonly end: number } | undefined => {
  const candidates = front.slice(0, 40)
  let seen = 0
  for (let i = 0; i < candidates.length && seen < TITLE_LINES; i++) {
    const line = candidates[i] as Line
    const text = line.text.trim()
    if (text === '') continue
    seen += 1
    if (text.length > 80 || !TITLE.test(text)) continue
    const own = tidySpaces(text)
    const startsWithYear = YEAR.exec(own.normalize('NFKC'))?.index === 0
    const above = candidates
      .slice(0, i)
      .reverse()
      .find((l) => l.text.trim() !== '')
    if (startsWithYear && above !== undefined && above.text.trim().length <= 40) {
      return { text: tidySpaces(above.text.trim()) + own, end: i }
    }
    return { text: own, end: i }
  }
  return undefined
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
  const agency = normal
    .slice(0, m.index)
    .replace(/(关于|的)$/, '')
    .trim()
  return { year, agency }
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
 * Reads the title from the lines before section 一.
 */
export const readTitle = (front: ReadonlyArray<Line>): Title => {
  const title = titleOf(front)
  if (title === undefined) return { text: '', end: -1, year: undefined, agency: '', notes: [note('TITLE_NOT_FOUND', '未找到标题（含“年度报告”的行）')] }
  const { year, agency } = yearAndAgency(title.text)
  const notes = agency === '' ? [note('AGENCY_NOT_FOUND', `标题“${title.text}”中未找到机关名称`)] : []
  return { ...title, year, agency, notes }
}
