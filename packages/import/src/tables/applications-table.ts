/**
 * Reads table 三 (收到和处理政府信息公开申请情况): 28 or 30 data rows of seven
 * applicant columns. A group printed as one row where the other format version has
 * one data row (the 2019 （六）其他处理 in a 2021 table) counts under its last row.
 */
import {
  APPLICANT_COLUMNS,
  APPLICANT_HEADER,
  APPLICATION_DATA_ROWS,
  type Applications2019,
  type Applications2021,
  type FormatVersion
} from '@report/model'
import type { Line } from '../read/lines.js'
import type { GroupSpec, RowSpec } from './row-grammar.js'
import { readTable, startsWithLabel, type TableRead } from './table-read.js'
import type { Token } from './tokens.js'

const COUNTS = APPLICANT_COLUMNS.map(() => 'count' as const)
const pathKey = (path: ReadonlyArray<string>): string => path.join('/')

/** The data rows as specs, and each group row over the data rows inside it (from the model's `groups`). */
const grammarOf = (version: FormatVersion): { readonly specs: ReadonlyArray<RowSpec>; readonly groups: ReadonlyArray<GroupSpec> } => {
  const rows = APPLICATION_DATA_ROWS[version]
  const specs: ReadonlyArray<RowSpec> = rows.map((r) => ({ path: r.path, label: r.label, kinds: COUNTS }))
  const other = new Set(APPLICATION_DATA_ROWS[version === '2019' ? '2021' : '2019'].map((r) => pathKey(r.path)))
  const groups = new Map<string, { label: string; first: number; last: number; path: string }>()
  rows.forEach((row, i) =>
    row.groups.forEach((label, depth) => {
      const path = pathKey(row.path.slice(0, depth + 1))
      const group = groups.get(path)
      if (group === undefined) groups.set(path, { label, first: i, last: i, path })
      else group.last = i
    })
  )
  return {
    specs,
    groups: [...groups.values()].map(({ label, first, last, path }) => ({ label, first, last, ...(other.has(path) ? { oneRow: last } : {}) }))
  }
}

const GRAMMARS = { '2019': grammarOf('2019'), '2021': grammarOf('2021') } as const

/**
 * Does table 三 start on this line (its header or its first row)?
 */
export const startsApplications: (line: Line) => boolean = startsWithLabel([
  APPLICANT_HEADER.balanceNote,
  APPLICANT_HEADER.applicants,
  APPLICATION_DATA_ROWS['2019'][0]?.label ?? ''
])

/**
 * Table 三 from the tokens of its section (`stops`: the text stops in it).
 */
export const readApplications = (version: FormatVersion, tokens: ReadonlyArray<Token>, stops = false): TableRead<Applications2019 | Applications2021> =>
  readTable(version, 'applications', GRAMMARS[version].specs, GRAMMARS[version].groups, tokens, stops) as TableRead<Applications2019 | Applications2021>
