/**
 * The report: what it is (title, agency, scope, publisher, year, format version),
 * its text sections and its three statutory tables.
 */
import * as t from 'io-ts'
import { array } from './array.js'
import { struct } from './struct.js'
import { Active2019, Active2021 } from './active.js'
import { Applications2019, Applications2021 } from './applications.js'
import { Review } from './review.js'

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * The national format a report follows: `2019` (国办公开办函〔2019〕60号) or `2021`
 * (国办公开办函〔2021〕30号). Stored, never inferred from the year.
 */
export const FormatVersion = t.keyof({ '2019': null, '2021': null }, 'FormatVersion')

export type FormatVersion = t.TypeOf<typeof FormatVersion>

/**
 * Whose numbers the report holds: the agency's own, a region's or a system's aggregate.
 */
export const Scope = t.keyof({ own: null, region: null, system: null }, 'Scope')

/**
 * The kind of publisher, as the deadline rules need it: a people's government, a
 * government department, or a township / sub-district.
 */
export const Publisher = t.keyof({ government: null, department: null, township: null }, 'Publisher')

export type Publisher = t.TypeOf<typeof Publisher>

interface YearBrand {
  readonly Year: unique symbol
}

/**
 * A report year: the Regulations of 2008 onward.
 */
export const Year = t.brand(t.number, (n): n is t.Branded<number, YearBrand> => Number.isInteger(n) && n >= 2008 && n <= 2100, 'Year')

interface DateBrand {
  readonly IsoDate: unique symbol
}

/** The number written by the ASCII digits of `s` from `start` to `end`, or NaN. */
const digits = (s: string, start: number, end: number): number => {
  let n = 0
  for (let i = start; i < end; i++) {
    const d = s.charCodeAt(i) - 48
    if (d < 0 || d > 9) return NaN
    n = n * 10 + d
  }
  return n
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/**
 * Whether `s` is `YYYY-MM-DD` naming a day of the Gregorian calendar, in the year
 * 0100 or later (as `Date.UTC`, which reads the years 0 to 99 as 1900 to 1999).
 */
const isCalendarDate = (s: string): boolean => {
  if (s.length !== 10 || s[4] !== '-' || s[7] !== '-') return false
  const year = digits(s, 0, 4)
  const month = digits(s, 5, 7)
  const day = digits(s, 8, 10)
  if (!(year >= 100 && month >= 1 && month <= 12 && day >= 1)) return false
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return day <= (DAYS_IN_MONTH[month - 1] as number) + (leap ? 1 : 0)
}

/**
 * A calendar date written `YYYY-MM-DD`.
 */
export const IsoDate = t.brand(t.string, (s): s is t.Branded<string, DateBrand> => isCalendarDate(s), 'IsoDate')

export type IsoDate = t.TypeOf<typeof IsoDate>

// -------------------------------------------------------------------------------------
// text
// -------------------------------------------------------------------------------------

/**
 * Which statutory section a text section is; `extra` for sections a report adds.
 */
export const SectionRole = t.keyof(
  { overview: null, active: null, applications: null, review: null, problems: null, other: null, extra: null },
  'SectionRole'
)

export type SectionRole = t.TypeOf<typeof SectionRole>

/**
 * A subsection such as `（一）主动公开情况`. With `runIn`, the heading opens the first
 * paragraph's line, as most reports print it.
 */
export const Subsection = struct({ heading: t.string, paragraphs: array(t.string) }, { runIn: t.boolean }, 'Subsection')

export type Subsection = t.TypeOf<typeof Subsection>

/**
 * A numbered section (`一、总体情况`): paragraphs, then subsections. The tables of
 * sections 二 to 四 follow their section's text.
 */
export const Section = struct({ role: SectionRole, heading: t.string, paragraphs: array(t.string) }, { subsections: array(Subsection) }, 'Section')

export type Section = t.TypeOf<typeof Section>

// -------------------------------------------------------------------------------------
// report
// -------------------------------------------------------------------------------------

const common = {
  title: t.string,
  agency: t.string,
  scope: Scope,
  publisher: Publisher,
  year: Year,
  sections: array(Section)
}

/**
 * The places (JSON Pointers of rows or tables, e.g. `/tables/applications/results/other/overdue`)
 * that the published text does not print at all, as an import found them: their cells are
 * blank because nothing was printed, not because a blank was printed (a truncated page,
 * the 2019-style （六） row inside a 2021 table).
 */
export const Unprinted = array(t.string, 'Unprinted')

const versioned = <V extends FormatVersion, A extends t.Mixed, P extends t.Mixed>(version: V, active: A, applications: P, name: string) =>
  struct(
    { format: t.literal(version), ...common, tables: struct({}, { active, applications, review: Review }) },
    { published: IsoDate, unprinted: Unprinted },
    name
  )

/**
 * A report in the 2019 format.
 */
export const Report2019 = versioned('2019', Active2019, Applications2019, 'Report2019')

export type Report2019 = t.TypeOf<typeof Report2019>

/**
 * A report in the 2021 format.
 */
export const Report2021 = versioned('2021', Active2021, Applications2021, 'Report2021')

export type Report2021 = t.TypeOf<typeof Report2021>

/**
 * A report in either format, told apart by `format`.
 */
export type Report = Report2019 | Report2021

/**
 * The JSON form of a {@link Report}.
 */
export type ReportJson = t.OutputOf<typeof Report2019> | t.OutputOf<typeof Report2021>

const codecOf = (format: unknown) => (format === '2019' ? Report2019 : format === '2021' ? Report2021 : undefined)

/**
 * A report of either format. Decoding reads `format` first and checks the rest
 * against that version alone, so errors name one version's fields, never both.
 */
export const Report = new t.Type<Report, ReportJson, unknown>(
  'Report',
  (u): u is Report => Report2019.is(u) || Report2021.is(u),
  (u, c) => {
    if (typeof u !== 'object' || u === null || Array.isArray(u)) return t.failure(u, c)
    const format = (u as { format?: unknown }).format
    const codec = codecOf(format)
    return codec === undefined ? t.failure(format, t.appendContext(c, 'format', FormatVersion, format)) : (codec.validate(u, c) as t.Validation<Report>)
  },
  (r) => (r.format === '2019' ? Report2019.encode(r) : Report2021.encode(r))
)
