/**
 * Server-Sent Events to the open pages: each page keeps one stream open and is told
 * when the opened report changes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The open event streams.
 */
export interface EventHub {
  /** Keeps `res` open as an event stream until the page goes away. */
  readonly attach: (req: IncomingMessage, res: ServerResponse) => void
  /** Sends an event with JSON data to every page. */
  readonly send: (event: string, data: unknown) => void
  /** Ends every stream. */
  readonly close: () => void
}

/**
 * How often a comment line keeps idle streams open, in ms.
 */
export const KEEP_ALIVE_MS = 15_000

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A hub with no streams yet.
 *
 * @example
 * const hub = eventHub()
 * hub.send('change', { version: 2 })
 */
export const eventHub = (): EventHub => {
  const streams = new Set<ServerResponse>()
  const keepAlive = setInterval(() => streams.forEach((res) => res.write(': keep-alive\n\n')), KEEP_ALIVE_MS)
  keepAlive.unref()
  return {
    attach: (req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' })
      res.write('retry: 1000\n\n')
      streams.add(res)
      req.on('close', () => streams.delete(res))
    },
    send: (event, data) => {
      const message = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`
      streams.forEach((res) => res.write(message))
    },
    close: () => {
      clearInterval(keepAlive)
      streams.forEach((res) => res.end())
      streams.clear()
    }
  }
}
