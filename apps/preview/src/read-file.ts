/**
 * Reading the opened file from disk: only a regular file (a device, FIFO or socket
 * is refused after opening it without blocking), never more than the size limit
 * + 1 bytes whatever its size claims, and every failure as a Chinese message
 * naming the file.
 */
import { constants } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { basename } from 'node:path'
import { MAX_FILE_BYTES, tooLargeMessage } from './protocol.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A file's bytes, or why it could not be read.
 */
export type FileRead = { readonly kind: 'bytes'; readonly bytes: Uint8Array } | { readonly kind: 'unreadable'; readonly message: string }

// -------------------------------------------------------------------------------------
// reading
// -------------------------------------------------------------------------------------

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: '找不到此文件',
  EACCES: '没有读取此文件的权限',
  EPERM: '没有读取此文件的权限',
  EISDIR: '这是目录，不是文件',
  ENOTDIR: '路径中有一段是文件，不是目录',
  ELOOP: '符号链接形成了循环',
  EMFILE: '打开的文件过多',
  ENFILE: '打开的文件过多',
  EIO: '磁盘读写出错',
  ENAMETOOLONG: '文件名或路径过长'
}

const unreadable = (file: string, e: unknown): FileRead => {
  const code = (e as NodeJS.ErrnoException).code ?? ''
  return { kind: 'unreadable', message: `${basename(file)}：${REASONS[code] ?? `无法读取（${code === '' ? String(e) : `未知的系统错误 ${code}`}）`}` }
}

/** Opening a FIFO without O_NONBLOCK waits for a writer; with it, the open returns at once (Windows has none). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

const CHUNK = 64 * 1024

/** At most `limit` bytes, in chunks, so a file growing or lying about its size is still bounded. */
const readBounded = async (handle: FileHandle, limit: number): Promise<Buffer> => {
  const chunks: Array<Buffer> = []
  let total = 0
  while (total < limit) {
    const chunk = Buffer.alloc(Math.min(CHUNK, limit - total))
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null)
    if (bytesRead === 0) break
    chunks.push(chunk.subarray(0, bytesRead))
    total += bytesRead
  }
  return Buffer.concat(chunks, total)
}

/**
 * The bytes of `file`, or a Chinese message: missing, a folder, not a regular
 * file, unreadable, or larger than {@link MAX_FILE_BYTES}.
 */
export const readOpenedFile = async (file: string): Promise<FileRead> => {
  let handle: FileHandle
  try {
    handle = await open(file, OPEN_FLAGS)
  } catch (e) {
    return unreadable(file, e)
  }
  try {
    const info = await handle.stat()
    if (info.isDirectory()) return unreadable(file, { code: 'EISDIR' })
    if (!info.isFile()) return { kind: 'unreadable', message: `${basename(file)}：不是普通文件（设备、管道或套接字），无法显示` }
    if (info.size > MAX_FILE_BYTES) return { kind: 'unreadable', message: tooLargeMessage(basename(file), info.size) }
    const bytes = await readBounded(handle, MAX_FILE_BYTES + 1)
    if (bytes.length > MAX_FILE_BYTES) return { kind: 'unreadable', message: tooLargeMessage(basename(file), bytes.length) }
    return { kind: 'bytes', bytes }
  } catch (e) {
    return unreadable(file, e)
  } finally {
    await handle.close().catch(() => undefined)
  }
}
