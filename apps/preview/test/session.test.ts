import { copyFileSync, mkdtempSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { openSession } from '../src/session.js'
import { DEBOUNCE_MS } from '../src/watch-file.js'
import { SAMPLE, T3_1 } from './paths.js'

/** A copy of the sample in a fresh folder, to change on disk. */
const workingCopy = (): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'preview-session-')), 'report.json')
  copyFileSync(SAMPLE, file)
  return file
}

/** Long enough for a burst of events to be read. */
const settled = (): Promise<void> => delay(DEBOUNCE_MS * 4)

describe('openSession', () => {
  it('gives the page the view and problems, not the report', async () => {
    const session = await openSession(workingCopy())
    try {
      expect(Object.keys(session.state()).sort()).toEqual(['kind', 'name', 'notes', 'origin', 'problems', 'version', 'view'])
      expect(session.state()).toMatchObject({ name: 'report.json', origin: 'file', version: 1, kind: 'report' })
    } finally {
      session.close()
    }
  })

  it('makes a new version only when what is read changes: the same bytes saved, or the file still missing, make none', async () => {
    const file = workingCopy()
    const session = await openSession(file)
    try {
      writeFileSync(file, readFileSync(file))
      await settled()
      unlinkSync(file)
      await expect.poll(() => session.state()).toMatchObject({ version: 2, kind: 'failed', message: 'report.json：找不到此文件' })
      writeFileSync(file, '')
      unlinkSync(file)
      await settled()
      copyFileSync(T3_1, file)
      await expect.poll(() => session.state().kind).toBe('report')
      expect(session.state().version).toBe(3)
    } finally {
      session.close()
    }
  })

  it('prints the PDF once per version', async () => {
    const session = await openSession(workingCopy())
    try {
      const first = await session.pdf()
      expect(
        Buffer.from(first ?? [])
          .subarray(0, 5)
          .toString('latin1')
      ).toBe('%PDF-')
      expect(await session.pdf()).toBe(first)
      await session.openDropped('broken.json', readFileSync(T3_1))
      expect(session.state()).toMatchObject({ name: 'broken.json', origin: 'drop', version: 2 })
      expect(await session.pdf()).not.toBe(first)
    } finally {
      session.close()
    }
  })
})
