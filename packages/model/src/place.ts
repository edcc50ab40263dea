/**
 * The place of a finding in a report: a JSON Pointer into its JSON and the same
 * place named in Chinese from the statutory labels (`describePath`). Problems, import notes, the
 * view's blocks and the renderers' errors all carry one.
 */
import { activeBlock, APPLICANT_COLUMNS, APPLICATION_ROWS, LITIGATION, OUTCOMES, REVIEW_GROUPS, TABLE_NAMES, type RowLabel } from './labels.js'
import type { FormatVersion } from './report.js'

/**
 * A path into the report's JSON, as keys and array indexes.
 */
export type Path = ReadonlyArray<string | number>

/**
 * A place in a report: `path` is a JSON Pointer (RFC 6901), e.g.
 * `/tables/applications/newReceived/0`; `where` names it in Chinese, e.g.
 * `表三 一、本年新收政府信息公开申请数量 · 自然人`.
 */
export interface Place {
  readonly path: string
  readonly where: string
}

/**
 * The JSON Pointer of a path.
 *
 * @example
 * toPointer(['tables', 'review', 'directSuit', 4]) // '/tables/review/directSuit/4'
 */
export const toPointer = (path: Path): string => {
  let pointer = ''
  for (const segment of path) {
    // An index needs no escape: only a key is tested.
    if (typeof segment === 'number') pointer += '/' + segment
    else pointer += '/' + (/[~/]/.test(segment) ? segment.replace(/~/g, '~0').replace(/\//g, '~1') : segment)
  }
  return pointer
}

/**
 * The path of a JSON Pointer; segments that are whole numbers are array indexes, as
 * in every path of a report (no key of the format is a number).
 *
 * @example
 * fromPointer('/sections/2/heading') // ['sections', 2, 'heading']
 */
export const fromPointer = (pointer: string): Path =>
  pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')))

// -------------------------------------------------------------------------------------
// names
// -------------------------------------------------------------------------------------

const FIELDS: Readonly<Record<string, string>> = {
  format: '格式版本',
  title: '标题',
  agency: '机关名称',
  scope: '报告范围',
  publisher: '发布机关类型',
  year: '报告年度',
  published: '发布日期',
  sections: '正文',
  tables: '表格'
}

const SECTION_FIELDS: Readonly<Record<string, string>> = { heading: '标题', role: '类别', runIn: '标题与正文同行' }
const INDEX_UNITS: Readonly<Record<string, string>> = { subsections: '小节', paragraphs: '段' }

/** `['sections', 2, 'subsections', 0, 'paragraphs', 1]` → `正文 第3节 第1小节 第2段`. */
const describeSections = (rest: Path): string =>
  [
    '正文',
    ...rest.flatMap((s, i) => {
      if (typeof s === 'number') return [`第${s + 1}${INDEX_UNITS[String(rest[i - 1])] ?? '节'}`]
      return s in INDEX_UNITS ? [] : [SECTION_FIELDS[s] ?? s]
    })
  ].join(' ')

const rowLabels = (rows: ReadonlyArray<RowLabel>, keys: Path): ReadonlyArray<string> => {
  const [key, ...rest] = keys
  const row = rows.find((r) => r.key === key)
  if (row === undefined) return keys.map(String)
  return [row.label, ...(row.children === undefined ? [] : rowLabels(row.children, rest))]
}

const describeApplications = (version: FormatVersion, rest: Path): string => {
  const column = rest.at(-1)
  const rowPath = typeof column === 'number' ? rest.slice(0, -1) : rest
  const labels = rowLabels(APPLICATION_ROWS[version], rowPath)
  const columnLabel = typeof column === 'number' ? APPLICANT_COLUMNS[column] : undefined
  return [labels.join(' '), columnLabel].filter((s) => s !== undefined && s !== '').join(' · ')
}

const describeActive = (version: FormatVersion, [blockKey, rowKey, columnKey]: Path): string => {
  const block = activeBlock(version, String(blockKey))
  if (block === undefined) return [blockKey, rowKey, columnKey].filter((s) => s !== undefined).join(' · ')
  const row = block.rows.find((r) => r.key === rowKey)?.label ?? rowKey
  const column = block.columns.find((c) => c.key === columnKey)?.label ?? columnKey
  return [block.label, row, column].filter((s) => s !== undefined).join(' · ')
}

const describeReview = ([groupKey, index]: Path): string => {
  const group = REVIEW_GROUPS.find((g) => g.key === groupKey)
  const groupLabel = group === undefined ? groupKey : group.key === 'reconsideration' ? group.label : `${LITIGATION} ${group.label}`
  const outcome = typeof index === 'number' ? OUTCOMES[index] : index
  return [groupLabel, outcome].filter((s) => s !== undefined).join(' · ')
}

/**
 * The Chinese name of a place in a report of the given format.
 *
 * @example
 * describePath('2021', ['tables', 'applications', 'newReceived', 0])
 * // '表三 一、本年新收政府信息公开申请数量 · 自然人'
 */
export const describePath = (version: FormatVersion, path: Path): string => {
  const [head, table, ...rest] = path
  if (head === 'sections') return describeSections(path.slice(1))
  if (head !== 'tables' || table === undefined) return [FIELDS[String(head)] ?? head, table].filter((s) => s !== undefined).join(' ')
  const name = TABLE_NAMES[table as keyof typeof TABLE_NAMES] ?? table
  if (rest.length === 0) return String(name)
  const detail =
    table === 'applications'
      ? describeApplications(version, rest)
      : table === 'active'
        ? describeActive(version, rest)
        : table === 'review'
          ? describeReview(rest)
          : rest.join(' · ')
  return `${name} ${detail}`
}

/** Places repeat from report to report: their names are kept, up to a bound. */
const NAMES = new Map<string, string>()
const NAMES_LIMIT = 10_000

/**
 * The place of a path (or a JSON Pointer) in a report of format `version`; the
 * empty path is the report itself (`报告`).
 *
 * @example
 * placeOf('2021', ['tables', 'review', 'directSuit', 4]) // { path: '/tables/review/directSuit/4', where: '表四 行政诉讼 未经复议直接起诉 · 总计' }
 */
export const placeOf = (version: FormatVersion, at: Path | string): Place => {
  const pointer = typeof at === 'string' ? at : toPointer(at)
  const key = version + pointer
  const known = NAMES.get(key)
  if (known !== undefined) return { path: pointer, where: known }
  const path = typeof at === 'string' ? fromPointer(at) : at
  const where = path.length === 0 ? '报告' : describePath(version, path)
  if (NAMES.size >= NAMES_LIMIT) NAMES.clear()
  NAMES.set(key, where)
  return { path: pointer, where }
}

/**
 * The place of a whole input file, for findings about the file rather than a
 * place inside the report (unreadable, not JSON, too large).
 */
export const FILE_PLACE: Place = { path: '', where: '文件' }
