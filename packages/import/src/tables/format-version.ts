/**
 * The format version of a published report, read from its table labels (never
 * from its year): the labels one version prints and the other does not. Only when
 * they do not tell is the version the one in force for the year, with a note.
 */
import { ACTIVE_BLOCKS, APPLICATION_DATA_ROWS, formatForYear, type FormatVersion } from '@report/model'
import { note, type ImportNote } from '../note.js'
import { labelKey } from '../text/label-key.js'
import type { Token } from './tokens.js'

const labelsOf = (version: FormatVersion): ReadonlyArray<string> => [
  ...ACTIVE_BLOCKS[version].flatMap((b) => [b.label, ...b.columns.map((c) => c.label), ...b.rows.map((r) => r.label)]),
  ...APPLICATION_DATA_ROWS[version].flatMap((r) => [...r.groups, r.label])
]

/** Keys of one version's labels that no label of the other version contains. */
const distinctive = (version: FormatVersion, other: FormatVersion): ReadonlyArray<string> => {
  const others = labelsOf(other).map(labelKey)
  return [...new Set(labelsOf(version).map(labelKey))].filter((k) => k.length >= 3 && !others.some((o) => o.includes(k)))
}

const DISTINCTIVE: Readonly<Record<FormatVersion, ReadonlyArray<string>>> = {
  '2019': distinctive('2019', '2021'),
  '2021': distinctive('2021', '2019')
}

/**
 * How many labels only the 2019 and only the 2021 format print are found in the
 * key of the tables' text.
 *
 * @example
 * formatEvidence(labelKey('本年制发件数 本年废止件数 现行有效件数'))['2021'] // 3
 */
const formatEvidence = (tablesKey: string): Readonly<Record<FormatVersion, number>> => ({
  '2019': DISTINCTIVE['2019'].filter((k) => tablesKey.includes(k)).length,
  '2021': DISTINCTIVE['2021'].filter((k) => tablesKey.includes(k)).length
})

/**
 * The format version from the tokens of tables 二 and 三 (table 四 is the same in
 * both), the version with more of its labels found; a note when both are found, or
 * when neither wins and the year decides.
 */
export const formatOf = (
  tables: ReadonlyArray<ReadonlyArray<Token>>,
  year: number
): { readonly version: FormatVersion; readonly notes: ReadonlyArray<ImportNote> } => {
  const key = tables.map((tokens) => tokens.map((t) => (t.kind === 'text' ? t.key : t.text)).join('')).join('')
  const evidence = formatEvidence(key)
  const notes: Array<ImportNote> = []
  if (evidence['2019'] > 0 && evidence['2021'] > 0) {
    notes.push(note('FORMAT_MIXED', `表格标签兼有 2019 年格式（${evidence['2019']} 处）与 2021 年格式（${evidence['2021']} 处）的特征，按较多的一方认定`))
  }
  if (evidence['2019'] === evidence['2021']) {
    const assumed = formatForYear(year)
    notes.push(note('FORMAT_ASSUMED', `未能从表格标签认定格式版本，按报告年度 ${year} 假定为 ${assumed} 年格式`))
    return { version: assumed, notes }
  }
  return { version: evidence['2019'] > evidence['2021'] ? '2019' : '2021', notes }
}
