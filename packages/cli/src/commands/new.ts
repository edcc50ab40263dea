/**
 * `report new --agency <名称> --year <年度> --publisher <类型> [--scope <范围>]
 * [--previous <上年报告.json>] [-o <报告.json>] [--force]`: a blank report in the
 * format in force for the year, carried over from last year's report when given,
 * in the canonical JSON. An existing file is never overwritten without `--force`.
 */
import { formatReportJson, newReport, type NewReportHeader } from '@report/model'
import { existsSync } from 'node:fs'
import { command } from '../command.js'
import { CliError, EXIT, envelope, jsonLine, usageError } from '../contract.js'
import { refuseOverwrites } from '../output-guard.js'
import { writeOutput } from '../write-output.js'
import { readPrevious } from './validate.js'

const YEAR = /^\d{4}$/

export const newCommand = command({
  name: 'new',
  summary: '新建一份空白报告：按该年度适用的格式列出全部章节标题与表格（单元格均为空），可从上年报告结转',
  operands: '',
  options: {
    agency: { type: 'string', value: '<机关名称>', summary: '机关名称，如 某某镇人民政府（给出 --previous 时可省略）' },
    year: { type: 'string', value: '<年度>', summary: '报告年度，如 2025' },
    publisher: { type: 'string', value: '<类型>', summary: '发布机关类型：government（人民政府）、department（政府部门）、township（乡镇、街道）' },
    scope: { type: 'string', value: '<范围>', summary: '报告范围：own（本机关，默认）、region（本地区汇总）、system（本系统汇总）' },
    previous: {
      type: 'string',
      value: '<上年报告.json>',
      summary: '上年度的报告：从中结转表三的结转数、表二的文件件数与项目数，以及机关名称、类型与范围'
    },
    output: { type: 'string', short: 'o', value: '<报告.json>', summary: '写出的文件；不给则写到标准输出' },
    force: { type: 'boolean', summary: '覆盖已存在的输出文件' }
  },
  run: async ({ values, json, usage }) => {
    if (values.year === undefined) throw usageError('缺少报告年度（--year）', usage)
    if (!YEAR.test(values.year)) throw usageError(`报告年度应为四位数字，实为“${values.year}”`, usage)
    if (values.previous !== undefined && values.output !== undefined) refuseOverwrites([values.previous], [values.output], '请用 -o 另指定输出')
    const previous = values.previous === undefined ? undefined : readPrevious(values.previous)
    const header = { year: Number(values.year), agency: values.agency, publisher: values.publisher, scope: values.scope } as NewReportHeader
    const made = newReport(header, previous)
    if (made.report === undefined) throw usageError(made.error.message, usage)
    const text = formatReportJson(made.report)
    const output = values.output
    if (output === undefined) {
      process.stdout.write(json ? jsonLine(envelope({ file: values.previous ?? null, ok: true }, { report: JSON.parse(text) as unknown })) : text)
      return EXIT.ok
    }
    if (existsSync(output) && values.force !== true) {
      throw new CliError('OUTPUT_EXISTS', `${output}：文件已存在，未覆盖（确需覆盖请加 --force）`, output)
    }
    writeOutput(output, text)
    process.stdout.write(
      json
        ? jsonLine(envelope({ file: values.previous ?? null, ok: true, output }))
        : `已新建 ${output}（${made.report.year} 年度，${made.report.format} 年格式）\n`
    )
    return EXIT.ok
  }
})
