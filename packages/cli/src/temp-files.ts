/**
 * The temporary files outputs are written to before they are renamed into place:
 * named `.NAME.tmp-PID-N` beside their target, so that those of this process can
 * be removed when it is interrupted and those of a process that died (killed
 * between writing and renaming) are swept by the next write to the folder.
 */
import { readdirSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { threadId } from 'node:worker_threads'

const TEMP = /^\..+\.tmp-(\d+)-\d+\.\d+$/

let count = 0

/**
 * A fresh temporary name beside `file`, carrying this process's id (and the
 * thread's, so two workers never share one).
 *
 * @example
 * tempPath('out/a.pdf') // 'out/.a.pdf.tmp-4242-0.1'
 */
export const tempPath = (file: string): string => {
  count += 1
  return join(dirname(file), `.${basename(file)}.tmp-${process.pid}-${threadId}.${count}`)
}

/** Is there a process with this id (one of another user's counts)? */
const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Removes, quietly, the temporary files in `dir` whose process id `which` picks; a folder that cannot be read has none to remove. */
const removeTemps = (dir: string, which: (pid: number) => boolean): void => {
  let names: ReadonlyArray<string>
  try {
    names = readdirSync(dir)
  } catch {
    return
  }
  for (const name of names) {
    const pid = TEMP.exec(name)?.[1]
    if (pid === undefined || !which(Number(pid))) continue
    removeQuietly(join(dir, name))
  }
}

/**
 * Removes a file if it is there; a failure to remove it is not reported, so that
 * cleaning up never hides the failure that made it needed.
 */
export const removeQuietly = (file: string): void => {
  try {
    rmSync(file, { force: true })
  } catch {
    // left for the next sweep
  }
}

/** The folders this thread has swept. */
const swept = new Set<string>()

/**
 * Removes the temporary files in `dir` left by processes that are no longer
 * running, once a folder for each thread: a batch writing 1,000 files to one
 * folder reads it once, not once a file.
 */
export const sweepStaleTemps = (dir: string): void => {
  if (swept.has(dir)) return
  swept.add(dir)
  removeTemps(dir, (pid) => pid !== process.pid && !alive(pid))
}

/**
 * Removes the temporary files this process left in each of `dirs` (when it is
 * interrupted, after its workers have stopped).
 */
export const removeOwnTemps = (dirs: Iterable<string>): void => {
  for (const dir of new Set(dirs)) removeTemps(dir, (pid) => pid === process.pid)
}
