/**
 * Reads table 二 (主动公开政府信息情况): the blocks of 条例第二十条 and their rows, in
 * the format version's layout.
 */
import { ACTIVE_BLOCKS, INFO_CONTENT, type Active2019, type Active2021, type FormatVersion } from '@report/model'
import type { Line } from '../read/lines.js'
import type { RowSpec } from './row-grammar.js'
import { readTable, startsWithLabel, type TableRead } from './table-read.js'
import type { Token } from './tokens.js'

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

/**
 * Table 二 from the tokens of its section (`stops`: the text stops in it).
 */
export const readActive = (version: FormatVersion, tokens: ReadonlyArray<Token>, stops = false): TableRead<Active2019 | Active2021> =>
  readTable(version, 'active', SPECS[version], [], tokens, stops) as TableRead<Active2019 | Active2021>
