/**
 * The opened report: read from its file and read again on every save, or replaced
 * by a dropped file; its state for the page, its PDF printed once per version, and
 * the listeners told of each change.
 */
import type { Report } from '@report/model'
import { renderPdf } from '@report/pdf'
import { basename } from 'node:path'
import { failed, loadReport, type Loaded } from './load-report.js'
import type { Opened, PreviewState } from './protocol.js'
import { readOpenedFile, type FileRead } from './read-file.js'
import { watchFile } from './watch-file.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The opened report and what can be done with it.
 */
export interface Session {
  /** The state of the opened report, for the page. */
  readonly state: () => PreviewState
  /** The opened report printed as PDF (whatever its problems), or undefined when the file is not a report. */
  readonly pdf: () => Promise<Uint8Array | undefined>
  /** Opens a dropped file in place of the opened one; the file on disk is no longer watched. */
  readonly openDropped: (name: string, bytes: Uint8Array) => PreviewState
  /** Calls `listener` after each change; returns the function that stops. */
  readonly subscribe: (listener: (state: PreviewState) => void) => () => void
  /** Stops watching. */
  readonly close: () => void
}

interface Current {
  readonly state: PreviewState
  readonly report: Report | undefined
  /** What was read, to tell a save that changed nothing. */
  readonly read: FileRead
  pdf?: Promise<Uint8Array | undefined>
}

/** The state for the page: the loaded file without its report, which only the PDF needs. */
const stateOf = (opened: Opened, loaded: Loaded): PreviewState => {
  if (loaded.kind === 'failed') return { ...opened, ...loaded }
  const { report: _report, ...shown } = loaded
  return { ...opened, ...shown }
}

/** The same bytes, or the same failure to read them. */
const sameRead = (a: FileRead, b: FileRead): boolean =>
  a.kind === 'bytes'
    ? b.kind === 'bytes' && Buffer.from(a.bytes.buffer, a.bytes.byteOffset, a.bytes.byteLength).equals(b.bytes)
    : b.kind === 'unreadable' && a.message === b.message

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * Opens `file` and watches it: each save that changes what is read (its bytes, or
 * why it cannot be read) makes a new version.
 *
 * @example
 * const session = await openSession('fixtures/renshi-town-2020/report.json')
 * session.state().kind // 'report'
 */
export const openSession = async (file: string): Promise<Session> => {
  const name = basename(file)
  const listeners = new Set<(state: PreviewState) => void>()
  let version = 1

  const next = (origin: Opened['origin'], shownName: string, read: FileRead): Current => {
    const loaded = read.kind === 'bytes' ? loadReport(shownName, read.bytes) : failed(read.message)
    return { state: stateOf({ name: shownName, origin, version }, loaded), report: loaded.kind === 'report' ? loaded.report : undefined, read }
  }
  const settle = (changed: Current): PreviewState => {
    current = changed
    listeners.forEach((listener) => listener(changed.state))
    return changed.state
  }

  let current = next('file', name, await readOpenedFile(file))
  let watching = true
  let reading = Promise.resolve()
  const reread = async (): Promise<void> => {
    const read = await readOpenedFile(file)
    if (!watching || sameRead(read, current.read)) return
    version += 1
    settle(next('file', name, read))
  }
  const stop = watchFile(file, () => {
    reading = reading.then(reread)
  })

  return {
    state: () => current.state,
    pdf: () => {
      const report = current.report
      current.pdf ??= report === undefined ? Promise.resolve(undefined) : renderPdf(report)
      return current.pdf
    },
    openDropped: (dropped, bytes) => {
      watching = false
      stop()
      version += 1
      return settle(next('drop', dropped, { kind: 'bytes', bytes }))
    },
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close: () => {
      watching = false
      stop()
    }
  }
}
