/**
 * One report file to one output file: read, check, render in the chosen format,
 * write. Used by `report render` in its own thread for one input and by each
 * worker for several. The output is written to a temporary file in the target
 * folder and renamed, so no half-written file is ever left.
 */
import { hasErrors, validateText, type Problem } from '@report/model'
import { basename, dirname, join, resolve } from 'node:path'
import { CliError, EXIT, FAILURES, type ExitCode, type FailureCode } from './contract.js'
import { formatNamed, type OutputOptions } from './outputs.js'
import { readInputText } from './read-input.js'
import { writeOutput } from './write-output.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What to render. Sent to a worker as it is, so the format goes by its name.
 */
export interface RenderJob {
  readonly input: string
  readonly output: string
  /** The name of an entry of `OUTPUT_FORMATS`. */
  readonly format: string
  readonly options: OutputOptions
  /** Render a report with error-level problems anyway. */
  readonly allowErrors: boolean
}

/**
 * What rendering one file gave: its problems, whether the output was written, and
 * the exit code it stands for.
 */
export interface RenderOutcome {
  readonly input: string
  readonly output: string
  readonly problems: ReadonlyArray<Problem>
  readonly written: boolean
  /** Why nothing was written (the message in Chinese, naming the input). */
  readonly failure?: { readonly code: FailureCode; readonly message: string }
  readonly exitCode: ExitCode
}

// -------------------------------------------------------------------------------------
// paths
// -------------------------------------------------------------------------------------

/**
 * The output path of an input: `-o`, else the input's name with `extension` in
 * `outDir` or beside the input; a file named `report.json` takes its folder's name.
 *
 * @example
 * outputPath('fixtures/renshi-town-2020/report.json', undefined, 'out', '.pdf') // 'out/renshi-town-2020.pdf'
 */
export const outputPath = (input: string, output: string | undefined, outDir: string | undefined, extension: string): string => {
  if (output !== undefined) return output
  const name = basename(input).replace(/\.json$/i, '')
  return join(outDir ?? dirname(input), `${name === 'report' ? basename(resolve(dirname(input))) : name}${extension}`)
}

// -------------------------------------------------------------------------------------
// rendering
// -------------------------------------------------------------------------------------

/**
 * Renders one job. A report with errors is refused unless `allowErrors`; one that
 * does not parse or decode is always refused, its problems listed. A file that
 * cannot be read, drawn or written gives its failure alone. Never throws for bad
 * input.
 */
export const renderFile = async (job: RenderJob): Promise<RenderOutcome> => {
  const format = formatNamed(job.format)
  if (format === undefined) throw new Error(`未知的输出格式 ${job.format}`)
  const base = { input: job.input, output: job.output, written: false }
  const refused = (problems: ReadonlyArray<Problem>, code: FailureCode, message: string): RenderOutcome => ({
    ...base,
    problems,
    failure: { code, message },
    exitCode: FAILURES[code]
  })
  try {
    const { report, problems } = validateText(readInputText(job.input))
    if (report === undefined) return refused(problems, 'REPORT_UNDECODABLE', `${job.input}：报告无法解码，不能排印`)
    if (hasErrors(problems) && !job.allowErrors)
      return refused(problems, 'REPORT_HAS_ERRORS', `${job.input}：报告有错误，未排印（可用 --allow-errors 强制排印）`)
    let bytes: Uint8Array
    try {
      bytes = await format.render(report, job.options)
    } catch (e) {
      if (e instanceof CliError) return refused([], e.code, `${job.input}：${e.message}`)
      throw e
    }
    writeOutput(job.output, bytes)
    return { ...base, problems, written: true, exitCode: EXIT.ok }
  } catch (e) {
    if (e instanceof CliError) return refused([], e.code, e.message)
    throw e
  }
}
