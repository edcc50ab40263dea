/**
 * Watching the opened file for saves. Editors often save by writing a new file and
 * renaming it over the old one, so the file's folder is watched, not the file, and
 * the burst of events one save makes is debounced into one call.
 */
import { watch } from 'node:fs'
import { basename, dirname } from 'node:path'

/**
 * How long to wait after the last event of a save before reading the file, in ms.
 */
export const DEBOUNCE_MS = 100

/**
 * Calls `onChange` once after each burst of changes to `file` (its folder's events
 * that name it, or name nothing); returns the function that stops watching.
 *
 * @example
 * const stop = watchFile('/tmp/report.json', () => console.log('saved'))
 */
export const watchFile = (file: string, onChange: () => void): (() => void) => {
  const name = basename(file)
  let timer: NodeJS.Timeout | undefined
  const changed = (): void => {
    clearTimeout(timer)
    timer = setTimeout(onChange, DEBOUNCE_MS)
  }
  const watcher = watch(dirname(file), { persistent: false }, (_event, filename) => {
    if (filename === null || filename === name) changed()
  })
  // The folder itself went away: reading the file again reports it missing.
  watcher.on('error', changed)
  return () => {
    clearTimeout(timer)
    watcher.close()
  }
}
