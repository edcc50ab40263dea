/**
 * `report validate --children DIR`: the units' reports that H-1 sums for a region's
 * report. Every report file of DIR is read; what cannot be summed (unreadable, of
 * another year or format, with errors, a second report of one agency, with a
 * roster a unit not on it) and, with a roster, every unit without a report are
 * listed as missing, never taken as 0: the same reports `report aggregate` sums.
 */
import { checkAgainstChildren, hasErrors, sameAgency, type MissingChild, type Problem, type Report } from '@report/model'
import { basename } from 'node:path'
import { readRoster, type RosterUnit } from './aggregate/roster.js'
import { listFiles } from './list-files.js'
import { loadReport, type LoadedReport } from './load-report.js'

/** Why a file's report is not summed into `region`'s, or `undefined` when it is. */
const unusable = (
  l: LoadedReport,
  region: Report,
  all: ReadonlyArray<LoadedReport>,
  unit: RosterUnit | undefined,
  roster: boolean
): string | undefined => {
  const report = l.report
  const name = basename(l.file)
  if (report === undefined) return `无法读取 ${name}（${l.failure?.code ?? 'INPUT_UNREADABLE'}）`
  if (report.year !== region.year) return `${name} 为 ${report.year} 年度报告`
  if (report.format !== region.format) return `${name} 为 ${report.format} 年格式`
  if (hasErrors(l.problems)) return `${name} 有错误`
  if (roster && unit === undefined) return `${name} 的单位不在名单中`
  const twins = all.filter((o) => o.report !== undefined && sameAgency(o.report.agency, report.agency)).map((o) => basename(o.file))
  return twins.length > 1 ? `重复提交（${twins.join('、')}）` : undefined
}

/**
 * The H-1 check of a region's report against the reports in `dir` (and the units
 * of `roster`, when given: those without a report are listed too).
 *
 * @example
 * const check = await childrenCheck('units/', 'units.csv'); check(county) // Problem[]
 */
export const childrenCheck = async (dir: string, roster: string | undefined): Promise<(region: Report) => ReadonlyArray<Problem>> => {
  const loaded: Array<LoadedReport> = []
  for (const file of listFiles([dir])) loaded.push(await loadReport(file))
  const units: ReadonlyArray<RosterUnit> = roster === undefined ? [] : await readRoster(roster)
  return (region) => {
    const summed: Array<Report> = []
    const missing: Array<MissingChild> = []
    for (const l of loaded) {
      if (l.report !== undefined && sameAgency(l.report.agency, region.agency)) continue
      const unit = units.find((u) => (l.report === undefined ? u.file === basename(l.file) : sameAgency(u.name, l.report.agency)))
      const reason = unusable(l, region, loaded, unit, roster !== undefined)
      if (reason === undefined && l.report !== undefined) summed.push(l.report)
      else if (reason !== undefined && !missing.some((m) => m.reason === reason))
        missing.push({ name: unit?.name ?? l.report?.agency ?? basename(l.file), reason })
    }
    const absent = units.filter((u) => !summed.some((r) => sameAgency(r.agency, u.name)) && !missing.some((m) => m.name === u.name))
    return checkAgainstChildren(region, summed, [...missing, ...absent.map((u) => ({ name: u.name, reason: '目录中没有其报告' }))])
  }
}
