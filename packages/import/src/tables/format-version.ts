/**
 * The format version of a published report, read from its table labels (never
 * from its year): the labels one version prints and the other does not.
 */
import { ACTIVE_BLOCKS, APPLICATION_DATA_ROWS, type FormatVersion } from '@report/model'
import { labelKey } from './normalise.js'

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
export const formatEvidence = (tablesKey: string): Readonly<Record<FormatVersion, number>> => ({
  '2019': DISTINCTIVE['2019'].filter((k) => tablesKey.includes(k)).length,
  '2021': DISTINCTIVE['2021'].filter((k) => tablesKey.includes(k)).length
})
