/**
 * The page's requests to the preview server, each failure as a Chinese message.
 */
import {
  FILE_NAME_HEADER,
  type EXPORT_NAMES,
  ROUTES,
  STAMP_HEADER,
  TOKEN_HEADER,
  TOKEN_PARAM,
  VERSION_HEADER,
  type ErrorBody,
  type PreviewState,
  type Saved,
  type Source
} from '../src/protocol.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A request that failed, with its Chinese message.
 */
export class RequestFailed extends Error {
  override readonly name = 'RequestFailed'
  constructor(
    message: string,
    /** The server's code for the failure, e.g. `FILE_CHANGED`. */
    readonly code = ''
  ) {
    super(message)
  }
}

/** The session's token, from the page's address (kept for a reload without it). */
const token = ((): string => {
  const given = new URLSearchParams(location.search).get(TOKEN_PARAM)
  if (given !== null) sessionStorage.setItem(TOKEN_PARAM, given)
  return given ?? sessionStorage.getItem(TOKEN_PARAM) ?? ''
})()

/**
 * A printed report and the version it was printed from.
 */
export interface PrintedPdf {
  readonly version: number
  readonly bytes: Uint8Array
}

// -------------------------------------------------------------------------------------
// requests
// -------------------------------------------------------------------------------------

const send = async (url: string, init?: RequestInit): Promise<Response> => {
  let response: Response
  try {
    response = await fetch(url, { cache: 'no-store', ...init })
  } catch {
    throw new RequestFailed('无法连接预览服务：它可能已经结束，请重新运行 npm run preview')
  }
  if (response.ok) return response
  const body = (await response.json().catch(() => undefined)) as ErrorBody | undefined
  throw new RequestFailed(body?.message ?? `预览服务返回了错误（HTTP ${response.status}）`, body?.code)
}

/**
 * The state of the opened report.
 */
export const fetchState = async (): Promise<PreviewState> => (await (await send(ROUTES.state)).json()) as PreviewState

/**
 * The opened report printed as PDF.
 */
export const fetchPdf = async (): Promise<PrintedPdf> => {
  const response = await send(ROUTES.pdf)
  return { version: Number(response.headers.get(VERSION_HEADER)), bytes: new Uint8Array(await response.arrayBuffer()) }
}

/**
 * Sends a dropped file to be opened in place of the current one.
 */
export const uploadFile = async (file: File): Promise<PreviewState> => {
  const response = await send(ROUTES.open, {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream', [FILE_NAME_HEADER]: encodeURIComponent(file.name), [TOKEN_HEADER]: token },
    body: file
  })
  return (await response.json()) as PreviewState
}

/**
 * The opened file's text and stamp, for the editor.
 */
export const fetchSource = async (): Promise<Source> => (await (await send(ROUTES.source)).json()) as Source

/**
 * Writes the edited report's text over the opened file, if it still has the stamp `base`.
 */
export const saveSource = async (text: string, base: string): Promise<Saved> => {
  const response = await send(ROUTES.save, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json; charset=utf-8', [TOKEN_HEADER]: token, [STAMP_HEADER]: base },
    body: text
  })
  return (await response.json()) as Saved
}

/**
 * The edited report exported by the server in a format (`pdf`, `docx`, `html`).
 */
export const exportReport = async (format: (typeof EXPORT_NAMES)[number], text: string): Promise<Blob> =>
  (
    await send(`${ROUTES.export}/${format}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8', [TOKEN_HEADER]: token },
      body: text
    })
  ).blob()
