/**
 * What `report aggregate` tells the office, as tables: one row per unit (status, key
 * totals, errors, warnings) and one row per problem with its place. The same rows go
 * to the terminal, the workbook and the CSV.
 */
import { KEY_TOTALS, SEVERITY_NAMES, formatForYear, keyTotal, placeOf } from '@report/model'
import type { Sheet } from '@report/xlsx'
import { basename } from 'node:path'
import type { LoadedReport } from '../load-report.js'
import { KIND_NAMES } from './roster.js'
import { STATUS_NAMES, type Reception } from './unit-status.js'

/** The problems of a level; a file that could not be read at all is one error. */
const count = (loaded: LoadedReport | undefined, severity: 'error' | 'warning'): number | string => {
  if (loaded === undefined) return ''
  const n = loaded.problems.filter((p) => p.severity === severity).length
  return severity === 'error' && n === 0 && loaded.failure !== undefined ? 1 : n
}

const totals = (loaded: LoadedReport | undefined): ReadonlyArray<number | string> =>
  KEY_TOTALS.map((path) => (loaded?.report === undefined ? '' : (keyTotal(loaded.report, path) ?? '')))

/** The header of the units' table; the key totals named as the year's format names them. */
export const unitHeader = (year: number): ReadonlyArray<string> => [
  '行',
  '单位',
  '类型',
  '状态',
  '状态代码',
  '文件',
  ...KEY_TOTALS.map((path) => placeOf(formatForYear(year), path).where),
  SEVERITY_NAMES.error,
  SEVERITY_NAMES.warning
]

/**
 * One row per roster unit (its first file), then one per file that matched no unit.
 */
export const unitRows = (reception: Reception): ReadonlyArray<ReadonlyArray<string | number>> => [
  ...reception.units.map(({ unit, status, loaded }) => {
    const [one] = loaded
    return [
      unit.row,
      unit.name,
      KIND_NAMES[unit.kind],
      STATUS_NAMES[status],
      status,
      loaded.map((l) => basename(l.file)).join('、'),
      ...totals(status === 'duplicate' ? undefined : one),
      count(one, 'error'),
      count(one, 'warning')
    ]
  }),
  ...reception.unmatched.map((l) => [
    '',
    l.report?.agency ?? '',
    '',
    STATUS_NAMES.unmatched,
    'unmatched',
    basename(l.file),
    ...totals(l),
    count(l, 'error'),
    count(l, 'warning')
  ])
]

/** The header of the problems' table. */
export const PROBLEM_HEADER = ['文件', '单位', '级别', '规则', '代码', '位置', '路径', '说明'] as const

/**
 * Every problem, importer's note and failure of every file received, with its place.
 */
export const problemRows = (reception: Reception): ReadonlyArray<ReadonlyArray<string>> => {
  const rows = (unit: string, l: LoadedReport): ReadonlyArray<ReadonlyArray<string>> => [
    ...(l.failure === undefined ? [] : [[basename(l.file), unit, SEVERITY_NAMES.error, '', l.failure.code, '文件', '', l.failure.message]]),
    ...l.notes.map((n) => [basename(l.file), unit, SEVERITY_NAMES.note, '', n.code, n.where, n.path ?? '', n.message]),
    ...l.problems.map((p) => [basename(l.file), unit, SEVERITY_NAMES[p.severity], p.rule, p.code, p.where, p.path, p.message])
  ]
  return [...reception.units.flatMap((u) => u.loaded.flatMap((l) => rows(u.unit.name, l))), ...reception.unmatched.flatMap((l) => rows('', l))]
}

/**
 * The summary workbook's sheets: the units, then the problems.
 */
export const summarySheets = (reception: Reception, year: number): ReadonlyArray<Sheet> => [
  { name: '单位', columns: unitHeader(year).map((header) => ({ header })), rows: unitRows(reception) },
  { name: '问题', columns: PROBLEM_HEADER.map((header) => ({ header })), rows: problemRows(reception) }
]
