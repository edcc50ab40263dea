/**
 * The document view as a pdfmake document definition: the GB/T 9704 page, the
 * blocks in order, page numbers, metadata and, on request, PDF/A-2b.
 */
import type { Block, DocumentView } from '@report/view'
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js'
import type { FontSet } from '../fonts/font-set.js'
import { LINE_PITCH, PAGE } from './gbt9704.js'
import { paginate, type FlowItem } from './pages.js'
import { drawPageNumber } from './page-number.js'
import { drawTable } from './table.js'
import { drawHeading, drawSignature, drawTitle, setParagraph } from './text-blocks.js'

/**
 * What the document definition needs besides the view.
 */
export interface DefinitionOptions {
  readonly fonts: FontSet
  /** The creation date written into the PDF: fixed, so the same input gives the same bytes. */
  readonly created: Date
  readonly pdfa: boolean
}

const drawBlock = (options: DefinitionOptions, block: Block, parent: string | undefined): FlowItem => {
  const { fonts } = options
  switch (block.kind) {
    case 'title':
      return { kind: 'block', ...drawTitle(fonts, block.lines, block.place), keepWithNext: false }
    case 'heading':
      return { kind: 'block', ...drawHeading(fonts, block.level, block.text, block.place, block.level === 2 ? parent : undefined), keepWithNext: true }
    case 'paragraph':
      return { kind: 'lines', ...setParagraph(fonts, block.text, block.place, block.runIn) }
    case 'table':
      return { kind: 'table', table: drawTable(fonts, block) }
    case 'signature':
      return { kind: 'block', ...drawSignature(fonts, block.agency, block.date, block.places), keepWithNext: false }
  }
}

/** A last paragraph this short goes to the next page with the signature rather than leave it alone there. */
const SHORT_PARAGRAPH = 3

/**
 * The blocks as items to paginate: headings kept with what follows them (a
 * section without one prints none), and a short last paragraph kept whole with
 * the signature.
 */
const flowItems = (options: DefinitionOptions, blocks: ReadonlyArray<Block>): Array<FlowItem> => {
  let section: string | undefined
  const items = blocks.flatMap((block) => {
    if (block.kind === 'heading' && block.level === 1) section = block.place.path
    return block.kind === 'heading' && block.text.trim() === '' ? [] : [drawBlock(options, block, section)]
  })
  const last = items.at(-2)
  if (items.at(-1)?.kind === 'block' && last?.kind === 'lines' && last.count <= SHORT_PARAGRAPH) {
    items.splice(-2, 1, { kind: 'block', height: last.count * LINE_PITCH, content: last.draw(0, last.count), keepWithNext: true })
  }
  return items
}

/**
 * The pdfmake document of a view, its pages broken by `paginate`; headings are
 * the bookmarks; viewers show the document's title.
 */
export const docDefinition = (view: DocumentView, options: DefinitionOptions): TDocumentDefinitions => ({
  pageSize: { width: PAGE.width, height: PAGE.height },
  pageMargins: [PAGE.left, PAGE.top, PAGE.right, PAGE.bottom],
  content: paginate(flowItems(options, view.blocks)),
  footer: (page: number) => drawPageNumber(options.fonts, page),
  defaultStyle: { font: options.fonts.fangsong.family },
  info: {
    title: view.meta.title,
    author: view.meta.author,
    subject: view.meta.subject,
    keywords: view.meta.keywords,
    creator: '@report/pdf',
    producer: '@report/pdf (pdfmake)',
    creationDate: options.created
  },
  language: view.meta.language,
  // Viewers show the title, not the file name (ViewerPreferences /DisplayDocTitle).
  displayTitle: true,
  compress: true,
  ...(options.pdfa ? { version: '1.7' as const, subset: 'PDF/A-2b' as const } : {})
})
