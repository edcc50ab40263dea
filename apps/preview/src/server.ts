/**
 * The preview server: Node http on 127.0.0.1 only, answering the page's assets, the
 * opened report's state, source and PDF, the change events, dropped files, and the
 * editor's saves and exports, and refusing everything else. Every writing request
 * (POST) must carry the session's token and come from the page's own origin.
 */
import { hasErrors, validateText } from '@report/model'
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { loadAssets, type Asset, type Assets } from './assets.js'
import { eventHub, type EventHub } from './events.js'
import { exportFormat, type ExportFormat } from './export-formats.js'
import {
  CHANGE_EVENT,
  FILE_NAME_HEADER,
  MAX_FILE_BYTES,
  ROUTES,
  STAMP_HEADER,
  TOKEN_HEADER,
  TOKEN_PARAM,
  tooLargeMessage,
  VERSION_HEADER,
  type Change,
  type ErrorBody,
  type Saved,
  type Source
} from './protocol.js'
import { requestTarget } from './request-target.js'
import { saveReport, stampOf } from './save-file.js'
import { sessionToken, tokenMatches } from './session-token.js'
import { openSession, type Session } from './session.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * How to start a preview.
 */
export interface PreviewOptions {
  /** The report file to open and watch. */
  readonly file: string
  /** The port on 127.0.0.1; 0 (the default) takes a free one. */
  readonly port?: number
}

/**
 * A running preview.
 */
export interface Preview {
  /** The page's address with the session's token: `http://127.0.0.1:<port>/?token=…` */
  readonly url: string
  /** The token every writing request must carry in its `x-preview-token` header. */
  readonly token: string
  readonly session: Session
  /** Stops the server, its streams and the file watcher. */
  readonly close: () => Promise<void>
}

// -------------------------------------------------------------------------------------
// responses
// -------------------------------------------------------------------------------------

const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; " +
    "worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin'
}

const sendJson = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
  res.end(JSON.stringify(body))
}

const sendError = (res: ServerResponse, status: number, code: string, message: string): void =>
  sendJson(res, status, { code, message } satisfies ErrorBody)

const sendAsset = (res: ServerResponse, asset: Asset): void => {
  if (asset.kind === 'text') {
    res.writeHead(200, { 'Content-Type': asset.type, 'Cache-Control': 'no-cache' })
    res.end(asset.text)
    return
  }
  res.writeHead(200, { 'Content-Type': asset.type, 'Cache-Control': asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache' })
  createReadStream(asset.file)
    .on('error', () => res.destroy())
    .pipe(res)
}

// -------------------------------------------------------------------------------------
// requests
// -------------------------------------------------------------------------------------

/** Only requests addressed to this server by its loopback name: no DNS rebinding. */
const isOwnHost = (host: string | undefined, port: number): boolean => host === `127.0.0.1:${port}` || host === `localhost:${port}`

/** A POST from another site's page is refused; browsers always send Origin with POST. */
const isOwnOrigin = (origin: string | undefined, port: number): boolean =>
  origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`

/** The body, or undefined once it grows past {@link MAX_FILE_BYTES}. */
const readBody = (req: IncomingMessage): Promise<Uint8Array | undefined> =>
  new Promise((resolve, reject) => {
    const chunks: Array<Buffer> = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_FILE_BYTES) {
        req.removeAllListeners('data')
        resolve(undefined)
      } else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })

/** The dropped file's name from its header, without any folder. */
const droppedName = (header: string | Array<string> | undefined): string => {
  let name = ''
  try {
    name = decodeURIComponent(typeof header === 'string' ? header : '')
  } catch {
    name = ''
  }
  const base = name.split(/[\\/]/).pop()?.trim().slice(0, 200) ?? ''
  return base === '' ? '拖入的文件' : base
}

/** Answers 413 and drops the connection rather than read the rest of the upload. */
const refuseTooLarge = (req: IncomingMessage, res: ServerResponse, name: string, size: number): void => {
  res.setHeader('Connection', 'close')
  res.on('finish', () => req.destroy())
  sendError(res, 413, 'FILE_TOO_LARGE', tooLargeMessage(name, size))
}

/** The body of a writing request, or undefined once a 413 has been answered. */
const boundedBody = async (req: IncomingMessage, res: ServerResponse, name: string): Promise<Uint8Array | undefined> => {
  const declared = Number(req.headers['content-length'] ?? 0)
  const body = declared > MAX_FILE_BYTES ? undefined : await readBody(req)
  if (body === undefined) refuseTooLarge(req, res, name, Math.max(declared, MAX_FILE_BYTES + 1))
  return body
}

const openDropped = async (req: IncomingMessage, res: ServerResponse, session: Session): Promise<void> => {
  const name = droppedName(req.headers[FILE_NAME_HEADER])
  const body = await boundedBody(req, res, name)
  if (body !== undefined) sendJson(res, 200, await session.openDropped(name, body))
}

// -------------------------------------------------------------------------------------
// editing
// -------------------------------------------------------------------------------------

/** The opened file is written only while it is the one shown: not after a drop, and only JSON. */
const isEditable = (file: string, session: Session): boolean => session.state().origin === 'file' && /\.json$/i.test(file)

const sendSource = async (res: ServerResponse, file: string, session: Session): Promise<void> => {
  const key = createHash('sha256').update(resolve(file)).digest('hex').slice(0, 16)
  const name = basename(file)
  let bytes: Uint8Array = new Uint8Array()
  try {
    bytes = isEditable(file, session) ? await readFile(file) : bytes
  } catch (e) {
    return sendError(res, 404, 'FILE_UNREADABLE', `${name}：无法读取（${(e as NodeJS.ErrnoException).code ?? String(e)}）`)
  }
  if (bytes.length > MAX_FILE_BYTES) return sendError(res, 413, 'FILE_TOO_LARGE', tooLargeMessage(name, bytes.length))
  const editable = isEditable(file, session)
  sendJson(res, 200, {
    name,
    key,
    editable,
    text: Buffer.from(bytes)
      .toString('utf8')
      .replace(/^\uFEFF/, ''),
    stamp: stampOf(bytes)
  } satisfies Source)
}

const save = async (req: IncomingMessage, res: ServerResponse, file: string, session: Session): Promise<void> => {
  const name = basename(file)
  const body = await boundedBody(req, res, name)
  if (body === undefined) return
  if (!isEditable(file, session)) return sendError(res, 409, 'NOT_EDITABLE', '只能保存启动预览时打开的 JSON 报告文件；拖入的文件不会被写入')
  const base = req.headers[STAMP_HEADER]
  const outcome = await saveReport(file, body, typeof base === 'string' ? base : '')
  if (outcome.kind === 'refused') return sendError(res, outcome.status, outcome.code, outcome.message)
  sendJson(res, 200, { stamp: outcome.stamp } satisfies Saved)
}

/** Exports the posted report as `report render` would: a report with errors is refused, as without --allow-errors. */
const exportAs = async (req: IncomingMessage, res: ServerResponse, file: string, format: ExportFormat): Promise<void> => {
  const body = await boundedBody(req, res, basename(file))
  if (body === undefined) return
  const { report, problems } = validateText(Buffer.from(body).toString('utf8'))
  if (report === undefined) return sendError(res, 400, 'REPORT_INVALID', '导出的内容不是有效的报告')
  if (hasErrors(problems)) return sendError(res, 409, 'REPORT_HAS_ERRORS', '报告有错误，未导出：请先改正问题列表中的错误')
  let bytes: Uint8Array
  try {
    bytes = await format.render(report)
  } catch (e) {
    return sendError(res, 500, 'EXPORT_FAILED', `导出 ${format.name.toUpperCase()} 时出错：${e instanceof Error ? e.message : String(e)}`)
  }
  const name = `${basename(file).replace(/\.json$/i, '')}${format.extension}`
  res.writeHead(200, {
    'Content-Type': format.type,
    'Cache-Control': 'no-store',
    'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`
  })
  res.end(bytes)
}

const sendPdf = async (res: ServerResponse, session: Session): Promise<void> => {
  const version = session.state().version
  try {
    const pdf = await session.pdf()
    if (pdf === undefined) {
      sendError(res, 404, 'NO_REPORT', '此文件无法读取为报告，没有可显示的 PDF 页面')
      return
    }
    res.writeHead(200, { 'Content-Type': 'application/pdf', 'Cache-Control': 'no-store', [VERSION_HEADER]: String(version) })
    res.end(pdf)
  } catch (e) {
    sendError(res, 500, 'PDF_FAILED', `生成 PDF 时出错：${e instanceof Error ? e.message : String(e)}`)
  }
}

/** What the server handles for one opened file. */
interface Served {
  readonly file: string
  readonly port: number
  readonly token: string
  readonly assets: Assets
  readonly session: Session
  readonly hub: EventHub
}

/** The format of an export path, `/api/export/<name>`. */
const exportOf = (path: string): ExportFormat | undefined =>
  path.startsWith(`${ROUTES.export}/`) ? exportFormat(path.slice(ROUTES.export.length + 1)) : undefined

const isPost = (path: string): boolean => path === ROUTES.open || path === ROUTES.save || exportOf(path) !== undefined

/** A writing request: the page's own origin and the session's token, or a refusal. */
const post = (req: IncomingMessage, res: ServerResponse, path: string, served: Served): Promise<void> | void => {
  const { port, token, session, file } = served
  if (!isOwnOrigin(req.headers.origin, port)) return sendError(res, 403, 'ORIGIN_REFUSED', '只接受本预览页面发出的请求')
  if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
    return sendError(res, 403, 'TOKEN_REFUSED', '缺少或错误的会话令牌：请用预览启动时显示的地址（含 ?token=）打开页面')
  }
  if (path === ROUTES.open) return openDropped(req, res, session)
  if (path === ROUTES.save) return save(req, res, file, session)
  const format = exportOf(path)
  return format === undefined ? sendError(res, 404, 'NOT_FOUND', `没有这个地址：${path}`) : exportAs(req, res, file, format)
}

const handle = async (req: IncomingMessage, res: ServerResponse, served: Served): Promise<void> => {
  const { port, assets, session, hub } = served
  Object.entries(SECURITY_HEADERS).forEach(([name, value]) => res.setHeader(name, value))
  if (!isOwnHost(req.headers.host, port)) return sendError(res, 403, 'HOST_REFUSED', '只接受发往本机预览地址的请求')
  const target = requestTarget(req.url ?? '')
  if (target.kind === 'refused') return sendError(res, 403, 'PATH_REFUSED', target.reason)
  const { path } = target
  if (req.method === 'POST' && isPost(path)) return post(req, res, path, served)
  if (req.method !== 'GET') return sendError(res, 405, 'METHOD_NOT_ALLOWED', `不支持 ${req.method ?? ''} 请求`)
  if (path === ROUTES.state) return sendJson(res, 200, session.state())
  if (path === ROUTES.source) return sendSource(res, served.file, session)
  if (path === ROUTES.pdf) return sendPdf(res, session)
  if (path === ROUTES.events) return hub.attach(req, res)
  const asset = assets.get(path)
  if (asset === undefined) return sendError(res, 404, 'NOT_FOUND', `没有这个地址：${path}`)
  return sendAsset(res, asset)
}

// -------------------------------------------------------------------------------------
// starting
// -------------------------------------------------------------------------------------

/**
 * Opens `file`, starts the server on 127.0.0.1 and resolves once it listens.
 *
 * @example
 * const preview = await startPreview({ file: 'fixtures/renshi-town-2020/report.json' })
 * console.log(preview.url) // http://127.0.0.1:41234/?token=…
 * await preview.close()
 */
export const startPreview = async (options: PreviewOptions): Promise<Preview> => {
  const assets = await loadAssets()
  const session = await openSession(options.file)
  const hub = eventHub()
  session.subscribe((state) => hub.send(CHANGE_EVENT, { version: state.version } satisfies Change))
  const token = sessionToken()
  let served: Served = { file: options.file, port: 0, token, assets, session, hub }
  const server = createServer((req, res) => {
    handle(req, res, served).catch((e: unknown) => {
      if (res.headersSent) res.destroy()
      else sendError(res, 500, 'SERVER_ERROR', `预览服务出错：${e instanceof Error ? e.message : String(e)}`)
    })
  })
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
    })
  } catch (e) {
    hub.close()
    session.close()
    const code = (e as NodeJS.ErrnoException).code
    throw new Error(code === 'EADDRINUSE' ? `端口 ${options.port ?? 0} 已被占用，请换一个端口` : `无法在 127.0.0.1 上启动预览服务（${code ?? String(e)}）`)
  }
  const port = (server.address() as AddressInfo).port
  served = { ...served, port }
  return {
    url: `http://127.0.0.1:${port}/?${TOKEN_PARAM}=${token}`,
    token,
    session,
    close: () =>
      new Promise((resolve) => {
        hub.close()
        session.close()
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}
