/**
 * The document view as a pdfmake document definition: the GB/T 9704 page, the
 * blocks in order, page numbers, metadata and, on request, PDF/A-2b.
 */
import type { Block, DocumentView } from '@report/view'
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js'
import type { FontSet } from '../fonts/font-set.js'
import { LINE_PITCH, PAGE } from './gbt9704.js'
import { PAGE_NUMBER_STYLE, drawPageNumber } from './page-number.js'
import { drawTable } from './table.js'
import { drawHeading, drawParagraph, drawSignature, drawTitle, isShortParagraph } from './text-blocks.js'

/**
 * What the document definition needs besides the view.
 */
export interface DefinitionOptions {
  readonly fonts: FontSet
  /** The creation date written into the PDF: fixed, so the same input gives the same bytes. */
  readonly created: Date
  readonly pdfa: boolean
}

/** A block drawn: its content, and for content kept on one page its height. */
interface Drawn {
  readonly content: Content
  readonly heading: boolean
  /** Content kept on one page: its height, and the same content free to break, if it has one. */
  readonly keep?: { readonly height: number; readonly loose?: Content }
}

const drawBlock = (options: DefinitionOptions, block: Block, parent: string | undefined): ReadonlyArray<Drawn> => {
  const { fonts } = options
  switch (block.kind) {
    case 'title':
      return [{ content: drawTitle(fonts, block.lines, block.place), heading: false }]
    case 'heading':
      return [{ content: drawHeading(fonts, block.level, block.text, block.place, block.level === 2 ? parent : undefined), heading: true }]
    case 'paragraph':
      return [{ content: drawParagraph(fonts, block.text, block.place, block.runIn), heading: false }]
    case 'table':
      return drawTable(fonts, block).map((part) => ({
        content: part.content,
        heading: false,
        ...(part.unbreakable ? { keep: { height: part.height, loose: part.loose } } : {})
      }))
    case 'signature': {
      const { content, height } = drawSignature(fonts, block.agency, block.date, block.places)
      return [{ content, heading: false, keep: { height } }]
    }
  }
}

/**
 * The blocks as content. A short last paragraph is kept on one page with the
 * signature, which never stands alone on a page; a heading right before content
 * kept on one page is kept with it (pdfmake reports such content on the page it
 * was first tried on, so the page-break rule cannot see it move). When both do
 * not fit on one page, the content is left free to break after its heading.
 */
const drawBlocks = (options: DefinitionOptions, blocks: ReadonlyArray<Block>): Array<Content> => {
  let section: string | undefined
  const drawn = blocks.flatMap((block) => {
    if (block.kind === 'heading' && block.level === 1) section = block.place.path
    return drawBlock(options, block, section)
  })
  const signature = drawn.length - 1
  const last = blocks[blocks.length - 2]
  if (last?.kind === 'paragraph' && isShortParagraph(options.fonts, last.text, last.place, last.runIn)) {
    const [paragraph, sign] = drawn.splice(signature - 1, 2)
    if (paragraph !== undefined && sign !== undefined) {
      const height = 3 * LINE_PITCH + (sign.keep?.height ?? 0)
      drawn.push({ content: { stack: [paragraph.content, sign.content], unbreakable: true }, heading: false, keep: { height } })
    }
  }
  for (let i = drawn.length - 2; i >= 0; i--) {
    const [here, next] = [drawn[i], drawn[i + 1]]
    if (here?.heading !== true || next?.keep === undefined) continue
    if (next.keep.height + LINE_PITCH <= PAGE.blockHeight) {
      drawn.splice(i, 2, {
        content: { stack: [here.content, next.content], unbreakable: true },
        heading: true,
        keep: { height: next.keep.height + LINE_PITCH }
      })
    } else if (next.keep.loose !== undefined) {
      drawn.splice(i + 1, 1, { content: next.keep.loose, heading: false })
    }
  }
  return drawn.map((d) => d.content)
}

/**
 * The pdfmake document of a view. A heading that would end a page moves to the
 * next one with the text it heads; headings are the bookmarks; viewers show the
 * document's title.
 */
export const docDefinition = (view: DocumentView, options: DefinitionOptions): TDocumentDefinitions => ({
  pageSize: { width: PAGE.width, height: PAGE.height },
  pageMargins: [PAGE.left, PAGE.top, PAGE.right, PAGE.bottom],
  content: drawBlocks(options, view.blocks),
  footer: (page: number) => drawPageNumber(options.fonts, page),
  pageBreakBefore: (node, queries) => node.headlineLevel !== undefined && queries.getFollowingNodesOnPage().every((n) => n.style === PAGE_NUMBER_STYLE),
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
