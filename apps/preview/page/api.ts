/**
 * The page's requests to the preview server, each failure as a Chinese message.
 */
import { FILE_NAME_HEADER, ROUTES, VERSION_HEADER, type ErrorBody, type PreviewState } from '../src/protocol.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A request that failed, with its Chinese message.
 */
export class RequestFailed extends Error {
  override readonly name = 'RequestFailed'
}

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
  throw new RequestFailed(body?.message ?? `预览服务返回了错误（HTTP ${response.status}）`)
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
    headers: { 'Content-Type': 'application/octet-stream', [FILE_NAME_HEADER]: encodeURIComponent(file.name) },
    body: file
  })
  return (await response.json()) as PreviewState
}
