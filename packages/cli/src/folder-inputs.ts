/**
 * The files of a folder given to a batch command, and those passed over with why:
 * hidden files, subfolders, links and anything else that is not a regular file.
 */
import { readdirSync, type Dirent } from 'node:fs'
import { join } from 'node:path'
import { CliError } from './contract.js'
import { errnoReason } from './errno.js'

/**
 * A folder's entries: the files to read, sorted by name, and the names skipped.
 */
export interface FolderInputs {
  readonly files: ReadonlyArray<string>
  readonly skipped: ReadonlyArray<{ readonly name: string; readonly reason: string }>
}

const skipReason = (entry: Dirent): string | undefined => {
  if (entry.name.startsWith('.')) return '隐藏文件'
  if (entry.isDirectory()) return '子目录（不递归导入）'
  if (entry.isSymbolicLink()) return '符号链接'
  if (!entry.isFile()) return '不是普通文件'
  return undefined
}

/**
 * The files directly in `dir` and the entries skipped, or a {@link CliError} when
 * the folder cannot be read.
 *
 * @example
 * folderInputs('published') // { files: ['published/a.html', 'published/a.txt'], skipped: [{ name: 'old', reason: '子目录（不递归导入）' }] }
 */
export const folderInputs = (dir: string): FolderInputs => {
  let entries: ReadonlyArray<Dirent>
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch (e) {
    throw new CliError('INPUT_UNREADABLE', `${dir}：无法读取目录（${errnoReason(e)}）`, dir)
  }
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const files: Array<string> = []
  const skipped: Array<{ name: string; reason: string }> = []
  for (const entry of sorted) {
    const reason = skipReason(entry)
    if (reason === undefined) files.push(join(dir, entry.name))
    else skipped.push({ name: entry.name, reason })
  }
  return { files, skipped }
}
