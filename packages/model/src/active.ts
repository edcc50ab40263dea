/**
 * Table 二, 主动公开政府信息情况: one block per item of 条例第二十条, different in
 * the 2019 and 2021 formats.
 *
 * @since 0.1.0
 */
import * as t from 'io-ts'
import { CountCell, DeltaCell, MoneyCell } from './cell.js'

// -------------------------------------------------------------------------------------
// 2019 format
// -------------------------------------------------------------------------------------

const Documents2019 = t.strict({ newlyMade: CountCell, newlyPublished: CountCell, totalPublished: CountCell })
const Items2019 = t.strict({ previousYear: CountCell, change: DeltaCell, decisions: CountCell })

/**
 * Table 二 in the 2019 format.
 *
 * @category codecs
 * @since 0.1.0
 */
export const Active2019 = t.strict(
  {
    item1: t.strict({ regulations: Documents2019, normativeDocuments: Documents2019 }),
    item5: t.strict({ licensing: Items2019, otherServices: Items2019 }),
    item6: t.strict({ penalties: Items2019, enforcement: Items2019 }),
    item8: t.strict({ fees: t.strict({ previousYear: CountCell, change: DeltaCell }) }),
    item9: t.intersection([
      t.strict({ procurement: t.strict({ projects: CountCell, amount: MoneyCell }) }),
      t.partial({ amountUnit: t.string })
    ])
  },
  'Active2019'
)

/**
 * @category model
 * @since 0.1.0
 */
export type Active2019 = t.TypeOf<typeof Active2019>

// -------------------------------------------------------------------------------------
// 2021 format
// -------------------------------------------------------------------------------------

const Documents2021 = t.strict({ issued: CountCell, repealed: CountCell, inForce: CountCell })
const Decisions2021 = t.strict({ decisions: CountCell })

/**
 * Table 二 in the 2021 format.
 *
 * @category codecs
 * @since 0.1.0
 */
export const Active2021 = t.strict(
  {
    item1: t.strict({ regulations: Documents2021, normativeDocuments: Documents2021 }),
    item5: t.strict({ licensing: Decisions2021 }),
    item6: t.strict({ penalties: Decisions2021, enforcement: Decisions2021 }),
    item8: t.strict({ fees: t.strict({ amount: MoneyCell }) })
  },
  'Active2021'
)

/**
 * @category model
 * @since 0.1.0
 */
export type Active2021 = t.TypeOf<typeof Active2021>
