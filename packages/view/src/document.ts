/**
 * The renderer-neutral view of a report as a document: the blocks a reader sees,
 * in order, with the statutory tables as grids of merged cells. The PDF and the
 * HTML viewer both draw this and nothing else. Every block carries its place in
 * the report (JSON Pointer and Chinese name), for messages and links.
 */
import type { Place, TableRole } from '@report/model'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What a table cell is: a header, a row label (or a group label spanning rows), or
 * a data cell with the JSON Pointer of its value.
 */
export type CellRole = 'header' | 'label' | 'data'

/**
 * One cell of a table grid. Cells covered by another's span are left out of their
 * row, as in HTML.
 */
export interface ViewCell {
  readonly text: string
  readonly role: CellRole
  readonly colSpan: number
  readonly rowSpan: number
  /** The place of the value, for data cells. */
  readonly place?: Place
}

/**
 * A statutory table: its header rows (repeated on each page) and body rows.
 */
export interface TableBlock {
  readonly kind: 'table'
  readonly table: TableRole
  readonly place: Place
  /** The place named for the header rows and row labels, which hold no data. */
  readonly headerPlace: Place
  /** Relative widths of the grid's columns. */
  readonly widths: ReadonlyArray<number>
  readonly header: ReadonlyArray<ReadonlyArray<ViewCell>>
  readonly body: ReadonlyArray<ReadonlyArray<ViewCell>>
}

/**
 * A block of the document.
 */
export type Block =
  | { readonly kind: 'title'; readonly lines: ReadonlyArray<string>; readonly place: Place }
  | { readonly kind: 'heading'; readonly level: 1 | 2; readonly text: string; readonly place: Place }
  | {
      readonly kind: 'paragraph'
      /** A subsection heading printed at the start of the paragraph's first line. */
      readonly runIn?: string
      readonly text: string
      readonly place: Place
    }
  | TableBlock
  | {
      readonly kind: 'signature'
      readonly agency: string
      readonly date: string | undefined
      /** JSON Pointers of the agency and of the publication date. */
      readonly places: { readonly agency: Place; readonly date: Place }
    }

/**
 * The document's metadata, as the PDF's info dictionary holds it.
 */
export interface DocumentMeta {
  readonly title: string
  readonly author: string
  readonly subject: string
  readonly keywords: string
  readonly language: 'zh-CN'
}

/**
 * A report as a document.
 */
export interface DocumentView {
  readonly meta: DocumentMeta
  readonly blocks: ReadonlyArray<Block>
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A cell spanning `colSpan` columns and `rowSpan` rows.
 */
export const viewCell = (role: CellRole, text: string, span: { colSpan?: number; rowSpan?: number; place?: Place } = {}): ViewCell => ({
  text,
  role,
  colSpan: span.colSpan ?? 1,
  rowSpan: span.rowSpan ?? 1,
  ...(span.place === undefined ? {} : { place: span.place })
})
