/**
 * The document view as HTML for a website's 年报 column: a fragment a CMS editor
 * keeps (one `<article>`, inline styles only, no classes, no scripts), or a whole
 * page around it. Every text is escaped.
 */
import type { Block, DocumentView } from '@report/view'
import { escapeHtml } from './escape.js'
import { STYLE } from './styles.js'
import { tableHtml } from './table.js'

/** How to write the HTML. */
export interface HtmlOptions {
  /** A whole page (`<!DOCTYPE html>`, `lang`, charset, title) instead of a fragment. */
  readonly standalone?: boolean
}

const ID_PREFIX = 'report'

const headingHtml = (level: 1 | 2, text: string): string =>
  level === 1 ? `<h2 style="${STYLE.heading1}">${escapeHtml(text)}</h2>` : `<h3 style="${STYLE.heading2}">${escapeHtml(text)}</h3>`

/** A heading directly followed by its table goes into the table's caption, as the national format names the table. */
const captionHeading = (blocks: ReadonlyArray<Block>, i: number): string | undefined => {
  const before = blocks[i - 1]
  return blocks[i]?.kind === 'table' && before?.kind === 'heading' ? headingHtml(before.level, before.text) : undefined
}

const blockHtml = (block: Block, i: number, blocks: ReadonlyArray<Block>): string => {
  switch (block.kind) {
    case 'title':
      return `<h1 style="${STYLE.title}">${block.lines.map(escapeHtml).join('<br>')}</h1>`
    case 'heading':
      // an untitled opening section (洪泽's preface) has no heading, not an empty one
      return blocks[i + 1]?.kind === 'table' || block.text === '' ? '' : headingHtml(block.level, block.text)
    case 'paragraph': {
      const runIn = block.runIn === undefined ? '' : `<span style="${STYLE.runIn}">${escapeHtml(block.runIn)}</span>`
      return `<p style="${STYLE.paragraph}">${runIn}${escapeHtml(block.text)}</p>`
    }
    case 'table':
      return tableHtml(block, ID_PREFIX, captionHeading(blocks, i))
    case 'signature':
      return [
        `<div style="${STYLE.signature}"><div style="${STYLE.signatureBlock}">`,
        `<p style="${STYLE.signatureLine}">${escapeHtml(block.agency)}</p>`,
        ...(block.date === undefined ? [] : [`<p style="${STYLE.signatureDate}">${escapeHtml(block.date)}</p>`]),
        '</div></div>'
      ].join('\n')
  }
}

/**
 * The HTML of a document view: a fragment, or with `standalone` a whole page.
 *
 * @example
 * renderHtml(buildView(report)) // '<article lang="zh-CN" …><h1 …>开江县任市镇人民政府<br>2020年…</h1>…</article>\n'
 * renderHtml(buildView(report), { standalone: true }) // '<!DOCTYPE html>\n<html lang="zh-CN">…'
 */
export const renderHtml = (view: DocumentView, options: HtmlOptions = {}): string => {
  const article = [
    `<article lang="${view.meta.language}" style="${STYLE.article}">`,
    ...view.blocks.map(blockHtml).filter((html) => html !== ''),
    '</article>'
  ].join('\n')
  if (options.standalone !== true) return `${article}\n`
  return [
    '<!DOCTYPE html>',
    `<html lang="${view.meta.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="author" content="${escapeHtml(view.meta.author)}">`,
    `<meta name="keywords" content="${escapeHtml(view.meta.keywords)}">`,
    `<title>${escapeHtml(view.meta.title)}</title>`,
    '</head>',
    '<body style="margin:2em 1em">',
    article,
    '</body>',
    '</html>',
    ''
  ].join('\n')
}
