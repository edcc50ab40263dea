/**
 * What the caller and the PDF worker thread send each other: the document's bytes
 * and limits, and back its pages' text items, or why it could not be read.
 */

/**
 * A text item in its page's viewport (points, origin top left, y down): text, x of
 * its start, y of its baseline, width, height, font size, and its direction
 * (0 left to right, 1 a vertical font's top to bottom, 2 rotated).
 */
export type PdfItem = readonly [str: string, x: number, y: number, width: number, height: number, size: number, direction: 0 | 1 | 2]

/** A page: its size and its text items in content order; `broken` when pdfjs could not read it. */
export interface PdfPage {
  readonly width: number
  readonly height: number
  readonly items: ReadonlyArray<PdfItem>
  readonly broken?: boolean
}

/** A document to read, at most `maxPages` pages and `maxItems` text items. */
export interface PdfRequest {
  readonly id: number
  readonly data: Uint8Array
  readonly maxPages: number
  readonly maxItems: number
  /** Hide embedded font programs that a ToUnicode map makes unnecessary (text extraction only). */
  readonly fast: boolean
}

/** The pages read, or why the document could not be: a password, or broken. */
export type PdfReply =
  | {
      readonly id: number
      readonly kind: 'pages'
      readonly numPages: number
      readonly pages: ReadonlyArray<PdfPage>
      /** Whether the file was read only with a trailer added (its end lost). */
      readonly repaired: boolean
    }
  | { readonly id: number; readonly kind: 'password' | 'broken'; readonly message: string }
