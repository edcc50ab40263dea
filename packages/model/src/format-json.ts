/**
 * The canonical JSON text of a report: keys in statutory order, two-space indent,
 * each table row on one line, so that a report written twice is the same bytes.
 */
import { ACTIVE_BLOCKS, APPLICATION_ROWS, REVIEW_GROUPS, TABLE_ROLES, type RowLabel } from './labels.js'
import { Report } from './report.js'

const rowKeys = (rows: ReadonlyArray<RowLabel>): ReadonlyArray<string> => rows.flatMap((r) => [r.key, ...rowKeys(r.children ?? [])])

const KEY_ORDER: ReadonlyArray<string> = [
  ...['format', 'year', 'title', 'agency', 'scope', 'publisher', 'published', 'sections', 'tables', 'unprinted'],
  ...['role', 'heading', 'runIn', 'paragraphs', 'subsections'],
  ...TABLE_ROLES,
  ...[...ACTIVE_BLOCKS['2019'], ...ACTIVE_BLOCKS['2021']].flatMap((b) => [b.key, ...b.rows.map((r) => r.key), ...b.columns.map((c) => c.key)]),
  'amountUnit',
  ...rowKeys(APPLICATION_ROWS['2021']),
  ...REVIEW_GROUPS.map((g) => g.key)
]
const RANK = new Map([...new Set(KEY_ORDER)].map((k, i) => [k, i]))
const rank = (key: string): number => RANK.get(key) ?? RANK.size

const isRow = (value: unknown): value is ReadonlyArray<unknown> =>
  Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'number' || typeof v === 'string')

const write = (value: unknown, indent: string): string => {
  if (isRow(value) && value.every((v) => typeof v === 'number' || (typeof v === 'string' && v.length <= 1))) {
    return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`
  }
  const inner = indent + '  '
  if (Array.isArray(value)) {
    return value.length === 0 ? '[]' : `[\n${value.map((v) => inner + write(v, inner)).join(',\n')}\n${indent}]`
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => rank(a) - rank(b))
    return entries.length === 0 ? '{}' : `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${write(v, inner)}`).join(',\n')}\n${indent}}`
  }
  return JSON.stringify(value)
}

/**
 * The canonical JSON text of a report, ending in a newline.
 */
export const formatReportJson = (report: Report): string => write(Report.encode(report), '') + '\n'
