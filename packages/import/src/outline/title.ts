/**
 * What the report is: its title (the line naming a 年度报告, joined to the agency's
 * line above when the title is printed on two), the agency and year read from the
 * title, and the kind of publisher and the scope inferred from the agency's name.
 */
import type { Publisher } from '@report/model'
import type { Line } from './lines.js'
import { chineseYear, tidySpaces } from './normalise.js'

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
    const above = candidates.slice(0, i).reverse().find((l) => l.text.trim() !== '')
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
  const agency = normal.slice(0, m.index).replace(/(关于|的)$/, '').trim()
  return { year, agency }
}

// -------------------------------------------------------------------------------------
// publisher
// -------------------------------------------------------------------------------------

const TOWNSHIP = /(镇|乡|街道|苏木)$/
const GOVERNMENT_SUFFIX = /(人民政府|政府|办事处)$/
const DEPARTMENT = /(办公室|办公厅|委员会|局|厅|委|办|署|部|中心|院|所|站|队|会|处|社|馆)$/

/**
 * The kind of publisher by the agency's name: a township or sub-district
 * (`…镇人民政府`, `…街道办事处`), a department (`…局`, `…委员会`, `…人民政府办公室`),
 * a people's government (`…人民政府`); `undefined` when the name says none.
 *
 * @example
 * publisherOf('开江县任市镇人民政府') // 'township'
 * publisherOf('淮安市洪泽区人民政府') // 'government'
 * publisherOf('洪泽区人民政府办公室') // 'department'
 */
export const publisherOf = (agency: string): Publisher | undefined => {
  const name = agency.replace(/\s+/g, '')
  if (name === '') return undefined
  if (TOWNSHIP.test(name.replace(GOVERNMENT_SUFFIX, ''))) return 'township'
  if (/(人民政府|政府)$/.test(name)) return 'government'
  if (DEPARTMENT.test(name)) return 'department'
  return undefined
}

const REGION_TITLE = /全(省|市|区|县|州|盟|旗)|汇总/
const SYSTEM_TITLE = /系统/

/**
 * The scope by the title: `system` for a system's report (`…系统…`), `region` for a
 * region's aggregate (`全市…`, `汇总`), else `own`; `assumed` when the title does not
 * say and the publisher is a government, whose report may be either.
 */
export const scopeOf = (title: string, publisher: Publisher): { readonly scope: 'own' | 'region' | 'system'; readonly assumed: boolean } => {
  if (SYSTEM_TITLE.test(title)) return { scope: 'system', assumed: false }
  if (REGION_TITLE.test(title)) return { scope: 'region', assumed: false }
  return { scope: 'own', assumed: publisher === 'government' }
}
