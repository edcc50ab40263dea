/**
 * Reads table 二 (主动公开政府信息情况): the blocks of 条例第二十条 and their rows, in
 * the format version's layout, and the unit its money is printed in.
 */
import { ACTIVE_BLOCKS, AMOUNT_BLOCK, FORMAT_AMOUNT_UNIT, INFO_CONTENT, type Active2019, type Active2021, type FormatVersion } from '@report/model'
import type { Line } from '../read/lines.js'
import type { RowSpec } from './row-grammar.js'
import { readTable, startsWithLabel, type TableRead } from './table-read.js'
import type { Token, ValueToken } from './tokens.js'

const specsOf = (version: FormatVersion): ReadonlyArray<RowSpec> =>
  ACTIVE_BLOCKS[version].flatMap((block) =>
    block.rows.map((row) => ({
      path: [block.key, row.key],
      label: row.label,
      kinds: block.columns.map((c) => c.kind),
      columns: block.columns.map((c) => c.key)
    }))
  )

const SPECS = { '2019': specsOf('2019'), '2021': specsOf('2021') } as const

/**
 * Does table 二 start on this line (a block label or `信息内容`)?
 */
export const startsActive: (line: Line) => boolean = startsWithLabel([INFO_CONTENT, ...ACTIVE_BLOCKS['2019'].map((b) => b.label)])

/** 采购总金额 or 收费金额 and the unit printed after it (`（万元）`, `（单位：元）`, `单位:万元`), as keys. */
const AMOUNT_UNIT = /(?:采购总|收费)金额\(?(?:单位)?(万元|元)/

/**
 * The unit the money column prints (in its header, or after its value: `12.5万元`),
 * to be kept in the block's `amountUnit` unless it is the format's own.
 */
const amountUnitIn = (version: FormatVersion, tokens: ReadonlyArray<Token>): string | undefined => {
  const header = AMOUNT_UNIT.exec(tokens.map((t) => (t.kind === 'text' ? t.key : ' ')).join(''))?.[1]
  const unit = header ?? tokens.find((t): t is ValueToken => t.kind === 'value' && t.unit !== undefined)?.unit
  return unit === FORMAT_AMOUNT_UNIT[version] ? undefined : unit
}

/**
 * Table 二 from the tokens of its section (`stops`: the text stops in it), with the
 * unit of its money when printed.
 */
export const readActive = (version: FormatVersion, tokens: ReadonlyArray<Token>, stops = false): TableRead<Active2019 | Active2021> => {
  const read = readTable(version, 'active', SPECS[version], [], tokens, stops) as TableRead<Active2019 | Active2021>
  const unit = read.table === undefined ? undefined : amountUnitIn(version, tokens)
  if (read.table === undefined || unit === undefined) return read
  const block = AMOUNT_BLOCK[version]
  return { ...read, table: { ...read.table, [block]: { ...(read.table as Record<string, object>)[block], amountUnit: unit } } as Active2019 | Active2021 }
}
