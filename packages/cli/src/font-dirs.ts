/**
 * The folders given with `--font-dir` must be there: a folder that is missing or
 * is a file is a usage error naming it, not a search that silently finds nothing.
 */
import { statSync } from 'node:fs'
import { CliError } from './contract.js'
import { errnoReason } from './errno.js'

/**
 * Throws `FONT_DIR_MISSING` for the first of `dirs` that is not a folder.
 *
 * @example
 * checkFontDirs(['/no/such/dir']) // throws: '--font-dir /no/such/dir：不是可用的目录（找不到此文件或目录）'
 */
export const checkFontDirs = (dirs: ReadonlyArray<string>): void => {
  for (const dir of dirs) {
    let reason: string | undefined
    try {
      if (!statSync(dir).isDirectory()) reason = '是文件，不是目录'
    } catch (e) {
      reason = errnoReason(e)
    }
    if (reason !== undefined) throw new CliError('FONT_DIR_MISSING', `--font-dir ${dir}：不是可用的目录（${reason}）`, dir)
  }
}
