/**
 * Which report belongs to which unit of the roster, and where each unit stands:
 * received and valid, received with errors, late (D-1), of another year, of another
 * format version, sent twice, unreadable, or missing; and the files that match no
 * unit. Units are matched by name with Y-1's rule (`sameAgency`: a name may carry
 * its city or not), or by the file name the roster expects.
 */
import { formatForYear, hasErrors, sameAgency } from '@report/model'
import { basename } from 'node:path'
import type { LoadedReport } from '../load-report.js'
import type { RosterUnit } from './roster.js'

/** Where a unit stands, by stable English code. */
export type UnitStatus = 'valid' | 'errors' | 'late' | 'other-year' | 'other-format' | 'duplicate' | 'unreadable' | 'missing'

/** The Chinese name of each status. */
export const STATUS_NAMES: Readonly<Record<UnitStatus | 'unmatched', string>> = {
  valid: '已收到，无错误',
  errors: '已收到，有错误',
  late: '逾期发布',
  'other-year': '年度不符',
  'other-format': '格式版本不符',
  duplicate: '重复提交',
  unreadable: '无法读取',
  missing: '未收到',
  unmatched: '不在名单中'
}

/** A unit and what was received from it. */
export interface UnitOutcome {
  readonly unit: RosterUnit
  readonly status: UnitStatus
  /** Every file that matched the unit (two or more: `duplicate`). */
  readonly loaded: ReadonlyArray<LoadedReport>
}

/** The units and their outcomes in roster order, and the files no unit claims. */
export interface Reception {
  readonly units: ReadonlyArray<UnitOutcome>
  readonly unmatched: ReadonlyArray<LoadedReport>
}

/** The unit a file belongs to: by its expected file name, else the closest name match (exact, then the longest). */
const unitOf = (units: ReadonlyArray<RosterUnit>, loaded: LoadedReport): RosterUnit | undefined => {
  const byFile = units.find((u) => u.file !== undefined && u.file === basename(loaded.file))
  if (byFile !== undefined || loaded.report === undefined) return byFile
  const agency = loaded.report.agency
  const matching = units.filter((u) => sameAgency(u.name, agency))
  return matching.find((u) => u.name === agency) ?? [...matching].sort((a, b) => b.name.length - a.name.length)[0]
}

const statusOf = (one: LoadedReport, year: number): UnitStatus => {
  const report = one.report
  if (report === undefined) return 'unreadable'
  if (report.year !== year) return 'other-year'
  if (report.format !== formatForYear(year)) return 'other-format'
  if (hasErrors(one.problems)) return 'errors'
  return one.problems.some((p) => p.code === 'PUBLISHED_LATE') ? 'late' : 'valid'
}

/**
 * Matches the files read to the roster's units and gives each unit its status for
 * the report `year`.
 */
export const receive = (units: ReadonlyArray<RosterUnit>, files: ReadonlyArray<LoadedReport>, year: number): Reception => {
  const byUnit = new Map<RosterUnit, Array<LoadedReport>>()
  const unmatched: Array<LoadedReport> = []
  for (const loaded of files) {
    const unit = unitOf(units, loaded)
    if (unit === undefined) unmatched.push(loaded)
    else byUnit.set(unit, [...(byUnit.get(unit) ?? []), loaded])
  }
  return {
    units: units.map((unit) => {
      const loaded = byUnit.get(unit) ?? []
      const [one, ...more] = loaded
      const status: UnitStatus = one === undefined ? 'missing' : more.length > 0 ? 'duplicate' : statusOf(one, year)
      return { unit, status, loaded }
    }),
    unmatched
  }
}

/** Is the unit's report summed into the region's: received, free of errors, of the year and its format (late reports too)? */
export const isSummed = (outcome: UnitOutcome): boolean => outcome.status === 'valid' || outcome.status === 'late'
