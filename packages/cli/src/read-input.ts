/**
 * Reading an input file safely: only a regular file (a device, FIFO or socket is
 * refused after opening it without blocking), never more than `MAX_INPUT_BYTES`
 * + 1 bytes whatever its size claims, JSON as strict UTF-8, and every failure as
 * a {@link CliError} that names the file in Chinese.
 */
import { MAX_INPUT_BYTES, decodeUtf8, megabytes } from '@report/model'
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { CliError } from './contract.js'
import { errnoReason } from './errno.js'

const unreadable = (file: string, e: unknown): CliError => new CliError('INPUT_UNREADABLE', `${file}：无法读取（${errnoReason(e)}）`, file)

const tooLarge = (file: string, size: string): CliError =>
  new CliError('INPUT_TOO_LARGE', `${file}：文件过大（${size}），上限为 ${megabytes(MAX_INPUT_BYTES)}`, file)

/** Opening a FIFO without O_NONBLOCK waits for a writer; with it, the open returns at once (not on Windows, which has none). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

const CHUNK = 64 * 1024

/** At most `limit` bytes of an open file, in chunks, so a file growing or lying about its size is still bounded. */
const readBounded = (fd: number, limit: number): Buffer => {
  const chunks: Array<Buffer> = []
  let total = 0
  while (total < limit) {
    const chunk = Buffer.alloc(Math.min(CHUNK, limit - total))
    const read = readSync(fd, chunk, 0, chunk.length, null)
    if (read === 0) break
    chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read))
    total += read
  }
  return Buffer.concat(chunks, total)
}

/** A failure to close must not hide what reading found. */
const closeQuietly = (fd: number): void => {
  try {
    closeSync(fd)
  } catch {
    // nothing was written, so nothing is lost
  }
}

/**
 * The bytes of a file, or a {@link CliError}: missing, a folder, not a regular
 * file, unreadable, larger than `MAX_INPUT_BYTES`.
 */
export const readInput = (file: string): Buffer => {
  let fd: number
  try {
    fd = openSync(file, OPEN_FLAGS)
  } catch (e) {
    throw unreadable(file, e)
  }
  try {
    const stat = fstatSync(fd)
    if (stat.isDirectory()) throw new CliError('INPUT_IS_DIRECTORY', `${file}：是目录，不是文件`, file)
    if (!stat.isFile()) throw new CliError('INPUT_NOT_REGULAR', `${file}：不是普通文件（设备、管道或套接字），不能作为输入`, file)
    if (stat.size > MAX_INPUT_BYTES) throw tooLarge(file, megabytes(stat.size))
    const bytes = readBounded(fd, MAX_INPUT_BYTES + 1)
    if (bytes.length > MAX_INPUT_BYTES) throw tooLarge(file, `超过 ${megabytes(MAX_INPUT_BYTES)}`)
    return bytes
  } catch (e) {
    throw e instanceof CliError ? e : unreadable(file, e)
  } finally {
    closeQuietly(fd)
  }
}

/**
 * The text of a file read with {@link readInput}, as strict UTF-8 (a byte-order
 * mark dropped); GB18030 or UTF-16 is refused with how to save it as UTF-8.
 */
export const readInputText = (file: string): string => {
  const decoded = decodeUtf8(readInput(file))
  if ('refusal' in decoded) throw new CliError('INPUT_NOT_UTF8', `${file}：${decoded.refusal}`, file)
  return decoded.text
}
