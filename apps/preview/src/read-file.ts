/**
 * Reading the opened file from disk: a size limit before anything is read, and every
 * failure as a Chinese message naming the file.
 */
import { readFile, stat } from 'node:fs/promises'
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
  EISDIR: '这是目录，不是文件'
}

const unreadable = (file: string, e: unknown): FileRead => {
  const code = (e as NodeJS.ErrnoException).code ?? ''
  return { kind: 'unreadable', message: `${basename(file)}：${REASONS[code] ?? `无法读取（${code === '' ? String(e) : code}）`}` }
}

/**
 * The bytes of `file`, or a Chinese message: missing, a folder, unreadable, or
 * larger than {@link MAX_FILE_BYTES}.
 */
export const readOpenedFile = async (file: string): Promise<FileRead> => {
  try {
    const info = await stat(file)
    if (info.isDirectory()) return unreadable(file, { code: 'EISDIR' })
    if (info.size > MAX_FILE_BYTES) return { kind: 'unreadable', message: tooLargeMessage(basename(file), info.size) }
    const bytes = await readFile(file)
    if (bytes.length > MAX_FILE_BYTES) return { kind: 'unreadable', message: tooLargeMessage(basename(file), bytes.length) }
    return { kind: 'bytes', bytes }
  } catch (e) {
    return unreadable(file, e)
  }
}
