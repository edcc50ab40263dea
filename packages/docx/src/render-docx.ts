/**
 * The document view as a DOCX for WPS and Word (GB/T 9704-2012): A4, margins
 * 37/28/26/35 mm, the grid of 22 lines × 28 characters, the official fonts named
 * (not embedded), the blocks in order and the page numbers in the footers.
 */
import type { Block, DocumentView } from '@report/view'
import { Document, DocumentGridType, type Paragraph, type Table } from 'docx'
import { packDocument } from './pack.js'
import { LINE_PITCH, PAGE } from './page.js'
import { FOOTER_DISTANCE, pageNumberFooters } from './page-number.js'
import { offGrid } from './grid-exempt.js'
import { REPORT_STYLES, STYLE } from './styles.js'
import { tableOf } from './table.js'
import { bodyParagraph, headingParagraph, signatureParagraphs, titleParagraphs } from './text-blocks.js'

const blockContent = (block: Block): ReadonlyArray<Paragraph | Table> => {
  switch (block.kind) {
    case 'title':
      return titleParagraphs(block.lines)
    case 'heading':
      // an untitled opening section (洪泽's preface) has no heading: no empty line, no empty outline entry
      return block.text === '' ? [] : [headingParagraph(block.level, block.text)]
    case 'paragraph':
      return [bodyParagraph(block.text, block.runIn)]
    case 'table':
      return [tableOf(block)]
    case 'signature':
      return signatureParagraphs(block.agency, block.date)
  }
}

/**
 * The DOCX of a document view: the same view gives the same bytes.
 *
 * @example
 * await renderDocx(buildView(report)) // Uint8Array, a zip starting 'PK'
 */
export const renderDocx = (view: DocumentView): Promise<Uint8Array> =>
  packDocument(
    new Document({
      title: view.meta.title,
      creator: view.meta.author,
      lastModifiedBy: view.meta.author,
      subject: view.meta.subject,
      keywords: view.meta.keywords,
      evenAndOddHeaderAndFooters: true,
      styles: REPORT_STYLES,
      sections: [
        {
          properties: {
            page: {
              size: { width: PAGE.width, height: PAGE.height },
              margin: {
                top: PAGE.top,
                left: PAGE.left,
                right: PAGE.right,
                bottom: PAGE.bottom,
                header: FOOTER_DISTANCE,
                footer: FOOTER_DISTANCE,
                gutter: 0
              }
            },
            grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH }
          },
          footers: pageNumberFooters(),
          children: view.blocks.flatMap(blockContent)
        }
      ]
    }),
    { 'word/styles.xml': (xml) => offGrid(xml, [STYLE.title, STYLE.table, STYLE.pageNumber]) }
  )
