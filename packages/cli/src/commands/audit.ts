/**
 * `report audit <dir> [--previous-dir DIR] [--out DIR]`: every report of a folder
 * tree read and checked, paired with last year's report of its agency (Y-1, Y-2,
 * ), R-4 on its wording, R-2 across the batch; a league table (CSV, .xlsx,
 * JSON lines) and a self-contained HTML summary page. The reports are streamed: only
 * each one's league row and text signature are kept. A file that cannot be read is
 * listed with its reason; Ctrl-C leaves only complete output files.
 */
import { copyingProblem, type Problem } from '@report/model'
import { basename, join, relative, resolve, sep } from 'node:path'
import { auditReport } from '../audit/audit-report.js'
import { copyPairs, type Signed } from '../audit/copy-pairs.js'
import { LEAGUE_HEADER, counted, leagueCells, leagueJsonLines, leagueSheet, rank, type LeagueRow } from '../audit/league.js'
import { previousIndex } from '../audit/previous-index.js'
import { summaryPage } from '../audit/summary-page.js'
import { command } from '../command.js'
import { CliError, EXIT, envelope, jsonLine, usageError } from '../contract.js'
import { csvText } from '../csv.js'
import { onInterrupt } from '../interrupt.js'
import { listFiles } from '../list-files.js'
import { progress } from '../progress.js'
import { removeOwnTemps } from '../temp-files.js'
import { writeOutput } from '../write-output.js'

/** The files `--out` receives. */
export const AUDIT_OUTPUTS = { csv: 'league.csv', xlsx: 'league.xlsx', jsonl: 'league.jsonl', html: 'summary.html' } as const

/** Lets a pending Ctrl-C be handled between two reports. */
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

export const auditCommand = command({
  name: 'audit',
  summary: '批量评查目录中的年度报告：逐份检查，与上年报告比对（重复率、数字突变），查找机关之间的雷同，输出排名表与汇总网页',
  operands: '<目录>',
  options: {
    'previous-dir': {
      type: 'string',
      value: '<上年报告目录>',
      summary: '上年度报告所在目录：按机关配对，核对 Y-1、Y-2，计算重复率（R-1）与数字突变（R-3）'
    },
    out: { type: 'string', value: '<输出目录>', summary: '写出 league.csv、league.xlsx、league.jsonl 与 summary.html 的目录（默认 report-audit）' }
  },
  run: async ({ values, positionals, json, usage }) => {
    const [dir, ...rest] = positionals
    if (dir === undefined || rest.length > 0) throw usageError('应给出一个目录', usage)
    const out = values.out ?? 'report-audit'
    const inside = (f: string) => (resolve(f) + sep).startsWith(resolve(out) + sep)
    const files = listFiles([dir]).filter((f) => !inside(f))
    if (files.length === 0) throw new CliError('INPUT_EMPTY_DIRECTORY', `${dir}：目录中没有文件`, dir)
    let done = 0
    const stopListening = onInterrupt((signal) => {
      removeOwnTemps([out])
      process.stderr.write(`\nreport：已中断（${signal}）：已评查 ${done} 份，共 ${files.length} 份；未写出任何结果文件\n`)
    })
    const previous = await previousIndex(values['previous-dir'])
    const bar = progress(files.length)
    const rows: Array<LeagueRow> = []
    const signed: Array<Signed> = []
    for (const file of files) {
      const audited = await auditReport(file, previous)
      if (audited.signature !== undefined) signed.push({ id: rows.length, agency: audited.row.agency, signature: audited.signature })
      // The table names files from the folders given, the same on any machine.
      const before = audited.row.previous
      rows.push({ ...audited.row, file: relative(dir, file), previous: before === null ? null : relative(values['previous-dir'] ?? '.', before) })
      done += 1
      bar.tick(basename(file))
      if (json) process.stdout.write(audited.line)
      await turn()
    }
    bar.done()
    const pairs = copyPairs(signed)
    const copied = new Map<number, Array<Problem>>()
    for (const { a, b, share } of pairs) {
      copied.set(a, [...(copied.get(a) ?? []), copyingProblem(`${(rows[b] as LeagueRow).agency}（${(rows[b] as LeagueRow).file}）`, share)])
      copied.set(b, [...(copied.get(b) ?? []), copyingProblem(`${(rows[a] as LeagueRow).agency}（${(rows[a] as LeagueRow).file}）`, share)])
    }
    for (const [id, problems] of copied) {
      rows[id] = counted(rows[id] as LeagueRow, problems)
      if (json) process.stdout.write(jsonLine(envelope({ file: join(dir, (rows[id] as LeagueRow).file), ok: true, problems }, { stage: 'copying' })))
    }
    const ranked = rank(rows)
    const output = (name: string) => join(out, name)
    writeOutput(output(AUDIT_OUTPUTS.csv), csvText([LEAGUE_HEADER, ...ranked.map(leagueCells)]))
    writeOutput(output(AUDIT_OUTPUTS.xlsx), await (await import('@report/xlsx')).writeWorkbook([leagueSheet(ranked)]))
    writeOutput(output(AUDIT_OUTPUTS.jsonl), leagueJsonLines(ranked))
    writeOutput(output(AUDIT_OUTPUTS.html), summaryPage(ranked))
    stopListening()
    const unreadable = rows.filter((r) => r.unreadable !== null).length
    const failing = rows.some((r) => r.errors > 0)
    const outputs = Object.values(AUDIT_OUTPUTS).map(output)
    if (json) {
      process.stdout.write(
        jsonLine(
          envelope(
            { file: null, ok: !failing, output: out },
            { stage: 'summary', reports: rows.length, unreadable, copyPairs: pairs.length, outputs, previous: previous.size }
          )
        )
      )
    } else {
      const lines = [
        `已评查 ${rows.length} 份报告（无法读取 ${unreadable} 份；上年报告 ${previous.size} 份），发现机关之间雷同 ${pairs.length} 对`,
        ...rows.filter((r) => r.unreadable !== null).map((r) => `  无法读取：${r.unreadable}`),
        ...outputs.map((f) => `→ ${f}`)
      ]
      process.stdout.write(lines.join('\n') + '\n')
    }
    return failing ? EXIT.problems : EXIT.ok
  }
})
