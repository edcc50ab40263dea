/**
 * The three statutory tables from the lines of their sections: the format version
 * from the labels of 二 and 三, then each table read in that version's layout.
 */
import type { Active2019, Active2021, Applications2019, Applications2021, FormatVersion, Review, TableRole } from '@report/model'
import type { ImportNote } from '../note.js'
import type { Line } from '../read/lines.js'
import { readActive } from './active-table.js'
import { readApplications } from './applications-table.js'
import { formatOf } from './format-version.js'
import { readReview } from './review-table.js'
import type { TableStatus } from './table-read.js'
import { tokensOf } from './tokens.js'

/**
 * The tables as read: the format version, the tables found, how much of each was
 * read, and the notes.
 */
export interface TablesRead {
  readonly format: FormatVersion
  readonly tables: {
    readonly active?: Active2019 | Active2021
    readonly applications?: Applications2019 | Applications2021
    readonly review?: Review
  }
  readonly status: Readonly<Record<TableRole, TableStatus>>
  readonly notes: ReadonlyArray<ImportNote>
}

/**
 * Reads the tables from their lines; `year` decides the format version only when
 * the labels do not.
 */
export const readTables = (lines: Readonly<Record<TableRole, ReadonlyArray<Line>>>, year: number): TablesRead => {
  const tokens = { active: tokensOf(lines.active), applications: tokensOf(lines.applications), review: tokensOf(lines.review) }
  const format = formatOf([tokens.active, tokens.applications], year)
  const active = readActive(format.version, tokens.active)
  const applications = readApplications(format.version, tokens.applications)
  const review = readReview(format.version, tokens.review)
  return {
    format: format.version,
    tables: {
      ...(active.table === undefined ? {} : { active: active.table }),
      ...(applications.table === undefined ? {} : { applications: applications.table }),
      ...(review.table === undefined ? {} : { review: review.table })
    },
    status: { active: active.status, applications: applications.status, review: review.status },
    notes: [...format.notes, ...active.notes, ...applications.notes, ...review.notes]
  }
}
