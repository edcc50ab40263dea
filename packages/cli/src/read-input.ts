/**
 * Reading an input file safely: the model's size limit before anything is read,
 * and every failure as a {@link CliError} that names the file.
 */
import { MAX_INPUT_BYTES, megabytes } from '@report/model'
import { readFileSync, statSync } from 'node:fs'
import { CliError } from './contract.js'

const unreadable = (file: string, e: unknown): CliError =>
  new CliError('INPUT_UNREADABLE', `${file}：无法读取（${(e as NodeJS.ErrnoException).code ?? '未知错误'}）`, file)

/**
 * The bytes of a file, or a {@link CliError}: missing, a folder, unreadable, larger
 * than `MAX_INPUT_BYTES`.
 */
export const readInput = (file: string): Buffer => {
  let size: number
  try {
    const stat = statSync(file)
    if (stat.isDirectory()) throw new CliError('INPUT_IS_DIRECTORY', `${file}：是目录，不是文件`, file)
    size = stat.size
  } catch (e) {
    throw e instanceof CliError ? e : unreadable(file, e)
  }
  if (size > MAX_INPUT_BYTES) throw new CliError('INPUT_TOO_LARGE', `${file}：文件过大（${megabytes(size)}），上限为 ${megabytes(MAX_INPUT_BYTES)}`, file)
  try {
    return readFileSync(file)
  } catch (e) {
    throw unreadable(file, e)
  }
}

/**
 * The text of a file read with {@link readInput}, as UTF-8 without a byte-order mark.
 */
export const readInputText = (file: string): string =>
  readInput(file)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
