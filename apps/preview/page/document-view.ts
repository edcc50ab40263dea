/**
 * The report as an HTML document, drawn from the same document view as the PDF:
 * title, headings, paragraphs, the statutory tables with their merged cells, and
 * the signature. Every element that shows a value carries its JSON Pointer in
 * `data-path`, so a problem finds its place.
 */
import type { Block, DocumentView, TableBlock, ViewCell } from '@report/view'
import { el } from './dom.js'

// -------------------------------------------------------------------------------------
// tables
// -------------------------------------------------------------------------------------

const cell = (c: ViewCell): HTMLTableCellElement => {
  const spans = { ...(c.colSpan > 1 ? { colspan: String(c.colSpan) } : {}), ...(c.rowSpan > 1 ? { rowspan: String(c.rowSpan) } : {}) }
  if (c.role === 'data')
    return el('td', { class: 'data', text: c.text, attrs: { ...spans, ...(c.place === undefined ? {} : { 'data-path': c.place.path }) } })
  return el('th', { class: c.role, text: c.text, attrs: { ...spans, scope: c.role === 'header' ? 'col' : 'row' } })
}

const rows = (grid: ReadonlyArray<ReadonlyArray<ViewCell>>): ReadonlyArray<HTMLTableRowElement> => grid.map((row) => el('tr', {}, row.map(cell)))

const table = (block: TableBlock): HTMLElement => {
  const total = block.widths.reduce((sum, w) => sum + w, 0)
  const cols = block.widths.map((w) => {
    const col = el('col')
    col.style.width = `${((100 * w) / total).toFixed(3)}%`
    return col
  })
  return el('div', { class: 'table-wrap', attrs: { 'data-path': block.place.path } }, [
    el('table', { class: `statutory ${block.table}` }, [el('colgroup', {}, cols), el('thead', {}, rows(block.header)), el('tbody', {}, rows(block.body))])
  ])
}

// -------------------------------------------------------------------------------------
// blocks
// -------------------------------------------------------------------------------------

const block = (b: Block): HTMLElement => {
  switch (b.kind) {
    case 'title':
      return el(
        'h1',
        { class: 'doc-title', attrs: { 'data-path': b.place.path } },
        b.lines.flatMap((line, i) => (i === 0 ? [line] : [el('br'), line]))
      )
    case 'heading':
      return el(b.level === 1 ? 'h2' : 'h3', { class: `doc-heading level-${b.level}`, text: b.text, attrs: { 'data-path': b.place.path } })
    case 'paragraph':
      return el('p', { class: 'doc-paragraph', attrs: { 'data-path': b.place.path } }, [
        ...(b.runIn === undefined ? [] : [el('span', { class: 'run-in', text: b.runIn })]),
        b.text
      ])
    case 'table':
      return table(b)
    case 'signature':
      return el('div', { class: 'signature' }, [
        el('p', { text: b.agency, attrs: { 'data-path': b.places.agency.path } }),
        ...(b.date === undefined ? [] : [el('p', { text: b.date, attrs: { 'data-path': b.places.date.path } })])
      ])
  }
}

/**
 * The HTML document of a report's view.
 *
 * @example
 * renderDocument(state.view).querySelector('h1')?.textContent
 */
export const renderDocument = (view: DocumentView): HTMLElement =>
  el('article', { class: 'document', attrs: { lang: view.meta.language } }, view.blocks.map(block))
