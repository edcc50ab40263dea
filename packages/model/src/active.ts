/**
 * Table 二, 主动公开政府信息情况: one block per item of 条例第二十条, different in
 * the 2019 and 2021 formats.
 */
import * as t from 'io-ts'
import { struct } from './struct.js'
import { CountCell, DeltaCell, MoneyCell } from './cell.js'

// -------------------------------------------------------------------------------------
// 2019 format
// -------------------------------------------------------------------------------------

const Documents2019 = struct({ newlyMade: CountCell, newlyPublished: CountCell, totalPublished: CountCell })
const Items2019 = struct({ previousYear: CountCell, change: DeltaCell, decisions: CountCell })

/**
 * Table 二 in the 2019 format.
 */
export const Active2019 = struct(
  {
    item1: struct({ regulations: Documents2019, normativeDocuments: Documents2019 }),
    item5: struct({ licensing: Items2019, otherServices: Items2019 }),
    item6: struct({ penalties: Items2019, enforcement: Items2019 }),
    item8: struct({ fees: struct({ previousYear: CountCell, change: DeltaCell }) }),
    /** `amountUnit`: the unit the report prints with 采购总金额 (the format names none), e.g. `万元`. */
    item9: struct({ procurement: struct({ projects: CountCell, amount: MoneyCell }) }, { amountUnit: t.string })
  },
  {},
  'Active2019'
)

export type Active2019 = t.TypeOf<typeof Active2019>

// -------------------------------------------------------------------------------------
// 2021 format
// -------------------------------------------------------------------------------------

const Documents2021 = struct({ issued: CountCell, repealed: CountCell, inForce: CountCell })
const Decisions2021 = struct({ decisions: CountCell })

/**
 * Table 二 in the 2021 format.
 */
export const Active2021 = struct(
  {
    item1: struct({ regulations: Documents2021, normativeDocuments: Documents2021 }),
    item5: struct({ licensing: Decisions2021 }),
    item6: struct({ penalties: Decisions2021, enforcement: Decisions2021 }),
    /** `amountUnit`: the unit of 本年收费金额 when the report prints another than the format's 万元 (e.g. `元`). */
    item8: struct({ fees: struct({ amount: MoneyCell }) }, { amountUnit: t.string })
  },
  {},
  'Active2021'
)

export type Active2021 = t.TypeOf<typeof Active2021>
