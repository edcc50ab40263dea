/**
 * The opened report: read from its file and read again on every save, or replaced
 * by a dropped file; its state for the page, its PDF printed once per version, and
 * the listeners told of each change. Loading and printing run on worker threads
 * ({@link offThread}), so a slow file never stalls the server.
 */
import type { Report } from '@report/model'
import { basename } from 'node:path'
import { failed, type Loaded } from './load-report.js'
import { offThread } from './off-thread.js'
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
  readonly openDropped: (name: string, bytes: Uint8Array) => Promise<PreviewState>
  /** Calls `listener` after each change; returns the function that stops. */
  readonly subscribe: (listener: (state: PreviewState) => void) => () => void
  /** Stops watching, and the workers. */
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
  const work = offThread()
  let version = 1

  /** What the loading worker made of a read; its failing is a message on the page, never a blank one. */
  const load = async (shownName: string, read: FileRead): Promise<Loaded> => {
    if (read.kind === 'unreadable') return failed(read.message)
    try {
      return await work.load(shownName, read.bytes)
    } catch (e) {
      return failed(`${shownName} 读取时出错：${e instanceof Error ? e.message : String(e)}`)
    }
  }
  const next = async (origin: Opened['origin'], shownName: string, read: FileRead): Promise<Current> => {
    const shown = { name: shownName, origin, version }
    const loaded = await load(shownName, read)
    return { state: stateOf(shown, loaded), report: loaded.kind === 'report' ? loaded.report : undefined, read }
  }
  const settle = (changed: Current): PreviewState => {
    current = changed
    listeners.forEach((listener) => listener(changed.state))
    return changed.state
  }

  let current = await next('file', name, await readOpenedFile(file))
  let watching = true
  let reading = Promise.resolve()
  const reread = async (): Promise<void> => {
    const read = await readOpenedFile(file)
    if (!watching || sameRead(read, current.read)) return
    version += 1
    const changed = await next('file', name, read)
    if (watching) settle(changed)
  }
  const stop = watchFile(file, () => {
    reading = reading.then(reread)
  })

  return {
    state: () => current.state,
    pdf: () => {
      const report = current.report
      current.pdf ??= report === undefined ? Promise.resolve(undefined) : work.pdf(report)
      return current.pdf
    },
    openDropped: async (dropped, bytes) => {
      watching = false
      stop()
      version += 1
      return settle(await next('drop', dropped, { kind: 'bytes', bytes }))
    },
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close: () => {
      watching = false
      stop()
      work.close()
    }
  }
}
