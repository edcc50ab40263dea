/**
 * `report validate <file...> [--previous <file>] [--json]`: every problem of each
 * report, in Chinese or as JSON lines.
 */
import { FILE_PLACE, hasErrors, isProblemCode, parseReport, problem, validateText, type Problem, type Report } from '@report/model'
import { parseArgs } from 'node:util'
import { CliError, EXIT } from '../cli-error.js'
import { withUsage, type Command } from '../command.js'
import { formatProblems } from '../format-problems.js'
import { readInputText } from '../read-input.js'

interface FileResult {
  readonly file: string
  readonly problems: ReadonlyArray<Problem>
  readonly exitCode: number
}

const inputProblem = (e: CliError): Problem => problem(isProblemCode(e.code) ? e.code : 'INPUT_UNREADABLE', FILE_PLACE, e.message)

const readPrevious = (file: string): Report => {
  const { report, problems } = parseReport(readInputText(file))
  if (report !== undefined) return report
  const first = problems.slice(0, 3).map((p) => `${p.where}：${p.message}`).join('；')
  throw new CliError('PREVIOUS_INVALID', `上年报告 ${file} 无法读取为报告：${first}`, EXIT.problems)
}

const validateFile = (file: string, previous: Report | undefined): FileResult => {
  try {
    const { problems } = validateText(readInputText(file), previous)
    return { file, problems, exitCode: hasErrors(problems) ? EXIT.problems : EXIT.ok }
  } catch (e) {
    if (!(e instanceof CliError)) throw e
    return { file, problems: [inputProblem(e)], exitCode: e.exitCode }
  }
}

export const validateCommand: Command = {
  name: 'validate',
  summary: '检查报告的结构与勾稽关系，列出全部问题',
  usage: 'report validate <报告.json...> [--previous <上年报告.json>] [--json]',
  run: async (args) => {
    const { values, positionals } = withUsage(validateCommand, () =>
      parseArgs({ args: [...args], options: { previous: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: true })
    )
    if (positionals.length === 0) throw new CliError('USAGE', `缺少要检查的文件\n用法：${validateCommand.usage}`)
    const previous = values.previous === undefined ? undefined : readPrevious(values.previous)
    const results = positionals.map((file) => validateFile(file, previous))
    for (const { file, problems } of results) {
      const ok = !hasErrors(problems)
      process.stdout.write((values.json === true ? JSON.stringify({ file, ok, problems }) : formatProblems(file, problems)) + '\n')
    }
    return Math.max(...results.map((r) => r.exitCode))
  }
}
