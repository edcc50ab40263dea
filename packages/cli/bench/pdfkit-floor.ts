/**
 * The floor: plain pdfkit drawing the same document (the same view, text and
 * fonts) with no layout engine above it: text flowed by pdfkit itself, tables as
 * ruled cells. Given font files, it parses them per document, as plain pdfkit
 * does; given the tokens of fonts parsed once (`LoadedFont.token`), it reuses them.
 */
import type { DocumentView } from '@report/view'
import { FONT_ROLES, LINE_PITCH, PAGE, SIZE, type FontFiles, type FontRole, type FontSet } from '@report/pdf'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

interface Doc {
  registerFont(name: string, src: Buffer): Doc
  font(name: string): Doc
  fontSize(size: number): Doc
  text(text: string, options?: object): Doc
  text(text: string, x: number, y: number, options?: object): Doc
  rect(x: number, y: number, w: number, h: number): Doc
  stroke(): Doc
  addPage(): Doc
  on(event: string, listener: (chunk?: Buffer) => void): Doc
  end(): void
  y: number
}

const PDFDocument = createRequire(import.meta.url)('pdfkit') as new (options: object) => Doc

/** Draws `view` with plain pdfkit; resolves to the PDF bytes. */
export const drawWithPdfkit = (view: DocumentView, fonts: FontFiles | FontSet): Promise<Buffer> => {
  const bytes = new Map<string, Buffer>(
    FONT_ROLES.map((r) => {
      const f = fonts[r]
      return [r, 'token' in f ? f.token : readFileSync(f.path)]
    })
  )
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margins: { top: PAGE.top, left: PAGE.left, right: PAGE.right, bottom: PAGE.bottom },
    info: { Title: view.meta.title },
    compress: true
  })
  const chunks: Array<Buffer> = []
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  doc.on('data', (c) => chunks.push(c ?? Buffer.alloc(0)))
  for (const role of FONT_ROLES) doc.registerFont(role, bytes.get(role) ?? Buffer.alloc(0))
  const write = (role: FontRole, size: number, text: string, options: object) =>
    doc
      .font(role)
      .fontSize(size)
      .text(text, { width: PAGE.blockWidth, lineGap: LINE_PITCH - size * 1.437, ...options })
  for (const block of view.blocks) {
    if (block.kind === 'title') block.lines.forEach((l) => write('xiaobiaosong', SIZE.er, l, { align: 'center' }))
    if (block.kind === 'heading') write(block.level === 1 ? 'heiti' : 'kaiti', SIZE.san, block.text, { indent: 2 * SIZE.san })
    if (block.kind === 'paragraph') write('fangsong', SIZE.san, (block.runIn ?? '') + block.text, { indent: 2 * SIZE.san, align: 'justify' })
    if (block.kind === 'signature') write('fangsong', SIZE.san, `${block.agency}\n${block.date ?? ''}`, { align: 'right' })
    if (block.kind === 'table') {
      const unit = PAGE.blockWidth / block.widths.reduce((a, b) => a + b, 0)
      for (const row of [...block.header, ...block.body]) {
        if (doc.y + 30 > PAGE.height - PAGE.bottom) doc.addPage()
        const top = doc.y
        let x = PAGE.left
        row.forEach((cell, i) => {
          const w = (block.widths[i] ?? 1) * unit * cell.colSpan
          doc.rect(x, top, w, 15 * cell.rowSpan).stroke()
          doc
            .font('songti')
            .fontSize(SIZE.wu)
            .text(cell.text, x + 2, top + 2, { width: w - 4, lineBreak: true, height: 15 * cell.rowSpan })
          x += w
        })
        doc.y = top + 15
      }
    }
  }
  doc.end()
  return done
}
