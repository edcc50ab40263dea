/**
 * The files a batch command reads: the files given, and every file of the folders
 * given, through their subfolders, hidden files and folders skipped, in sorted
 * order so that the same tree gives the same run.
 */
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { CliError } from './contract.js'
import { errnoReason } from './errno.js'

const walk = (dir: string): ReadonlyArray<string> => {
  let entries
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch (e) {
    throw new CliError('INPUT_UNREADABLE', `${dir}：无法读取目录（${errnoReason(e)}）`, dir)
  }
  return entries
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []))
}

/**
 * Every file of `paths` (files kept as given, folders walked), or a
 * {@link CliError} for a path that is not there.
 */
export const listFiles = (paths: ReadonlyArray<string>): ReadonlyArray<string> =>
  paths.flatMap((path) => {
    let isDirectory: boolean
    try {
      isDirectory = statSync(path).isDirectory()
    } catch (e) {
      throw new CliError('INPUT_UNREADABLE', `${path}：无法读取（${errnoReason(e)}）`, path)
    }
    return isDirectory ? walk(path) : [path]
  })
