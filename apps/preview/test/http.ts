/**
 * Raw HTTP requests for the tests: the path is sent exactly as given (no
 * normalisation of `..` or percent-encoding, unlike fetch).
 */
import { request } from 'node:http'

export interface RawResponse {
  readonly status: number
  readonly headers: Readonly<Record<string, string | Array<string> | undefined>>
  readonly body: Buffer
}

export interface RawRequest {
  readonly method?: string
  readonly headers?: Readonly<Record<string, string>>
  readonly body?: Uint8Array
}

export const rawRequest = (base: string, path: string, init: RawRequest = {}): Promise<RawResponse> =>
  new Promise((resolve, reject) => {
    const { port } = new URL(base)
    const req = request({ host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers: init.headers }, (res) => {
      const chunks: Array<Buffer> = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      res.on('error', reject)
    })
    // The server may drop an oversized upload as soon as it has answered.
    req.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' || e.code === 'ECONNRESET' ? undefined : reject(e)))
    if (init.body !== undefined) req.end(init.body)
    else if (init.headers?.['content-length'] === undefined) req.end()
    // A declared body that never comes: send the headers alone.
    else req.flushHeaders()
  })

export const jsonOf = (response: RawResponse): unknown => JSON.parse(response.body.toString('utf8'))
