/**
 * The report as an editable document: the statutory headings fixed (from the
 * report, as the format gives them), every paragraph a text box, subsections
 * added and removed, and every cell of the tables an input (totals shown as
 * computed, not typed). Elements carry `data-path`, as in the viewer, so the
 * problems find their places.
 */
import { cellAt, fromPointer, isTableRole, toPointer, type Path, type Report, type Section } from '@report/model'
import { buildView, type TableBlock, type ViewCell } from '@report/view'
import { el } from '../dom.js'
import { entryText } from './cell-input.js'
import type { CellKinds } from './cell-kinds.js'

/**
 * What the editable document asks of the editor.
 */
export interface EditActions {
  /** A paragraph's or a subsection heading's text changed. */
  readonly text: (path: Path, text: string) => void
  /** A paragraph or subsection added or removed: the report's new sections. */
  readonly sections: (index: number, section: Section) => void
}

// -------------------------------------------------------------------------------------
// tables
// -------------------------------------------------------------------------------------

const dataInput = (c: ViewCell, report: Report, kinds: CellKinds): HTMLElement => {
  const pointer = c.place?.path ?? ''
  const total = kinds.isTotal(pointer)
  const input = el('input', {
    class: total ? 'cell-input computed' : 'cell-input',
    attrs: {
      type: 'text',
      inputmode: kinds.kindOf.get(pointer) === 'money' ? 'decimal' : 'numeric',
      'data-kind': kinds.kindOf.get(pointer) ?? 'count',
      'aria-label': c.place?.where ?? '',
      autocomplete: 'off',
      ...(total ? { readonly: '', tabindex: '-1', title: '自动合计' } : {})
    }
  })
  input.value = entryText(cellAt(report, fromPointer(pointer)))
  return input
}

const cell = (c: ViewCell, report: Report, kinds: CellKinds): HTMLTableCellElement => {
  const spans = { ...(c.colSpan > 1 ? { colspan: String(c.colSpan) } : {}), ...(c.rowSpan > 1 ? { rowspan: String(c.rowSpan) } : {}) }
  if (c.role === 'data') return el('td', { class: 'data', attrs: { ...spans, 'data-path': c.place?.path ?? '' } }, [dataInput(c, report, kinds)])
  return el('th', { class: c.role, text: c.text, attrs: { ...spans, scope: c.role === 'header' ? 'col' : 'row' } })
}

const table = (block: TableBlock, report: Report, kinds: CellKinds): HTMLElement => {
  const rows = (grid: ReadonlyArray<ReadonlyArray<ViewCell>>) =>
    grid.map((row) =>
      el(
        'tr',
        {},
        row.map((c) => cell(c, report, kinds))
      )
    )
  return el('div', { class: 'table-wrap', attrs: { 'data-path': block.place.path } }, [
    el('table', { class: `statutory editing ${block.table}` }, [el('thead', {}, rows(block.header)), el('tbody', {}, rows(block.body))])
  ])
}

// -------------------------------------------------------------------------------------
// text
// -------------------------------------------------------------------------------------

const button = (text: string, cls: string, onClick: () => void): HTMLButtonElement => {
  const b = el('button', { class: `edit-button ${cls}`, text, attrs: { type: 'button' } })
  b.addEventListener('click', onClick)
  return b
}

const textBox = (path: Path, text: string, actions: EditActions, label: string): HTMLTextAreaElement => {
  const box = el('textarea', {
    class: 'paragraph-input',
    attrs: { 'data-path': toPointer(path), rows: '2', 'aria-label': label, placeholder: '在此输入正文……' }
  })
  box.value = text
  box.addEventListener('input', () => actions.text(path, box.value))
  return box
}

const paragraphs = (
  base: Path,
  list: ReadonlyArray<string>,
  actions: EditActions,
  change: (next: ReadonlyArray<string>) => void
): ReadonlyArray<HTMLElement> => [
  ...list.map((p, i) =>
    el('div', { class: 'paragraph-row' }, [
      textBox([...base, 'paragraphs', i], p, actions, `第 ${i + 1} 段`),
      button('删除段落', 'remove', () => change(list.filter((_, j) => j !== i)))
    ])
  ),
  button('＋ 段落', 'add-paragraph', () => change([...list, '']))
]

/** The numbers of subsections, （一） to （十）. */
const NUMERALS = '一二三四五六七八九十'

const sectionBlocks = (section: Section, index: number, actions: EditActions): ReadonlyArray<HTMLElement> => {
  const base: Path = ['sections', index]
  const subsections = section.subsections ?? []
  const withSubsections = (next: NonNullable<Section['subsections']>) => actions.sections(index, { ...section, subsections: next })
  return [
    el('h2', { class: 'doc-heading level-1', text: section.heading, attrs: { 'data-path': toPointer([...base, 'heading']) } }),
    ...paragraphs(base, section.paragraphs, actions, (next) => actions.sections(index, { ...section, paragraphs: [...next] })),
    ...subsections.map((sub, s) => {
      const at: Path = [...base, 'subsections', s]
      const heading = el('input', {
        class: 'subsection-heading',
        attrs: { type: 'text', 'data-path': toPointer([...at, 'heading']), 'aria-label': '小节标题' }
      })
      heading.value = sub.heading
      heading.addEventListener('input', () => actions.text([...at, 'heading'], heading.value))
      return el('div', { class: 'subsection', attrs: { 'data-path': toPointer(at) } }, [
        el('div', { class: 'subsection-bar' }, [heading, button('删除小节', 'remove', () => withSubsections(subsections.filter((_, j) => j !== s)))]),
        ...paragraphs(at, sub.paragraphs, actions, (next) => withSubsections(subsections.map((x, j) => (j === s ? { ...x, paragraphs: [...next] } : x))))
      ])
    }),
    button('＋ 小节', 'add-subsection', () =>
      withSubsections([...subsections, { heading: `（${NUMERALS[subsections.length] ?? subsections.length + 1}）`, paragraphs: [''] }])
    )
  ]
}

// -------------------------------------------------------------------------------------
// the document
// -------------------------------------------------------------------------------------

/**
 * The editable document of a report.
 */
export const editDocument = (report: Report, kinds: CellKinds, actions: EditActions): HTMLElement => {
  const view = buildView(report)
  const tables = new Map(view.blocks.flatMap((b) => (b.kind === 'table' ? [[b.table, b] as const] : [])))
  const title = view.blocks.find((b) => b.kind === 'title')
  return el('article', { class: 'document editing', attrs: { lang: 'zh-CN' } }, [
    el(
      'h1',
      { class: 'doc-title', attrs: { 'data-path': '/title' } },
      title?.kind === 'title' ? title.lines.flatMap((l, i) => (i === 0 ? [l] : [el('br'), l])) : []
    ),
    ...report.sections.flatMap((section, i) => {
      const block = isTableRole(section.role) ? tables.get(section.role) : undefined
      return [...sectionBlocks(section, i, actions), ...(block === undefined ? [] : [table(block, report, kinds)])]
    })
  ])
}
