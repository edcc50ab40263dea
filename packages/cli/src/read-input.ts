/**
 * Reading an input file safely: a size limit before anything is read, and every
 * failure as a problem or a {@link CliError} that names the file.
 */
import { readFileSync, statSync } from 'node:fs'
import { CliError } from './cli-error.js'

/**
 * The largest input read, in bytes. A real report is under 100 KB.
 */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024

/**
 * The bytes of a file, or a {@link CliError}: missing, a folder, unreadable, too large.
 */
export const readInput = (file: string): Buffer => {
  let size: number
  try {
    const stat = statSync(file)
    if (stat.isDirectory()) throw new CliError('INPUT_IS_DIRECTORY', `${file}：是目录，不是文件`)
    size = stat.size
  } catch (e) {
    if (e instanceof CliError) throw e
    throw new CliError('INPUT_UNREADABLE', `${file}：无法读取（${(e as NodeJS.ErrnoException).code ?? '未知错误'}）`)
  }
  if (size > MAX_INPUT_BYTES) {
    throw new CliError('INPUT_TOO_LARGE', `${file}：文件过大（${(size / 1048576).toFixed(1)} MB），上限为 ${MAX_INPUT_BYTES / 1048576} MB`, 1)
  }
  try {
    return readFileSync(file)
  } catch (e) {
    throw new CliError('INPUT_UNREADABLE', `${file}：无法读取（${(e as NodeJS.ErrnoException).code ?? '未知错误'}）`)
  }
}

/**
 * The text of a file read with {@link readInput}, as UTF-8 without a byte-order mark.
 */
export const readInputText = (file: string): string => readInput(file).toString('utf8').replace(/^\uFEFF/, '')
