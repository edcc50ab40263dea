/**
 * `report validate <file...> [--previous <file>] [--children <dir> [--roster <file>]] [--json]`:
 * every problem of each report, in Chinese or as envelopes; with `--children`, H-1
 * against the sum of the units' reports in the folder.
 */
import { FILE_PLACE, hasErrors, isProblemCode, parseReport, problem, validateText, type Problem, type Report } from '@report/model'
import { command } from '../command.js'
import { childrenCheck } from '../children.js'
import { CliError, EXIT, envelope, jsonLine, usageError, type ExitCode } from '../contract.js'
import { summaryLine } from '../batch-summary.js'
import { formatProblems } from '../format-problems.js'
import { checkGlyphs } from '../glyph-coverage.js'
import { readInputText } from '../read-input.js'

interface FileResult {
  readonly file: string
  readonly problems: ReadonlyArray<Problem>
  /** The file could not be read: also given as its one problem. */
  readonly failure: CliError | undefined
  readonly exitCode: ExitCode
}

const inputProblem = (e: CliError): Problem => problem(isProblemCode(e.code) ? e.code : 'INPUT_UNREADABLE', FILE_PLACE, e.message)

/**
 * Last year's report for `--previous`, or a {@link CliError} naming the file and its first problems.
 */
export const readPrevious = (file: string): Report => {
  const { report, problems } = parseReport(readInputText(file))
  if (report !== undefined) return report
  const first = problems
    .slice(0, 3)
    .map((p) => `${p.where}：${p.message}`)
    .join('；')
  throw new CliError('PREVIOUS_INVALID', `上年报告 ${file} 无法读取为报告：${first}`, file)
}

const validateFile = async (file: string, previous: Report | undefined, children?: (region: Report) => ReadonlyArray<Problem>): Promise<FileResult> => {
  try {
    const validation = validateText(readInputText(file), previous)
    const { report } = validation
    const problems =
      report === undefined
        ? validation.problems
        : [...validation.problems, ...(children === undefined ? [] : children(report)), ...(await checkGlyphs(report))]
    return { file, problems, failure: undefined, exitCode: hasErrors(problems) ? EXIT.problems : EXIT.ok }
  } catch (e) {
    if (!(e instanceof CliError)) throw e
    return { file, problems: [inputProblem(e)], failure: e, exitCode: e.exitCode }
  }
}

const forMachines = ({ file, problems, failure }: FileResult): string =>
  jsonLine(envelope({ file, ok: !hasErrors(problems), problems, error: failure === undefined ? null : { code: failure.code, message: failure.message } }))

export const validateCommand = command({
  name: 'validate',
  summary: '检查报告的结构与勾稽关系，列出全部问题',
  operands: '<报告.json...>',
  options: {
    previous: { type: 'string', value: '<上年报告.json>', summary: '上年度的报告，用于跨年度核对（Y-1、Y-2）' },
    children: { type: 'string', value: '<目录>', summary: '下级单位报告所在目录：逐格核对本报告与其合计（H-1）' },
    roster: { type: 'string', value: '<名单.csv|.xlsx>', summary: '与 --children 同用：应报送单位名单，缺报的单位逐一列出' }
  },
  run: async ({ values, positionals, json, usage }) => {
    if (positionals.length === 0) throw usageError('缺少要检查的文件', usage)
    const previous = values.previous === undefined ? undefined : readPrevious(values.previous)
    if (values.roster !== undefined && values.children === undefined) throw usageError('--roster 须与 --children 同用', usage)
    const children = values.children === undefined ? undefined : await childrenCheck(values.children, values.roster)
    const results: Array<FileResult> = []
    for (const file of positionals) {
      const result = await validateFile(file, previous, children)
      results.push(result)
      process.stdout.write(json ? forMachines(result) : formatProblems(result.file, result.problems) + '\n')
    }
    if (results.length > 1) {
      const passed = results.filter((r) => r.exitCode === EXIT.ok).length
      ;(json ? process.stderr : process.stdout).write(
        summaryLine('报告', '通过', { total: results.length, done: passed, failed: results.length - passed }) + '\n'
      )
    }
    return Math.max(...results.map((r) => r.exitCode))
  }
})
