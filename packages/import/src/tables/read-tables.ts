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
import { isAfter, type TextStop } from '../outline/text-end.js'

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
  /** The places (JSON Pointers) the text does not print: rows not found, tables after the text stops (the report's `unprinted`). */
  readonly unprinted: ReadonlyArray<string>
}

/**
 * Reads the tables from their lines; `year` decides the format version only when
 * the labels do not. When the text stops (`stops`), the table it stops in has no
 * note for the rows after the cut, and the tables after it none at all.
 */
export const readTables = (lines: Readonly<Record<TableRole, ReadonlyArray<Line>>>, year: number, stops?: TextStop): TablesRead => {
  const tokens = { active: tokensOf(lines.active), applications: tokensOf(lines.applications), review: tokensOf(lines.review) }
  const format = formatOf([tokens.active, tokens.applications], year)
  const cut = (role: TableRole): boolean => stops !== undefined && (stops.last === role || isAfter(role, stops.last))
  const active = readActive(format.version, tokens.active, cut('active'))
  const applications = readApplications(format.version, tokens.applications, cut('applications'))
  const review = readReview(format.version, tokens.review, cut('review'))
  const after = (role: TableRole): ReadonlyArray<string> => (stops !== undefined && isAfter(role, stops.last) ? [`/tables/${role}`] : [])
  return {
    format: format.version,
    tables: {
      ...(active.table === undefined ? {} : { active: active.table }),
      ...(applications.table === undefined ? {} : { applications: applications.table }),
      ...(review.table === undefined ? {} : { review: review.table })
    },
    status: { active: active.status, applications: applications.status, review: review.status },
    notes: [...format.notes, ...active.notes, ...applications.notes, ...review.notes],
    unprinted: [...(active.unprinted ?? []), ...(applications.unprinted ?? []), ...after('active'), ...after('applications'), ...after('review')]
  }
}
