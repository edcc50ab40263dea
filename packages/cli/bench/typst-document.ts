/**
 * The anchor of the render benchmark: the same document as Typst markup, made
 * from the project's own view (`buildView`) of a report, set as the PDF sets it:
 * A4 with the GB/T 9704 margins, the title in 2号 小标宋, headings in 黑体 and
 * 楷体, paragraphs in 3号 仿宋 on the 22-line grid, the statutory tables in 五号
 * 宋体 with their merged headers repeated on each page, the signature to the
 * right, and the page number `— N —` below the text block.
 */
import { FONT_ROLES, LINE_PITCH, PAGE, PAGE_NUMBER_GAP, SIZE, type FontRole, type FontSet } from '@report/pdf'
import type { Block, DocumentView, TableBlock, ViewCell } from '@report/view'

/** A Typst string literal, shown as content where markup is expected. */
const str = (text: string): string => `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, '\\n')}"`

/** The Typst `text` settings of a role: its family and, for a bold or medium face, its weight. */
const face = (fonts: FontSet, role: FontRole): string => {
  const { font } = fonts[role]
  const weight = (font['OS/2'] as { readonly usWeightClass?: number } | undefined)?.usWeightClass ?? 400
  return `font: ${str(font.familyName.replace(/ (Medium|Bold)$/, ''))}, weight: ${weight}`
}

const cell = (fonts: FontSet, c: ViewCell): string =>
  `table.cell(colspan: ${c.colSpan}, rowspan: ${c.rowSpan}${c.role === 'label' ? ', align: left + horizon' : ''})[#text(${face(fonts, 'songti')}, size: ${SIZE.wu}pt, ${str(c.text)})]`

const tableMarkup = (fonts: FontSet, t: TableBlock): string => {
  const rows = (rs: ReadonlyArray<ReadonlyArray<ViewCell>>) => rs.map((r) => r.map((c) => cell(fonts, c)).join(', ')).join(',\n  ')
  return [
    `#block(above: 0pt, below: ${LINE_PITCH}pt)[#set par(leading: 1.1pt, spacing: 0pt, first-line-indent: 0pt)`,
    '#table(',
    `  columns: (${t.widths.map((w) => `${w}fr`).join(', ')}), stroke: 0.5pt, inset: (x: 5pt, y: 3pt), align: center + horizon,`,
    `  table.header(${rows(t.header)}),`,
    `  ${rows(t.body)}`,
    ')]'
  ].join('\n')
}

const blockMarkup = (fonts: FontSet, b: Block): string => {
  switch (b.kind) {
    case 'title':
      return `#align(center, text(${face(fonts, 'xiaobiaosong')}, size: ${SIZE.er}pt, ${str(b.lines.join('\n'))}))\n#v(${LINE_PITCH}pt)`
    case 'heading':
      return `#par(text(${face(fonts, b.level === 1 ? 'heiti' : 'kaiti')}, ${str(b.text)}))`
    case 'paragraph':
      return `#par(justify: true)[${b.runIn === undefined ? '' : `#text(${face(fonts, 'kaiti')}, ${str(b.runIn)})`}#${str(b.text)}]`
    case 'table':
      return tableMarkup(fonts, b)
    case 'signature':
      return `#v(${LINE_PITCH}pt)\n#align(right, par(first-line-indent: 0pt, ${str([b.agency, b.date ?? ''].join('\n'))}))`
  }
}

/**
 * The Typst markup of `view` with the fonts of `fonts` (given to the compiler as
 * the same files), its creation date fixed so that the same view gives the same bytes.
 *
 * @example
 * typstDocument(buildView(report), fonts, new Date('2021-01-20')) // '#set document(title: "…", …'
 */
export const typstDocument = (view: DocumentView, fonts: FontSet, created: Date): string => {
  const pitch = LINE_PITCH - SIZE.san
  return [
    `#set document(title: ${str(view.meta.title)}, author: ${str(view.meta.author)}, date: datetime(year: ${created.getUTCFullYear()}, month: ${created.getUTCMonth() + 1}, day: ${created.getUTCDate()}))`,
    `#set page(width: ${PAGE.width}pt, height: ${PAGE.height}pt, margin: (top: ${PAGE.top}pt, left: ${PAGE.left}pt, right: ${PAGE.right}pt, bottom: ${PAGE.bottom}pt),`,
    `  footer-descent: ${PAGE_NUMBER_GAP}pt, footer: context align(center, text(${face(fonts, 'songti')}, size: ${SIZE.si}pt, "— " + counter(page).display() + " —")))`,
    `#set text(${face(fonts, 'fangsong')}, size: ${SIZE.san}pt, lang: "zh", region: "cn", top-edge: 0.88em, bottom-edge: -0.12em, cjk-latin-spacing: none, fallback: false)`,
    `#set par(leading: ${pitch}pt, spacing: ${pitch}pt, first-line-indent: (amount: 2em, all: true))`,
    ...view.blocks.map((b) => blockMarkup(fonts, b))
  ].join('\n')
}

/** The font files of `fonts`, each once, for the compiler's `fontBlobs`: the files the PDF embeds. */
export const fontPaths = (fonts: FontSet): ReadonlyArray<string> => [...new Set(FONT_ROLES.map((r) => fonts[r].file.path))]
