/**
 * `report import <file|dir> [-o out.json] [--json]`: published reports (text, HTML,
 * PDF text) into report JSON, with the importer's notes and the checks' problems in
 * Chinese. A folder is imported in bulk with a progress bar and a summary table.
 *
 * Exit codes, as for `validate`: 0 imported with no errors (notes and warnings
 * allowed); 1 a report has errors or could not be made (no year found) or a file
 * is too large; 2 usage, an unreadable input or an unwritable output.
 */
import { displayWidth, importReport, type ImportNote, type ImportResult, type TableRole } from '@report/import'
import { TABLE_NAMES, formatReportJson, hasErrors } from '@report/model'
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { CliError, EXIT } from '../cli-error.js'
import { withUsage, type Command } from '../command.js'
import { formatProblems } from '../format-problems.js'
import { progress } from '../progress.js'
import { readInput } from '../read-input.js'
import { writeOutput } from '../write-output.js'

// -------------------------------------------------------------------------------------
// one file
// -------------------------------------------------------------------------------------

interface Imported {
  readonly file: string
  readonly result: ImportResult | undefined
  readonly failure: CliError | undefined
  readonly output: string | undefined
  readonly exitCode: number
}

const importFile = (file: string, output: string | undefined): Imported => {
  try {
    const result = importReport(readInput(file), { name: file })
    const failed = result.report === undefined || hasErrors(result.problems)
    if (result.report !== undefined && output !== undefined) writeOutput(output, formatReportJson(result.report))
    return { file, result, failure: undefined, output: result.report === undefined ? undefined : output, exitCode: failed ? EXIT.problems : EXIT.ok }
  } catch (e) {
    if (!(e instanceof CliError)) throw e
    return { file, result: undefined, failure: e, output: undefined, exitCode: e.exitCode }
  }
}

// -------------------------------------------------------------------------------------
// printing
// -------------------------------------------------------------------------------------

const formatNote = (n: ImportNote): string => `  说明 [${n.code}] ${n.where}：${n.message}`

const forPeople = ({ file, result, failure, output }: Imported): string => {
  if (result === undefined) return `${file}：${failure?.message ?? '无法导入'}`
  const head = output === undefined ? [] : [`${file} → ${output}`]
  const notes = result.notes.length === 0 ? [] : [`${file}：${result.notes.length} 条导入说明`, ...result.notes.map(formatNote)]
  return [...head, ...notes, formatProblems(file, result.problems)].join('\n')
}

const forMachines = ({ file, result, failure, output }: Imported): string =>
  JSON.stringify(
    result === undefined
      ? { file, ok: false, error: { code: failure?.code, message: failure?.message } }
      : {
          file,
          ok: result.report !== undefined && !hasErrors(result.problems),
          output: output ?? null,
          format: result.format ?? null,
          tables: result.tables,
          notes: result.notes,
          problems: result.problems
        }
  )

const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - displayWidth(s)))

const tablesCell = (result: ImportResult): string => {
  const incomplete = (Object.keys(result.tables) as Array<TableRole>).filter((t) => result.tables[t] !== 'complete')
  return incomplete.length === 0 ? '完整' : `不完整：${incomplete.map((t) => `${TABLE_NAMES[t]}${result.tables[t] === 'missing' ? '（缺）' : '（不全）'}`).join('、')}`
}

/** The summary of a bulk import: per file, the format version, errors, warnings and tables. */
const summary = (rows: ReadonlyArray<Imported>): string => {
  const lines = rows.map(({ file, result, failure }) => {
    if (result === undefined) return [basename(file), '—', '—', '—', `无法读取：${failure?.code ?? ''}`]
    const errors = result.problems.filter((p) => p.severity === 'error').length
    return [basename(file), result.format ?? '—', String(errors), String(result.problems.length - errors), result.report === undefined ? '未生成报告' : tablesCell(result)]
  })
  const header = ['文件', '格式', '错误', '警告', '表格']
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...lines.map((l) => displayWidth(l[i] ?? ''))))
  return [header, ...lines].map((l) => l.map((c, i) => pad(c, widths[i] ?? 0)).join('  ').trimEnd()).join('\n')
}

// -------------------------------------------------------------------------------------
// command
// -------------------------------------------------------------------------------------

const isDirectory = (path: string): boolean => existsSync(path) && statSync(path).isDirectory()

const filesIn = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => join(dir, e.name))
    .sort()

const importFolder = (dir: string, out: string | undefined, json: boolean): number => {
  const files = filesIn(dir)
  if (files.length === 0) throw new CliError('INPUT_EMPTY_DIRECTORY', `${dir}：目录中没有文件`)
  if (out !== undefined) {
    try {
      mkdirSync(out, { recursive: true })
    } catch (e) {
      throw new CliError('OUTPUT_UNWRITABLE', `${out}：无法创建目录（${(e as NodeJS.ErrnoException).code ?? '未知错误'}）`)
    }
  }
  const bar = progress(files.length)
  const rows = files.map((file) => {
    const row = importFile(file, out === undefined ? undefined : join(out, `${basename(file, extname(file))}.json`))
    bar.tick(basename(file))
    if (json) process.stdout.write(forMachines(row) + '\n')
    return row
  })
  bar.done()
  if (!json) process.stdout.write(`${rows.map(forPeople).join('\n\n')}\n\n${summary(rows)}\n`)
  return Math.max(...rows.map((r) => r.exitCode))
}

export const importCommand: Command = {
  name: 'import',
  summary: '导入已发布的年度报告（网页文本、HTML、PDF 文本），生成报告 JSON 并列出导入说明与问题',
  usage: 'report import <文件或目录> [-o <输出.json 或目录>] [--json]',
  run: async (args) => {
    const { values, positionals } = withUsage(importCommand, () =>
      parseArgs({ args: [...args], options: { output: { type: 'string', short: 'o' }, json: { type: 'boolean' } }, allowPositionals: true })
    )
    const [input, ...rest] = positionals
    if (input === undefined || rest.length > 0) throw new CliError('USAGE', `应给出一个文件或目录\n用法：${importCommand.usage}`)
    const json = values.json === true
    if (isDirectory(input)) return importFolder(input, values.output, json)
    const row = importFile(input, values.output)
    if (row.failure !== undefined && !json) throw row.failure
    if (json) process.stdout.write(forMachines(row) + '\n')
    else if (values.output === undefined && row.result?.report !== undefined) {
      process.stdout.write(formatReportJson(row.result.report))
      process.stderr.write(forPeople(row) + '\n')
    } else process.stdout.write(forPeople(row) + '\n')
    return row.exitCode
  }
}
