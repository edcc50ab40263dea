/**
 * `report aggregate <dir|files…> --roster units.csv --agency 某某县人民政府 --year 2024
 * [-o county.json]`: the units' reports matched to the roster, each unit's status
 * listed, the valid reports of the year summed into the region's report, and a
 * summary workbook and CSV (one row per unit, a sheet of every problem).
 */
import { checkReport, formatReportJson, hasErrors, type Problem } from '@report/model'
import { resolve } from 'node:path'
import { countyReport } from '../aggregate/county.js'
import { readRoster } from '../aggregate/roster.js'
import { summarySheets, unitHeader, unitRows } from '../aggregate/summary.js'
import { isSummed, receive, type Reception } from '../aggregate/unit-status.js'
import { alignColumns } from '../columns.js'
import { command } from '../command.js'
import { EXIT, envelope, jsonLine, usageError } from '../contract.js'
import { csvText } from '../csv.js'
import { formatProblems } from '../format-problems.js'
import { listFiles } from '../list-files.js'
import { loadReport } from '../load-report.js'
import { progress } from '../progress.js'
import { writeOutput } from '../write-output.js'

const YEAR = /^(20\d\d|2100)$/

/** The envelopes of `--json`: one per roster unit, one per file no unit claims. */
const unitEnvelopes = (reception: Reception): ReadonlyArray<string> => [
  ...reception.units.map(({ unit, status, loaded }) => {
    const [one] = loaded
    return jsonLine(
      envelope(
        {
          file: one?.file ?? null,
          ok: status === 'valid' || status === 'late',
          problems: one?.problems ?? [],
          notes: one?.notes ?? [],
          error: one?.failure ?? null
        },
        { unit: unit.name, kind: unit.kind, status, files: loaded.map((l) => l.file) }
      )
    )
  }),
  ...reception.unmatched.map((l) =>
    jsonLine(
      envelope(
        { file: l.file, ok: false, problems: l.problems, notes: l.notes, error: l.failure ?? null },
        { unit: null, kind: null, status: 'unmatched', files: [l.file] }
      )
    )
  )
]

/** The name of a summary file beside the region's report: `county.json` → `county.units.xlsx`. */
const beside = (output: string, extension: string): string => output.replace(/\.json$/i, '') + `.units.${extension}`

export const aggregateCommand = command({
  name: 'aggregate',
  summary: '汇总下级单位的年度报告：按名单核对收到、逾期、有误、缺报的单位，生成本地区的汇总报告与汇总表',
  operands: '<目录或文件...>',
  options: {
    roster: { type: 'string', value: '<名单.csv|.xlsx>', summary: '应报送单位名单（列：名称、类型［部门、乡镇、街道、政府］、可选的文件）' },
    agency: { type: 'string', value: '<机关名称>', summary: '汇总报告的机关，如 某某县人民政府' },
    year: { type: 'string', value: '<年度>', summary: '报告年度，如 2024' },
    output: { type: 'string', short: 'o', value: '<汇总报告.json>', summary: '写出汇总报告；汇总表默认写在其旁（.units.xlsx、.units.csv）' },
    xlsx: { type: 'string', value: '<汇总表.xlsx>', summary: '写出汇总工作簿（单位表与问题表）' },
    csv: { type: 'string', value: '<汇总表.csv>', summary: '写出单位表（CSV，UTF-8）' }
  },
  run: async ({ values, positionals, json, usage }) => {
    if (positionals.length === 0) throw usageError('缺少下级单位报告所在的目录或文件', usage)
    if (values.roster === undefined) throw usageError('缺少 --roster（应报送单位名单）', usage)
    if (values.agency === undefined || values.agency.trim() === '') throw usageError('缺少 --agency（汇总报告的机关名称）', usage)
    if (values.year === undefined || !YEAR.test(values.year))
      throw usageError(`--year 应为报告年度，如 2024${values.year === undefined ? '' : `（实为“${values.year}”）`}`, usage)
    const year = Number(values.year)
    const units = await readRoster(values.roster)
    const outputs = new Set([values.roster, values.output, values.xlsx, values.csv].filter((f) => f !== undefined).map((f) => resolve(f)))
    const files = listFiles(positionals).filter((f) => !outputs.has(resolve(f)))
    const bar = progress(files.length)
    const loaded = []
    for (const file of files) {
      loaded.push(await loadReport(file))
      bar.tick(file)
    }
    bar.done()
    const reception = receive(units, loaded, year)
    const summed = reception.units.filter(isSummed).flatMap((u) => u.loaded.flatMap((l) => (l.report === undefined ? [] : [l.report])))
    const county = countyReport(values.agency.trim(), year, summed)
    const problems: ReadonlyArray<Problem> = county.report === undefined ? [] : checkReport(county.report)
    const xlsx = values.xlsx ?? (values.output === undefined ? undefined : beside(values.output, 'xlsx'))
    const csv = values.csv ?? (values.output === undefined ? undefined : beside(values.output, 'csv'))
    if (county.report !== undefined && values.output !== undefined) writeOutput(values.output, formatReportJson(county.report))
    if (xlsx !== undefined) writeOutput(xlsx, await (await import('@report/xlsx')).writeWorkbook(summarySheets(reception, year)))
    if (csv !== undefined) writeOutput(csv, csvText([unitHeader(year), ...unitRows(reception)]))
    const complete = reception.units.every(isSummed) && reception.unmatched.length === 0
    const exitCode = county.report !== undefined && complete && !hasErrors(problems) ? EXIT.ok : EXIT.problems
    const error = county.error === undefined ? null : { code: 'REPORT_NOT_MADE' as const, message: `未能生成汇总报告：${county.error.message}` }
    if (json) {
      for (const line of unitEnvelopes(reception)) process.stdout.write(line)
      const written = county.report === undefined ? null : (values.output ?? null)
      process.stdout.write(
        jsonLine(
          envelope(
            { file: null, ok: exitCode === EXIT.ok, problems, output: written, error },
            { status: 'aggregate', summed: summed.length, xlsx: xlsx ?? null, csv: csv ?? null }
          )
        )
      )
      return exitCode
    }
    const table = alignColumns([
      ['行', '单位', '类型', '状态', '文件', '错误', '警告'],
      ...unitRows(reception).map((r) => [r[0], r[1], r[2], r[3], r[5], r.at(-2), r.at(-1)].map((c) => String(c ?? '')))
    ])
    const outcome =
      county.report === undefined
        ? `未能生成汇总报告：${county.error.message}`
        : `已汇总 ${summed.length} 个单位的报告（共 ${units.length} 个应报送单位）${values.output === undefined ? '' : ` → ${values.output}`}`
    const written = [xlsx, csv].filter((f) => f !== undefined).map((f) => `汇总表 → ${f}`)
    const check = county.report === undefined || values.output === undefined ? [] : [formatProblems(values.output, problems)]
    process.stdout.write([...table, '', outcome, ...written, ...check].join('\n') + '\n')
    return exitCode
  }
})
