/**
 * What the preview server and its page say to each other: the routes, the state of
 * the opened report as the page receives it, and the size limit of a file.
 */
import type { ImportNote } from '@report/import'
import { MAX_INPUT_BYTES, type Problem } from '@report/model'
import type { DocumentView } from '@report/view'

// -------------------------------------------------------------------------------------
// constants
// -------------------------------------------------------------------------------------

/**
 * The largest file the preview opens or accepts by drop, in bytes. A real report is
 * under 100 KB.
 */
export const MAX_FILE_BYTES = MAX_INPUT_BYTES

/**
 * The server's routes besides the page's own assets.
 */
export const ROUTES = {
  /** GET: the {@link PreviewState} of the opened report, as JSON. */
  state: '/api/report',
  /** GET: the opened report printed as PDF. */
  pdf: '/api/report.pdf',
  /** GET: Server-Sent Events; a {@link CHANGE_EVENT} carries the new version. */
  events: '/api/events',
  /** POST: a dropped file's bytes; its name in the `X-File-Name` header, URI-encoded. */
  open: '/api/open',
  /** GET: the opened file's text for the editor, as a {@link Source}. */
  source: '/api/source',
  /** POST: the edited report's JSON text, written over the opened file; {@link TOKEN_HEADER} and {@link STAMP_HEADER} required. */
  save: '/api/save',
  /** POST `/api/export/<format>` (one of {@link EXPORT_NAMES}): the edited report's JSON text, answered with the file; {@link TOKEN_HEADER} required. */
  export: '/api/export',
  /** GET: the style sheet declaring the bundled fonts as `report-<role>` (page/index.html links it). */
  fonts: '/fonts.css'
} as const

/**
 * The formats the editor exports, by the names `report render --to` takes.
 */
export const EXPORT_NAMES = ['pdf', 'docx', 'html'] as const

/**
 * The request header that carries the session's token on every writing request;
 * the page has it from its address (`?token=…`).
 */
export const TOKEN_HEADER = 'x-preview-token'

/**
 * The query parameter of the page's address that carries the session's token.
 */
export const TOKEN_PARAM = 'token'

/**
 * The request header of a save that carries the {@link Source.stamp} the edit
 * started from: a file changed on disk since is not overwritten.
 */
export const STAMP_HEADER = 'x-base-stamp'

/**
 * The name of the page's performance measure of one edit: from the input event
 * to the problem list drawn again (read by the browser tests).
 */
export const EDIT_MEASURE = 'edit-to-problems'

/**
 * The request header that carries a dropped file's name, URI-encoded.
 */
export const FILE_NAME_HEADER = 'x-file-name'

/**
 * The response header of {@link ROUTES.pdf} that carries the version the PDF was
 * printed from.
 */
export const VERSION_HEADER = 'x-report-version'

/**
 * The event of {@link ROUTES.events} sent when the opened report changes; its data
 * is a {@link Change}.
 */
export const CHANGE_EVENT = 'change'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The opened file: its name, where it came from and how many times it changed.
 */
export interface Opened {
  /** The file's name, without its folder. */
  readonly name: string
  /** `file`: opened from disk and watched; `drop`: dropped on the page. */
  readonly origin: 'file' | 'drop'
  /** Grows by one each time the opened report changes. */
  readonly version: number
}

/**
 * What the page shows of a file: its document view, problems and (for a published
 * text imported) the importer's notes, or, when the file cannot be read as a
 * report, a Chinese message with the problems and notes found.
 */
export type Shown =
  | {
      readonly kind: 'report'
      readonly view: DocumentView
      readonly problems: ReadonlyArray<Problem>
      readonly notes: ReadonlyArray<ImportNote>
    }
  | {
      readonly kind: 'failed'
      readonly message: string
      readonly problems: ReadonlyArray<Problem>
      readonly notes: ReadonlyArray<ImportNote>
    }

/**
 * The state of the opened report: the opened file and what the page shows of it.
 */
export type PreviewState = Opened & Shown

/**
 * The data of a {@link CHANGE_EVENT}: the version the opened report now has.
 */
export interface Change {
  readonly version: number
}

/**
 * The opened file as the editor loads it: its text and the stamp (SHA-256 of its
 * bytes) a save must name; `editable` is false for a dropped file or one that is
 * not JSON, which the server will not write.
 */
export interface Source {
  readonly name: string
  /** Identifies the file on disk (a hash of its path), to key the page's drafts by. */
  readonly key: string
  readonly editable: boolean
  readonly text: string
  readonly stamp: string
}

/**
 * The answer to a save: the stamp of the bytes now on disk.
 */
export interface Saved {
  readonly stamp: string
}

/**
 * The body of an error response: a Chinese message for the page to show.
 */
export interface ErrorBody {
  readonly code: string
  readonly message: string
}

// -------------------------------------------------------------------------------------
// messages
// -------------------------------------------------------------------------------------

/**
 * The Chinese message for a file over {@link MAX_FILE_BYTES}; its size is rounded
 * up, so it never reads as the limit itself.
 *
 * @example
 * tooLargeMessage('a.json', 11 * 1048576) // 'a.json：文件过大（11.0 MB），上限为 10 MB'
 */
export const tooLargeMessage = (name: string, bytes: number): string =>
  `${name}：文件过大（${(Math.ceil(bytes / 104857.6) / 10).toFixed(1)} MB），上限为 ${MAX_FILE_BYTES / 1048576} MB`
