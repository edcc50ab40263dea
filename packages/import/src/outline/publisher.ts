/**
 * Who published the report, from the agency's name: the kind of publisher, and the
 * scope the title gives (the agency's own work, a region's or a system's).
 */
import type { Publisher } from '@report/model'

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
