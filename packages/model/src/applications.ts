/**
 * Table 三, 收到和处理政府信息公开申请情况: every data row holds seven cells, one per
 * applicant column (自然人, five kinds of 法人或其他组织, 总计).
 */
import * as t from 'io-ts'
import { struct } from './struct.js'
import { countRow, type Cell, type Count } from './cell.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The seven applicant columns of a row, in printed order; index 6 is 总计.
 */
export const ApplicantRow = countRow<ApplicantRow>(7, 'ApplicantRow')

export type ApplicantRow = readonly [C, C, C, C, C, C, C]
type C = Cell<Count>

/**
 * The index of the 总计 column in an {@link ApplicantRow}.
 */
export const TOTAL_COLUMN = 6

/**
 * The indexes of every column of an {@link ApplicantRow}, 总计 last.
 */
export const ROW_COLUMNS = [0, 1, 2, 3, 4, 5, 6] as const

/**
 * The indexes of the six applicant columns whose sum is 总计.
 */
export const APPLICANT_INDEXES = [0, 1, 2, 3, 4, 5] as const

const withheld = struct({
  stateSecret: ApplicantRow,
  prohibitedByLaw: ApplicantRow,
  endangersSafety: ApplicantRow,
  thirdPartyRights: ApplicantRow,
  internalAffairs: ApplicantRow,
  processInformation: ApplicantRow,
  enforcementFiles: ApplicantRow,
  queryMatters: ApplicantRow
})
const unavailable = struct({
  notHeld: ApplicantRow,
  needsCreation: ApplicantRow,
  unclearAfterCorrection: ApplicantRow
})
const notProcessed = struct({
  petitions: ApplicantRow,
  repeated: ApplicantRow,
  publications: ApplicantRow,
  excessive: ApplicantRow,
  confirmation: ApplicantRow
})

const applications = <O extends t.Mixed>(otherHandling: O, name: string) =>
  struct(
    {
      newReceived: ApplicantRow,
      carriedOver: ApplicantRow,
      results: struct({
        disclosed: ApplicantRow,
        partlyDisclosed: ApplicantRow,
        withheld,
        unavailable,
        notProcessed,
        otherHandling,
        total: ApplicantRow
      }),
      carriedForward: ApplicantRow
    },
    {},
    name
  )

/**
 * Table 三 in the 2019 format: （六）其他处理 is one data row.
 */
export const Applications2019 = applications(ApplicantRow, 'Applications2019')

export type Applications2019 = t.TypeOf<typeof Applications2019>

/**
 * Table 三 in the 2021 format: （六）其他处理 is a group of three rows.
 */
export const Applications2021 = applications(struct({ noCorrection: ApplicantRow, unpaidFee: ApplicantRow, other: ApplicantRow }), 'Applications2021')

export type Applications2021 = t.TypeOf<typeof Applications2021>
