/**
 * Reads table 三 (收到和处理政府信息公开申请情况): 28 or 30 data rows of seven
 * applicant columns. A group printed as one row where the other format version has
 * one data row (the 2019 （六）其他处理 in a 2021 table) counts under its last row.
 *
 * @since 0.1.0
 */
import {
  APPLICANT_HEADER,
  APPLICATION_DATA_ROWS,
  APPLICATION_ROWS,
  TABLE_NAMES,
  type Applications2019,
  type Applications2021,
  type FormatVersion,
  type RowLabel
} from '@report/model'
import type { Line } from './lines.js'
import { note } from './note.js'
import { readRows, type GroupSpec, type RowSpec } from './row-grammar.js'
import { placeIn, putAt, rowsOrBlank, startsWithLabel, type TableRead } from './table-read.js'
import type { Token } from './tokens.js'

const COUNTS = ['count', 'count', 'count', 'count', 'count', 'count', 'count'] as const
const pathKey = (path: ReadonlyArray<string>): string => path.join('/')

const grammarOf = (version: FormatVersion): { readonly specs: ReadonlyArray<RowSpec>; readonly groups: ReadonlyArray<GroupSpec> } => {
  const rows = APPLICATION_DATA_ROWS[version]
  const specs: ReadonlyArray<RowSpec> = rows.map((r) => ({ path: r.path, label: r.label, kinds: COUNTS }))
  const other = new Set(APPLICATION_DATA_ROWS[version === '2019' ? '2021' : '2019'].map((r) => pathKey(r.path)))
  const groups: Array<GroupSpec> = []
  const walk = (labels: ReadonlyArray<RowLabel>, parent: ReadonlyArray<string>) => {
    for (const label of labels) {
      if (label.children === undefined) continue
      const path = [...parent, label.key]
      const prefix = pathKey(path) + '/'
      const inside = rows.flatMap((r, i) => (pathKey(r.path).startsWith(prefix) ? [i] : []))
      const first = inside[0]
      const last = inside.at(-1)
      if (first !== undefined && last !== undefined) {
        groups.push({ label: label.label, first, last, ...(other.has(pathKey(path)) ? { oneRow: last } : {}) })
      }
      walk(label.children, path)
    }
  }
  walk(APPLICATION_ROWS[version], [])
  return { specs, groups }
}

const GRAMMARS = { '2019': grammarOf('2019'), '2021': grammarOf('2021') } as const

/**
 * Does table 三 start on this line (its header or its first row)?
 *
 * @category reading
 * @since 0.1.0
 */
export const startsApplications: (line: Line) => boolean = startsWithLabel([
  APPLICANT_HEADER.balanceNote,
  APPLICANT_HEADER.applicants,
  APPLICATION_DATA_ROWS['2019'][0]?.label ?? ''
])

/**
 * Table 三 from the tokens of its section.
 *
 * @category reading
 * @since 0.1.0
 */
export const readApplications = (
  version: FormatVersion,
  tokens: ReadonlyArray<Token>
): TableRead<Applications2019 | Applications2021> => {
  const { specs, groups } = GRAMMARS[version]
  const place = placeIn(version, 'applications', specs)
  const read = readRows(tokens, specs, groups, place)
  const { rows, status, notes } = rowsOrBlank(read, specs, place)
  if (status === 'missing') {
    return { table: undefined, status, notes: [...notes, note('TABLE_NOT_FOUND', `未找到${TABLE_NAMES.applications}的数据`, { where: TABLE_NAMES.applications })] }
  }
  const table: Record<string, unknown> = {}
  specs.forEach((spec, i) => putAt(table, spec.path, rows[i]))
  return { table: table as unknown as Applications2019 | Applications2021, status, notes }
}
