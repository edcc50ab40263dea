/**
 * The preview page: the opened report's problems, its HTML document and its PDF
 * pages side by side, redrawn on every change the server announces, keeping each
 * pane's scroll position; another report opens by dropping or choosing it.
 */
import { CHANGE_EVENT, EXPORT_NAMES, ROUTES, type Change, type PreviewState } from '../src/protocol.js'
import { fetchPdf, fetchSource, fetchState, uploadFile } from './api.js'
import { byId, el, replaceKeepingScroll } from './dom.js'
import { renderDocument } from './document-view.js'
import { acceptDrops, chosenFile } from './drop-file.js'
import { loadDraft } from './editor/drafts.js'
import { openEditor, type Editor } from './editor/editor.js'
import { notices } from './notice.js'
import { drawPages } from './pdf-pages.js'
import { focusPlaces, markProblems } from './problem-places.js'
import { renderProblems } from './problem-list.js'
import './app.css'
import './document.css'
import './editor/editor.css'

const notice = notices(byId('notices'))
const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e))
window.addEventListener('error', (e) => notice.show('page', `页面出错：${e.message}`))
window.addEventListener('unhandledrejection', (e) => notice.show('page', `页面出错：${messageOf(e.reason)}`))

const problemsPane = byId('problems-pane')
const problemsBody = byId('problems')
const documentPane = byId('document-pane')
const documentBody = byId('document')
const pagesPane = byId('pages-pane')
const pagesBody = byId('pages')
const pagesStatus = byId('pages-status')
const fileName = byId('file-name')
const fileOrigin = byId('file-origin')
const updated = byId('updated')
const fileInput = byId('file-input') as HTMLInputElement
const editToggle = byId('edit-toggle')
const editTools = byId('edit-tools')
const conflictBar = byId('conflict-actions')

/** The editor while the page is in edit mode. */
let editor: Editor | undefined

/** The state on the page; a state of an older version is never drawn over it. */
let shown: PreviewState | undefined

// -------------------------------------------------------------------------------------
// drawing
// -------------------------------------------------------------------------------------

const select = (path: string, button: HTMLButtonElement): void => {
  problemsBody.querySelectorAll('.problem.selected').forEach((b) => b.classList.remove('selected'))
  button.classList.add('selected')
  focusPlaces(documentBody, path, documentBody.querySelector<HTMLElement>('.doc-title'))
}

const placeholder = (text: string): HTMLElement => el('p', { class: 'placeholder', text })

const failure = (state: Extract<PreviewState, { kind: 'failed' }>): HTMLElement =>
  el('div', { class: 'failure', attrs: { role: 'alert' } }, [
    el('h2', { text: '无法显示此报告' }),
    el('p', { class: 'failure-message', text: state.message }),
    el('p', {
      text: state.origin === 'file' ? '请按左侧列出的问题修改文件；保存后此页面会自动更新。' : '请按左侧列出的问题修改文件后重新拖入。'
    })
  ])

const drawPdf = async (version: number, keep: boolean): Promise<void> => {
  pagesStatus.textContent = '正在生成 PDF……'
  if (pagesBody.querySelector('.pdf-page') === null) pagesBody.replaceChildren(placeholder('正在生成 PDF 页面……'))
  try {
    const pdf = await fetchPdf()
    if (shown?.version !== pdf.version) return
    const figures = await drawPages(pdf.bytes, Math.max(320, pagesBody.clientWidth))
    if (shown?.version !== pdf.version) return
    replaceKeepingScroll(pagesPane, pagesBody, figures, keep)
    pagesStatus.textContent = `共 ${figures.length} 页`
  } catch (e) {
    if (shown?.version !== version) return
    pagesStatus.textContent = ''
    replaceKeepingScroll(
      pagesPane,
      pagesBody,
      [el('p', { class: 'failure-message', attrs: { role: 'alert' }, text: `无法显示 PDF 页面：${messageOf(e)}` })],
      false
    )
  }
}

const show = (state: PreviewState): void => {
  if (shown !== undefined && state.version <= shown.version) return
  const keep = shown !== undefined && shown.name === state.name && shown.origin === state.origin
  shown = state
  if (editor !== undefined) {
    // Editing: the problems and the document are the editor's; the PDF shows the file as saved.
    void editor.fileChanged().catch((e: unknown) => notice.show('request', messageOf(e)))
    if (state.kind === 'report') void drawPdf(state.version, keep)
    return
  }
  document.title = `${state.name} · 报告预览`
  fileName.textContent = state.name
  fileOrigin.textContent = state.origin === 'file' ? '保存文件后自动更新' : '拖入的文件，不会自动更新'
  updated.textContent = `${new Date().toLocaleTimeString('zh-CN', { hour12: false })} 载入`
  replaceKeepingScroll(problemsPane, problemsBody, renderProblems(state.problems, state.notes, select), keep)
  if (state.kind === 'failed') {
    replaceKeepingScroll(documentPane, documentBody, [failure(state)], false)
    replaceKeepingScroll(pagesPane, pagesBody, [placeholder('此文件无法读取为报告，没有 PDF 页面。')], false)
    pagesStatus.textContent = ''
    return
  }
  const article = renderDocument(state.view)
  markProblems(article, state.problems)
  replaceKeepingScroll(documentPane, documentBody, [article], keep)
  void drawPdf(state.version, keep)
}

// -------------------------------------------------------------------------------------
// loading
// -------------------------------------------------------------------------------------

const refresh = async (): Promise<void> => {
  try {
    show(await fetchState())
    notice.clear('request')
  } catch (e) {
    notice.show('request', messageOf(e))
  }
}

/** The last upload: its answer shows the version its change event announces. */
let uploading: Promise<void> = Promise.resolve()

const open = (file: File): Promise<void> => {
  notice.clear('drop')
  uploading = uploadFile(file)
    .then(show)
    .catch((e: unknown) => notice.show('drop', messageOf(e)))
  return uploading
}

acceptDrops(
  (file) => void open(file),
  (message) => notice.show('drop', message)
)
fileInput.addEventListener('change', () => {
  const file = chosenFile(fileInput.files ?? [])
  fileInput.value = ''
  if (typeof file === 'string') notice.show('drop', file)
  else void open(file)
})

const events = new EventSource(ROUTES.events)
// A version shown by the upload's answer (the event may come first) is not fetched again.
events.addEventListener(CHANGE_EVENT, (e) => {
  const { version } = JSON.parse(e.data as string) as Change
  void uploading.then(() => (shown === undefined || version > shown.version ? refresh() : undefined))
})
events.addEventListener('error', () => notice.show('connection', '与预览服务的连接已断开，正在重新连接……'))
events.addEventListener('open', () => {
  if (!notice.has('connection')) return
  notice.clear('connection')
  void refresh()
})

// -------------------------------------------------------------------------------------
// editing
// -------------------------------------------------------------------------------------

const showEditing = (on: boolean): void => {
  editTools.hidden = !on
  editToggle.textContent = on ? '完成编辑' : '编辑'
  document.body.classList.toggle('is-editing', on)
}

const startEditing = async (): Promise<void> => {
  const source = await fetchSource()
  editor = openEditor(source, {
    pane: documentPane,
    body: documentBody,
    status: byId('edit-status'),
    notice,
    conflictBar,
    showProblems: (problems) => replaceKeepingScroll(problemsPane, problemsBody, renderProblems(problems, [], select), true)
  })
  showEditing(editor !== undefined)
}

const stopEditing = (): void => {
  if (editor?.dirty() === true) return notice.show('edit', '还有未保存的修改：请先保存，或撤销修改后再退出编辑')
  editor = undefined
  showEditing(false)
  notice.clear('edit')
  const last = shown
  shown = undefined
  if (last !== undefined) show(last)
  void refresh()
}

const run = (work: () => Promise<void> | void) => () => void Promise.resolve(work()).catch((e: unknown) => notice.show('edit', messageOf(e)))

editToggle.addEventListener(
  'click',
  run(() => (editor === undefined ? startEditing() : stopEditing()))
)
byId('undo').addEventListener('click', () => editor?.undo())
byId('redo').addEventListener('click', () => editor?.redo())
byId('save').addEventListener(
  'click',
  run(() => editor?.save())
)
byId('export-buttons').replaceChildren(
  ...EXPORT_NAMES.map((format) => {
    const button = el('button', { text: `导出 ${format.toUpperCase()}`, attrs: { id: `export-${format}`, type: 'button' } })
    button.addEventListener(
      'click',
      run(() => editor?.exportAs(format))
    )
    return button
  })
)
byId('overwrite').addEventListener(
  'click',
  run(() => editor?.save(true))
)
byId('load-disk').addEventListener(
  'click',
  run(() => editor?.loadDisk())
)
window.addEventListener('keydown', (e) => {
  if (editor === undefined || !(e.ctrlKey || e.metaKey)) return
  const key = e.key.toLowerCase()
  const action = key === 's' ? run(() => editor?.save()) : key === 'y' || (key === 'z' && e.shiftKey) ? editor.redo : key === 'z' ? editor.undo : undefined
  if (action === undefined) return
  e.preventDefault()
  action()
})

const start = async (): Promise<void> => {
  await refresh()
  // An unsaved draft of this file: back to editing it, as it was left.
  const source = await fetchSource().catch(() => undefined)
  if (source?.editable === true && loadDraft(source.key) !== undefined) await startEditing()
}
void start()
