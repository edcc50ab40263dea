/**
 * The report's header fields as the text gives them: the year (from the title, else
 * the year before the publication date), the publication date (the page's, else the
 * signature's), the kind of publisher and the scope, each assumption with a note.
 */
import type { Publisher } from '@report/model'
import { note, type ImportNote } from '../note.js'
import { publisherOf, scopeOf } from './publisher.js'
import type { Title } from './title.js'

/**
 * The fields of a report besides its format, text and tables.
 */
export interface Header {
  readonly year: number
  readonly title: string
  readonly agency: string
  readonly scope: 'own' | 'region' | 'system'
  readonly publisher: Publisher
  readonly published?: string
}

/**
 * The header from the title, the page's publication date, the signature's date and
 * the page's publishing body (`发布机构`, the agency when the title names none);
 * `undefined` when no year is found (the notes then say so).
 */
export const readHeader = (
  title: Title,
  published: string | undefined,
  signed: string | undefined,
  publishingBody?: string
): { readonly header: Header | undefined; readonly notes: ReadonlyArray<ImportNote> } => {
  const notes: Array<ImportNote> = []
  const agency = title.agency !== '' || publishingBody === undefined ? title.agency : publishingBody
  if (agency !== title.agency) notes.push(note('AGENCY_FROM_PAGE', `标题和正文中没有机关名称，按页面的发布机构取“${agency}”`))
  const date = published ?? signed
  if (published === undefined && signed !== undefined) notes.push(note('PUBLISHED_FROM_SIGNATURE', `未找到“发布日期”，以落款日期 ${signed} 为发布日期`))
  if (date === undefined) notes.push(note('PUBLISHED_NOT_FOUND', '未找到发布日期（“发布日期：”行或落款日期），不检查发布期限'))
  const year = title.year ?? (date === undefined ? undefined : Number(date.slice(0, 4)) - 1)
  if (year === undefined)
    return { header: undefined, notes: [...notes, note('YEAR_NOT_FOUND', '标题中未找到报告年度，也没有发布日期可推断，无法生成报告')] }
  if (title.year === undefined) notes.push(note('YEAR_ASSUMED', `标题中未找到报告年度，按发布日期假定为 ${year} 年度`))

  const kind = publisherOf(agency)
  const publisher = kind ?? 'department'
  if (kind === undefined) notes.push(note('PUBLISHER_ASSUMED', `无法从机关名称“${agency}”判断机关类型，假定为政府部门（department）`))
  const { scope, assumed } = scopeOf(title.text, publisher)
  if (assumed) notes.push(note('SCOPE_ASSUMED', '人民政府的报告可能是本级政府的，也可能汇总了本地区各机关；标题未说明，假定为本机关（own）'))
  return { header: { year, title: title.text, agency, scope, publisher, ...(date === undefined ? {} : { published: date }) }, notes }
}
