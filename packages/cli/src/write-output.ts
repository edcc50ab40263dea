/**
 * Writing an output file safely: to a temporary file in the same folder, then
 * renamed over the target, so a reader never sees half a file. Stale temporary
 * files of dead processes in that folder are swept first.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { CliError } from './contract.js'
import { errnoReason } from './errno.js'
import { removeQuietly, sweepStaleTemps, tempPath } from './temp-files.js'

/** Makes a folder and its parents; a file in the way fails as ENOTDIR (mkdir says EEXIST, which misleads). */
const makeFolder = (dir: string): void => {
  try {
    mkdirSync(dir, { recursive: true })
  } catch (e) {
    throw (e as NodeJS.ErrnoException).code === 'EEXIST' ? Object.assign(new Error(), { code: 'ENOTDIR' }) : e
  }
}

/**
 * Writes `content` to `file` atomically, making its folder if need be, or throws a
 * {@link CliError} naming the file and why in Chinese (the temporary file removed,
 * a failure to remove it never hiding the first).
 */
export const writeOutput = (file: string, content: string | Uint8Array): void => {
  const temp = tempPath(file)
  try {
    makeFolder(dirname(file))
    sweepStaleTemps(dirname(file))
    writeFileSync(temp, content)
    renameSync(temp, file)
  } catch (e) {
    removeQuietly(temp)
    throw new CliError('OUTPUT_UNWRITABLE', `${file}：无法写入（${errnoReason(e)}）`, file)
  }
}
