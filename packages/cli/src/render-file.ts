/**
 * One report file to one PDF file: read, check, render, write. Used by `report
 * render` in its own thread for one input and by each worker for several. The
 * PDF is written to a temporary file in the target folder and renamed, so no
 * half-written PDF is ever left.
 */
import { hasErrors, validateText, type Problem } from '@report/model'
import { RenderError, renderPdf, type RenderOptions } from '@report/pdf'
import { basename, dirname, join, resolve } from 'node:path'
import { CliError, EXIT } from './cli-error.js'
import { readInputText } from './read-input.js'
import { writeOutput } from './write-output.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What to render.
 */
export interface RenderJob {
  readonly input: string
  readonly output: string
  readonly options: RenderOptions
  /** Render a report with error-level problems anyway. */
  readonly allowErrors: boolean
}

/**
 * What rendering one file gave: its problems, whether a PDF was written, and
 * the exit code it stands for.
 */
export interface RenderOutcome {
  readonly input: string
  readonly output: string
  readonly problems: ReadonlyArray<Problem>
  readonly written: boolean
  /** Why nothing was written, in Chinese, when it was not for the problems. */
  readonly failure?: string
  readonly exitCode: number
}

// -------------------------------------------------------------------------------------
// paths
// -------------------------------------------------------------------------------------

/**
 * The PDF path of an input: `-o`, else the input's name with `.pdf` in `outDir`
 * or beside the input; a file named `report.json` takes its folder's name.
 *
 * @example
 * outputPath('fixtures/renshi-town-2020/report.json', undefined, 'out') // 'out/renshi-town-2020.pdf'
 */
export const outputPath = (input: string, output: string | undefined, outDir: string | undefined): string => {
  if (output !== undefined) return output
  const name = basename(input).replace(/\.json$/i, '')
  return join(outDir ?? dirname(input), `${name === 'report' ? basename(resolve(dirname(input))) : name}.pdf`)
}

// -------------------------------------------------------------------------------------
// rendering
// -------------------------------------------------------------------------------------

/**
 * Renders one job. A report with errors is refused unless `allowErrors`; one that
 * does not parse or decode is always refused, its problems listed. Never throws
 * for bad input.
 */
export const renderFile = async (job: RenderJob): Promise<RenderOutcome> => {
  const base = { input: job.input, output: job.output }
  try {
    const { report, problems } = validateText(readInputText(job.input))
    if (report === undefined) return { ...base, problems, written: false, failure: `${job.input}：报告无法解码，不能排印`, exitCode: EXIT.problems }
    if (hasErrors(problems) && !job.allowErrors) return { ...base, problems, written: false, failure: `${job.input}：报告有错误，未排印（可用 --allow-errors 强制排印）`, exitCode: EXIT.problems }
    writeOutput(job.output, await renderPdf(report, job.options))
    return { ...base, problems, written: true, exitCode: EXIT.ok }
  } catch (e) {
    if (e instanceof CliError) return { ...base, problems: [], written: false, failure: e.message, exitCode: e.exitCode }
    if (e instanceof RenderError) return { ...base, problems: [], written: false, failure: `${job.input}：${e.message}`, exitCode: EXIT.problems }
    throw e
  }
}
