/**
 * `report import <file|dir> [-o out.json] [--json]`: published reports (text, HTML,
 * Word `.docx`, PDF, told by their content) into report JSON, with the importer's
 * notes and the checks' problems in Chinese. A folder is imported in bulk: each file to `NAME.EXT.json` (so `a.txt`
 * and `a.html` never share an output), each printed as it ends, then the files
 * skipped, a summary table and a summary line.
 * With `--json`, one envelope per file, with the importer's `format` and `tables`.
 * A report that could not be made (not even its year found) exits 1, as errors do.
 */
import type { ImportNote, ImportResult } from '@report/import'
import { SEVERITY_NAMES, TABLE_NAMES, TABLE_ROLES, formatReportJson, hasErrors, utf16Mark, utf16Refusal } from '@report/model'
import { statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { summaryLine } from '../batch-summary.js'
import { alignColumns } from '../columns.js'
import { command } from '../command.js'
import { CliError, EXIT, envelope, jsonLine, usageError, type ExitCode } from '../contract.js'
import { folderInputs } from '../folder-inputs.js'
import { formatProblems } from '../format-problems.js'
import { onInterrupt } from '../interrupt.js'
import { refuseOverwrites } from '../output-guard.js'
import { progress } from '../progress.js'
import { readInput } from '../read-input.js'
import { removeOwnTemps } from '../temp-files.js'
import { writeOutput } from '../write-output.js'

// -------------------------------------------------------------------------------------
// one file
// -------------------------------------------------------------------------------------

/** One file imported, or the failure that stopped it (unreadable, too large, unwritable). */
type Imported = { readonly file: string; readonly exitCode: ExitCode } & (
  { readonly result: ImportResult; readonly output: string | undefined } | { readonly result?: undefined; readonly failure: CliError }
)

/** The bytes of a published report; UTF-16 (which the importer would take for GB18030) is refused. */
const readPublished = (file: string): Buffer => {
  const bytes = readInput(file)
  const mark = utf16Mark(bytes)
  if (mark !== undefined) throw new CliError('INPUT_NOT_UTF8', `${file}：${utf16Refusal(mark)}`, file)
  return bytes
}

const importFile = async (file: string, output: string | undefined): Promise<Imported> => {
  try {
    const bytes = readPublished(file)
    const { importDocument } = await import('@report/import')
    const result = await importDocument(bytes, { name: file })
    const failed = result.report === undefined || hasErrors(result.problems)
    if (result.report !== undefined && output !== undefined) writeOutput(output, formatReportJson(result.report))
    return { file, result, output: result.report === undefined ? undefined : output, exitCode: failed ? EXIT.problems : EXIT.ok }
  } catch (e) {
    if (!(e instanceof CliError)) throw e
    return { file, failure: e, exitCode: e.exitCode }
  }
}

// -------------------------------------------------------------------------------------
// printing
// -------------------------------------------------------------------------------------

const formatNote = (n: ImportNote): string => `  ${SEVERITY_NAMES.note} [${n.code}] ${n.where}：${n.message}`

const forPeople = (row: Imported): string => {
  if (row.result === undefined) return `${row.file}：${row.failure.message}`
  const { file, result, output } = row
  const head = output === undefined ? [] : [`${file} → ${output}`]
  const notes = result.notes.length === 0 ? [] : [`${file}：${result.notes.length} 条导入说明`, ...result.notes.map(formatNote)]
  // A file that made no report had nothing checked: never “没有发现问题” for it.
  const checked = result.report === undefined ? `${file}：未能生成报告（见导入说明）` : formatProblems(file, result.problems)
  return [...head, ...notes, checked].join('\n')
}

/** The envelope of one file, with the importer's `format` and `tables` after it. */
const forMachines = (row: Imported): string => {
  const { file } = row
  if (row.result === undefined)
    return jsonLine(envelope({ file, ok: false, error: { code: row.failure.code, message: row.failure.message } }, { format: null, tables: null }))
  const { result, output } = row
  const error = result.report === undefined ? { code: 'REPORT_NOT_MADE' as const, message: `${file}：未能生成报告（见导入说明）` } : null
  const ok = result.report !== undefined && !hasErrors(result.problems)
  return jsonLine(
    envelope(
      { file, ok, problems: result.problems, notes: result.notes, output: output ?? null, error },
      { format: result.format ?? null, tables: result.tables }
    )
  )
}

const tablesCell = (result: ImportResult): string => {
  const incomplete = TABLE_ROLES.filter((t) => result.tables[t] !== 'complete')
  return incomplete.length === 0
    ? '完整'
    : `不完整：${incomplete.map((t) => `${TABLE_NAMES[t]}${result.tables[t] === 'missing' ? '（缺）' : '（不全）'}`).join('、')}`
}

/** The summary of a bulk import: per file, the format version, errors, warnings and tables. */
const summary = (rows: ReadonlyArray<Imported>): string => {
  const lines = rows.map((row) => {
    const name = basename(row.file)
    if (row.result === undefined) return [name, '—', '—', '—', `无法读取：${row.failure.code}`]
    const { result } = row
    const errors = result.problems.filter((p) => p.severity === 'error').length
    return [
      name,
      result.format ?? '—',
      String(errors),
      String(result.problems.length - errors),
      result.report === undefined ? '未生成报告' : tablesCell(result)
    ]
  })
  return alignColumns([['文件', '格式', SEVERITY_NAMES.error, SEVERITY_NAMES.warning, '表格'], ...lines]).join('\n')
}

// -------------------------------------------------------------------------------------
// command
// -------------------------------------------------------------------------------------

const isDirectory = (path: string): boolean => {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/** A folder's file's output: its whole name and `.json`, so that `a.txt` and `a.html` never share one. */
const folderOutput = (out: string, file: string): string => join(out, `${basename(file)}.json`)

const importFolder = async (dir: string, out: string | undefined, json: boolean): Promise<number> => {
  const { files, skipped } = folderInputs(dir)
  if (files.length === 0) throw new CliError('INPUT_EMPTY_DIRECTORY', `${dir}：目录中没有可导入的文件`, dir)
  const outputs = files.map((file) => (out === undefined ? undefined : folderOutput(out, file)))
  refuseOverwrites(
    files,
    outputs.filter((o) => o !== undefined),
    '请另指定 -o 输出目录'
  )
  const bar = progress(files.length)
  const rows: Array<Imported> = []
  const say = (text: string) => (json ? process.stderr : process.stdout).write(text + '\n')
  const tally = () => ({
    total: files.length + skipped.length,
    done: rows.filter((r) => r.result?.report !== undefined).length,
    failed: rows.filter((r) => r.result?.report === undefined).length,
    skipped: skipped.length
  })
  const skippedLines = skipped.map((s) => `跳过 ${join(dir, s.name)}：${s.reason}`)
  const stopListening = onInterrupt((signal) => {
    if (out !== undefined) removeOwnTemps([out])
    bar.done()
    say(summaryLine('文件', '导入', tally(), signal))
  })
  try {
    for (const [i, file] of files.entries()) {
      const row = await importFile(file, outputs[i])
      rows.push(row)
      bar.tick(basename(file))
      bar.above(() => process.stdout.write(json ? forMachines(row) : `${forPeople(row)}\n\n`))
      // A turn of the event loop between files, so that Ctrl-C is heard.
      await nextTurn()
    }
  } finally {
    stopListening()
  }
  bar.done()
  if (!json) say([...skippedLines, ...(skippedLines.length > 0 ? [''] : []), summary(rows)].join('\n'))
  else skippedLines.forEach(say)
  say(summaryLine('文件', '导入', tally()))
  return Math.max(...rows.map((r) => r.exitCode))
}

export const importCommand = command({
  name: 'import',
  summary: '导入已发布的年度报告（网页文本、HTML、Word 文档、PDF，按内容识别），生成报告 JSON 并列出导入说明与问题',
  operands: '<文件或目录>',
  options: {
    output: { type: 'string', short: 'o', value: '<输出.json 或目录>', summary: '写出报告 JSON 的文件（导入目录时为输出目录）；不给则写到标准输出' }
  },
  run: async ({ values, positionals, json, usage }) => {
    const [input, ...rest] = positionals
    if (input === undefined || rest.length > 0) throw usageError('应给出一个文件或目录', usage)
    if (isDirectory(input)) return importFolder(input, values.output, json)
    const output = values.output
    if (output !== undefined) refuseOverwrites([input], [output], '请用 -o 另指定输出')
    const stopListening = onInterrupt((signal) => {
      if (output !== undefined) removeOwnTemps([dirname(output)])
      process.stderr.write(`report：已中断（${signal}）：${output ?? input} 未写出\n`)
    })
    const row = await importFile(input, output).finally(stopListening)
    if (json) process.stdout.write(forMachines(row))
    else if (row.result === undefined) throw row.failure
    else if (values.output === undefined && row.result.report !== undefined) {
      process.stdout.write(formatReportJson(row.result.report))
      process.stderr.write(forPeople(row) + '\n')
    } else process.stdout.write(forPeople(row) + '\n')
    return row.exitCode
  }
})
