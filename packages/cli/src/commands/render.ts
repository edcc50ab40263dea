/**
 * `report render <report.json...> [-o out.pdf] [--to pdf] [--out-dir DIR] …`: each
 * report in an output format of the registry (`outputs.ts`), PDF by default.
 * Several inputs render on a worker pool over every core, with a progress bar on
 * a terminal. With `--json`, one envelope per input, `output` the file written.
 */
import { hasErrors, SEVERITY_NAMES } from '@report/model'
import { fontsFor, standIns } from '@report/pdf'
import { command } from '../command.js'
import { EXIT, envelope, jsonLine, usageError } from '../contract.js'
import { formatProblems } from '../format-problems.js'
import { refuseOverwrites } from '../output-guard.js'
import { DEFAULT_FORMAT, FONT_OPTIONS, chooseFormat, fontSearch, knownFormats } from '../outputs.js'
import { renderBatch, renderOne } from '../render-batch.js'
import { outputPath, type RenderJob, type RenderOutcome } from '../render-file.js'

/** The lines of one outcome for people; `label` names the format, e.g. `PDF`; `notes` are said before the first file written. */
const forPeople = (label: string, notes: ReadonlyArray<string>) => {
  let noted = false
  return (outcome: RenderOutcome): void => {
    if (outcome.written && !noted) for (const note of notes) process.stderr.write(`report：${SEVERITY_NAMES.note}：${note}\n`)
    noted ||= outcome.written
    if (outcome.problems.length > 0) process.stdout.write(formatProblems(outcome.input, outcome.problems) + '\n')
    if (outcome.failure !== undefined) process.stderr.write(`report：${outcome.failure.message}\n`)
    if (outcome.written && hasErrors(outcome.problems)) {
      process.stderr.write(`report：${SEVERITY_NAMES.warning}：${outcome.input} 有错误，已按 --allow-errors 排印，${label} 中的数字可能有误\n`)
    }
    if (outcome.written) process.stdout.write(`${outcome.input} → ${outcome.output}\n`)
  }
}

const forMachines = (outcome: RenderOutcome): void => {
  const { input, problems, written, output, failure, exitCode } = outcome
  process.stdout.write(jsonLine(envelope({ file: input, ok: exitCode === EXIT.ok, problems, output: written ? output : null, error: failure ?? null })))
}

export const renderCommand = command({
  name: 'render',
  summary: '排印报告：GB/T 9704 公文格式的 PDF、供 WPS 与 Word 修改的 DOCX 或网站用的 HTML；有错误的报告不排印（--allow-errors 除外）',
  operands: '<报告.json...>',
  options: {
    output: {
      type: 'string',
      short: 'o',
      value: '输出.pdf',
      summary: '输出文件（只用于一个报告）；其扩展名决定格式；不给 -o 与 --out-dir 时写到报告所在的目录'
    },
    to: { type: 'string', value: '格式', summary: `输出格式：${knownFormats()}；默认取 -o 的扩展名，否则为 ${DEFAULT_FORMAT.name}` },
    'out-dir': { type: 'string', value: '目录', summary: '输出目录：每个报告写到“报告名.扩展名”（report.json 取其目录名）' },
    ...FONT_OPTIONS,
    pdfa: { type: 'boolean', summary: '输出 PDF/A-2b' },
    standalone: { type: 'boolean', summary: 'HTML 为完整网页（含 <!DOCTYPE html>、lang、charset、标题），而非供网站编辑器粘贴的片段' },
    'allow-errors': { type: 'boolean', summary: '报告有错误也排印（并给出警告）' }
  },
  run: async ({ values, positionals, json, usage }) => {
    if (positionals.length === 0) throw usageError('缺少要排印的报告', usage)
    if (values.output !== undefined && positionals.length > 1) throw usageError('-o 只能用于一个报告；多个报告请用 --out-dir', usage)
    if (values.output !== undefined && values['out-dir'] !== undefined) throw usageError('-o 与 --out-dir 不能同时使用', usage)
    const chosen = chooseFormat(values.to, values.output)
    if ('refusal' in chosen) throw usageError(chosen.refusal, usage)
    const jobs: ReadonlyArray<RenderJob> = positionals.map((input) => ({
      input,
      output: outputPath(input, values.output, values['out-dir'], chosen.format.extension),
      format: chosen.format.name,
      options: { ...fontSearch(values), pdfa: values.pdfa === true, standalone: values.standalone === true },
      allowErrors: values['allow-errors'] === true
    }))
    refuseOverwrites(
      positionals,
      jobs.map((job) => job.output)
    )
    // The PDF embeds its fonts: for one report, the bundled stand-ins that replace the official ones are said with the file written.
    const notes = !json && jobs.length === 1 && chosen.format.name === 'pdf' ? standIns(await fontsFor(fontSearch(values))) : []
    const print = json ? forMachines : forPeople(chosen.format.name.toUpperCase(), notes)
    const [single] = jobs
    return jobs.length === 1 && single !== undefined ? renderOne(single, print) : renderBatch(jobs, print, json)
  }
})
