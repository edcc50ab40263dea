/**
 * `report render <report.json...> [-o out.pdf] [--out-dir DIR] [--font-dir DIR]
 * [--bundled-fonts] [--pdfa] [--allow-errors]`: each report as an official PDF.
 * Several inputs render on a worker pool over every core, with a progress bar on
 * a terminal.
 */
import { hasErrors } from '@report/model'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { CliError } from '../cli-error.js'
import { withUsage, type Command } from '../command.js'
import { formatProblems } from '../format-problems.js'
import { progress } from '../progress.js'
import { outputPath, renderFile, type RenderJob, type RenderOutcome } from '../render-file.js'
import { renderOnPool } from '../worker-pool.js'

const report = (outcome: RenderOutcome): void => {
  if (outcome.problems.length > 0) process.stdout.write(formatProblems(outcome.input, outcome.problems) + '\n')
  if (outcome.failure !== undefined) process.stderr.write(`report：${outcome.failure}\n`)
  if (outcome.written && hasErrors(outcome.problems)) {
    process.stderr.write(`report：警告：${outcome.input} 有错误，已按 --allow-errors 排印，PDF 中的数字可能有误\n`)
  }
  if (outcome.written) process.stdout.write(`${outcome.input} → ${outcome.output}\n`)
}

export const renderCommand: Command = {
  name: 'render',
  summary: '按 GB/T 9704 公文格式排印报告为 PDF；有错误的报告不排印（--allow-errors 除外）',
  usage: 'report render <报告.json...> [-o 输出.pdf] [--out-dir 目录] [--font-dir 目录] [--bundled-fonts] [--pdfa] [--allow-errors]',
  run: async (args) => {
    const { values, positionals } = withUsage(renderCommand, () =>
      parseArgs({
        args: [...args],
        options: {
          output: { type: 'string', short: 'o' },
          'out-dir': { type: 'string' },
          'font-dir': { type: 'string', multiple: true },
          'bundled-fonts': { type: 'boolean' },
          pdfa: { type: 'boolean' },
          'allow-errors': { type: 'boolean' }
        },
        allowPositionals: true
      })
    )
    if (positionals.length === 0) throw new CliError('USAGE', `缺少要排印的报告\n用法：${renderCommand.usage}`)
    if (values.output !== undefined && positionals.length > 1) throw new CliError('USAGE', `-o 只能用于一个报告；多个报告请用 --out-dir\n用法：${renderCommand.usage}`)
    const jobs: ReadonlyArray<RenderJob> = positionals.map((input) => ({
      input,
      output: outputPath(input, values.output, values['out-dir']),
      options: { fontDirs: values['font-dir'] ?? [], systemFonts: values['bundled-fonts'] !== true, pdfa: values.pdfa === true },
      allowErrors: values['allow-errors'] === true
    }))
    const twice = jobs.find((job, i) => jobs.findIndex((other) => resolve(other.output) === resolve(job.output)) !== i)
    if (twice !== undefined) throw new CliError('OUTPUT_CLASH', `多个报告将写到同一文件 ${twice.output}，请分别排印或改用不同的 --out-dir`)
    const [single] = jobs
    if (jobs.length === 1 && single !== undefined) {
      const outcome = await renderFile(single)
      report(outcome)
      return outcome.exitCode
    }
    const bar = progress(jobs.length)
    const outcomes = await renderOnPool(jobs, (o) => bar.tick(o.input))
    bar.done()
    outcomes.forEach(report)
    return Math.max(...outcomes.map((o) => o.exitCode))
  }
}
