/**
 * The renderer-neutral view of a report as a document: the blocks a reader sees,
 * in order, with the statutory tables as grids of merged cells. The PDF and the
 * HTML viewer both draw this and nothing else.
 */

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
  /** JSON Pointer of the value, for data cells. */
  readonly path?: string
}

/**
 * A statutory table: its header rows (repeated on each page) and body rows.
 */
export interface TableBlock {
  readonly kind: 'table'
  readonly table: 'active' | 'applications' | 'review'
  /** JSON Pointer of the table. */
  readonly path: string
  /** Relative widths of the grid's columns. */
  readonly widths: ReadonlyArray<number>
  readonly header: ReadonlyArray<ReadonlyArray<ViewCell>>
  readonly body: ReadonlyArray<ReadonlyArray<ViewCell>>
}

/**
 * A block of the document.
 */
export type Block =
  | { readonly kind: 'title'; readonly lines: ReadonlyArray<string>; readonly path: string }
  | { readonly kind: 'heading'; readonly level: 1 | 2; readonly text: string; readonly path: string }
  | {
      readonly kind: 'paragraph'
      /** A subsection heading printed at the start of the paragraph's first line. */
      readonly runIn?: string
      readonly text: string
      readonly path: string
    }
  | TableBlock
  | {
      readonly kind: 'signature'
      readonly agency: string
      readonly date: string | undefined
      /** JSON Pointers of the agency and of the publication date. */
      readonly paths: { readonly agency: string; readonly date: string }
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
export const viewCell = (role: CellRole, text: string, span: { colSpan?: number; rowSpan?: number; path?: string } = {}): ViewCell => ({
  text,
  role,
  colSpan: span.colSpan ?? 1,
  rowSpan: span.rowSpan ?? 1,
  ...(span.path === undefined ? {} : { path: span.path })
})
