/**
 * Temporary folders for a test file, each removed after the test that made it.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'

/** A maker of fresh folders named `prefix…`, all removed after each test. */
export const tempDirs = (prefix: string): (() => string) => {
  const made: Array<string> = []
  afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix))
    made.push(dir)
    return dir
  }
}
