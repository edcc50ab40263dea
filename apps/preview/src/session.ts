/**
 * The opened report: read from its file and read again on every save, or replaced
 * by a dropped file; its state for the page, its PDF printed once per version, and
 * the listeners told of each change.
 *
 * @since 0.1.0
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
 *
 * @category model
 * @since 0.1.0
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
  readonly bytes: Uint8Array | undefined
  pdf?: Promise<Uint8Array | undefined>
}

const stateOf = (opened: Opened, loaded: Loaded): PreviewState =>
  loaded.kind === 'report'
    ? { ...opened, kind: 'report', view: loaded.view, problems: loaded.problems, notes: loaded.notes }
    : { ...opened, kind: 'failed', message: loaded.message, problems: loaded.problems, notes: loaded.notes }

const sameBytes = (a: Uint8Array | undefined, b: Uint8Array | undefined): boolean =>
  a !== undefined && b !== undefined && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b)

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * Opens `file` and watches it: each save that changes its bytes makes a new version.
 *
 * @example
 * const session = await openSession('fixtures/renshi-town-2020/report.json')
 * session.state().kind // 'report'
 * @category constructors
 * @since 0.1.0
 */
export const openSession = async (file: string): Promise<Session> => {
  const name = basename(file)
  const listeners = new Set<(state: PreviewState) => void>()
  let version = 1

  const next = (origin: Opened['origin'], shownName: string, bytes: Uint8Array | undefined, loaded: Loaded): Current => ({
    state: stateOf({ name: shownName, origin, version }, loaded),
    report: loaded.kind === 'report' ? loaded.report : undefined,
    bytes
  })
  const fromDisk = (read: FileRead): Current =>
    read.kind === 'bytes' ? next('file', name, read.bytes, loadReport(name, read.bytes)) : next('file', name, undefined, failed(read.message))
  const settle = (changed: Current): PreviewState => {
    current = changed
    listeners.forEach((listener) => listener(changed.state))
    return changed.state
  }

  let current = fromDisk(await readOpenedFile(file))
  let watching = true
  let reading = Promise.resolve()
  const reread = async (): Promise<void> => {
    const read = await readOpenedFile(file)
    if (!watching || (read.kind === 'bytes' && sameBytes(read.bytes, current.bytes))) return
    version += 1
    settle(fromDisk(read))
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
      return settle(next('drop', dropped, bytes, loadReport(dropped, bytes)))
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
