/**
 * Writing an output file safely: to a temporary file in the same folder, then
 * renamed over the target, so a reader never sees half a file.
 *
 * @since 0.1.0
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { CliError } from './cli-error.js'

/**
 * Writes `text` to `file` atomically, or throws a {@link CliError} naming the file.
 *
 * @category writing
 * @since 0.1.0
 */
export const writeOutput = (file: string, text: string): void => {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`)
  try {
    writeFileSync(temp, text)
    renameSync(temp, file)
  } catch (e) {
    rmSync(temp, { force: true })
    throw new CliError('OUTPUT_UNWRITABLE', `${file}：无法写入（${(e as NodeJS.ErrnoException).code ?? '未知错误'}）`)
  }
}
