/**
 * The unit of table 二's money (采购总金额 in 2019, 本年收费金额 in 2021) as a report
 * prints it, kept in the block's `amountUnit`: the 2019 format names no unit, the 2021
 * format prints 万元 in its header, and a report may print 元 instead.
 */
import type { ColumnLabel } from './labels.js'
import type { FormatVersion, Report } from './report.js'

/** The unit a format's own header prints for its money column, if any. */
export const FORMAT_AMOUNT_UNIT: Readonly<Record<FormatVersion, string | undefined>> = { '2019': undefined, '2021': '万元' }

/** The block of table 二 that holds the money column in each format. */
export const AMOUNT_BLOCK: Readonly<Record<FormatVersion, 'item9' | 'item8'>> = { '2019': 'item9', '2021': 'item8' }

/**
 * The unit of a report's money: its `amountUnit`, else the format's own (none for 2019).
 *
 * @example
 * amountUnitOf(report2021WithoutUnit) // '万元'
 */
export const amountUnitOf = (report: Report): string | undefined => {
  const printed = report.format === '2019' ? report.tables.active?.item9.amountUnit : report.tables.active?.item8.amountUnit
  return printed ?? FORMAT_AMOUNT_UNIT[report.format]
}

/**
 * A money column's header with the report's unit: the 2021 header's own 万元 replaced
 * by it, the unit added after the 2019 header (which names none). Other columns as they are.
 *
 * @example
 * moneyHeader('2021', { key: 'amount', label: '本年收费金额（单位：万元）', kind: 'money' }, '元') // '本年收费金额（单位：元）'
 * moneyHeader('2019', { key: 'amount', label: '采购总金额', kind: 'money' }, '万元') // '采购总金额（万元）'
 */
export const moneyHeader = (version: FormatVersion, column: ColumnLabel, unit: string | undefined): string => {
  if (column.kind !== 'money' || unit === undefined) return column.label
  const own = FORMAT_AMOUNT_UNIT[version]
  return own === undefined ? `${column.label}（${unit}）` : column.label.replace(`：${own}`, `：${unit}`)
}
