/**
 * Writing an output file safely: to a temporary file in the same folder, then
 * renamed over the target, so a reader never sees half a file.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { CliError } from './contract.js'

/**
 * Writes `content` to `file` atomically, making its folder if need be, or throws a
 * {@link CliError} naming the file.
 */
export const writeOutput = (file: string, content: string | Uint8Array): void => {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`)
  try {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(temp, content)
    renameSync(temp, file)
  } catch (e) {
    rmSync(temp, { force: true })
    throw new CliError('OUTPUT_UNWRITABLE', `${file}：无法写入（${(e as NodeJS.ErrnoException).code ?? '未知错误'}）`, file)
  }
}
