/**
 * The edit mode: the opened report as an editable document beside its problems,
 * checked in the page on every change (the model's own checks, bundled), with
 * totals computed as typed, undo and redo, a draft kept in the browser, and saving
 * and exporting through the server.
 */
import {
  checkReport,
  formatReportJson,
  fromPointer,
  parseReport,
  setAt,
  toPointer,
  valueAt,
  type AnyCell,
  type Path,
  type Problem,
  type Report
} from '@report/model'
import { titleLines } from '@report/view'
import { EDIT_MEASURE, type EXPORT_NAMES, type Source } from '../../src/protocol.js'
import { exportReport, fetchSource, RequestFailed, saveSource } from '../api.js'
import { el, replaceKeepingScroll } from '../dom.js'
import type { Notices } from '../notice.js'
import { markProblems } from '../problem-places.js'
import { entryText, inputGrid, markRefused, moveTarget, pastedBlock, pasteTargets, readEntry } from './cell-input.js'
import { cellKinds, editorTotals } from './cell-kinds.js'
import { dropDraft, keepDraft, loadDraft } from './drafts.js'
import { editDocument } from './edit-document.js'
import { editHistory, type EditHistory } from './edit-history.js'
import { metaForm } from './meta-form.js'

/**
 * Where the editor draws, and what it tells the page.
 */
export interface EditorPanes {
  readonly pane: HTMLElement
  readonly body: HTMLElement
  readonly status: HTMLElement
  readonly notice: Notices
  /** The problems of the edited report, after every change. */
  readonly showProblems: (problems: ReadonlyArray<Problem>) => void
  /** Shown while the file on disk and the edit disagree. */
  readonly conflictBar: HTMLElement
}

/**
 * A running editor.
 */
export interface Editor {
  readonly undo: () => void
  readonly redo: () => void
  readonly save: (force?: boolean) => Promise<void>
  /** Downloads the edited report as `report render --to <format>` makes it. */
  readonly exportAs: (format: (typeof EXPORT_NAMES)[number]) => Promise<void>
  /** The file changed on disk: reload it, or (with unsaved edits) show the conflict. */
  readonly fileChanged: () => Promise<void>
  /** Gives up the edits and loads the file as it is on disk. */
  readonly loadDisk: () => Promise<void>
  readonly dirty: () => boolean
}

const pointerOf = (e: Element): string => (e.closest('[data-path]') as HTMLElement | null)?.dataset['path'] ?? ''

const valueOf = (report: Report, pointer: string): unknown => valueAt(report, fromPointer(pointer))

/**
 * Opens `source` for editing in `panes`; a draft kept for the file is restored.
 * Undefined (with a notice) when the file is not an editable report.
 */
export const openEditor = (source: Source, panes: EditorPanes): Editor | undefined => {
  const { notice } = panes
  if (!source.editable) {
    notice.show('edit', '只能编辑启动预览时打开的 JSON 报告文件（拖入的文件或已发布的文本请先用 report import 转为 JSON）')
    return undefined
  }
  const parsed = parseReport(source.text)
  if (parsed.report === undefined) {
    notice.show('edit', `${source.name} 不是有效的报告，无法编辑：请先按问题列表修正`)
    return undefined
  }
  let base = source.stamp
  let saved = formatReportJson(editorTotals(parsed.report))
  const draft = loadDraft(source.key)
  const restored = draft === undefined ? undefined : parseReport(draft.text).report
  const history: EditHistory<Report> = editHistory(restored ?? parsed.report)
  if (restored !== undefined && draft !== undefined) {
    base = draft.stamp
    notice.show('draft', '已恢复上次未保存的修改（保存在本浏览器中）')
  }
  let computed = editorTotals(history.current())
  let root: HTMLElement = el('div')
  let conflict = false

  const text = (): string => formatReportJson(computed)
  const dirty = (): boolean => text() !== saved
  const setStatus = (): void => {
    panes.status.textContent = conflict ? '磁盘上的文件已被修改' : dirty() ? '有未保存的修改' : '已保存'
    panes.status.dataset['state'] = conflict ? 'conflict' : dirty() ? 'dirty' : 'saved'
  }

  /** After every change: totals, the problems and their marks, the draft. */
  const checked = (start: number | undefined): void => {
    computed = editorTotals(history.current())
    root.querySelectorAll<HTMLInputElement>('input.computed').forEach((input) => {
      input.value = entryText(valueOf(computed, pointerOf(input)))
    })
    const problems = checkReport(computed)
    root.querySelectorAll('.has-error, .has-warning').forEach((e) => {
      e.classList.remove('has-error', 'has-warning')
      ;(e as HTMLElement).removeAttribute('title')
    })
    markProblems(root, problems)
    panes.showProblems(problems)
    if (start !== undefined) performance.measure(EDIT_MEASURE, { start, end: performance.now() })
    if (dirty()) keepDraft(source.key, { text: text(), stamp: base })
    else dropDraft(source.key)
    setStatus()
  }

  const change = (next: Report, place: string, start?: number): void => {
    history.change(next, place)
    checked(start)
  }

  const draw = (): void => {
    const report = history.current()
    const actions = {
      text: (path: Path, value: string) => change(setAt(history.current(), path, value), toPointer(path)),
      sections: (index: number, section: Report['sections'][number]) => {
        change(setAt(history.current(), ['sections', index], section), `sections/${index}/structure/${Date.now()}`)
        draw()
      }
    }
    const form = metaForm(report, (field, value) => {
      const current = history.current()
      const retitled =
        field === 'agency' && current.title.startsWith(current.agency) ? { title: String(value) + current.title.slice(current.agency.length) } : {}
      const next = { ...current, [field]: value, ...retitled } as Report
      if (field === 'published' && value === undefined) delete (next as { published?: unknown }).published
      change(next, `meta/${field}`)
      const { title, agency } = history.current()
      const titleField = root.querySelector<HTMLInputElement>('[data-field="title"]')
      if (titleField !== null && 'title' in retitled) titleField.value = title
      // The document's title as it will print, lines and all.
      root.querySelector('.doc-title')?.replaceChildren(...titleLines(title, agency).flatMap((line, i) => (i === 0 ? [line] : [el('br'), line])))
    })
    root = el('div', { class: 'editor' }, [form, editDocument(editorTotals(report), cellKinds(report.format), actions)])
    attachCells(root)
    replaceKeepingScroll(panes.pane, panes.body, [root], true)
    checked(undefined)
  }

  const attachCells = (at: HTMLElement): void => {
    at.addEventListener('input', (e) => {
      const input = e.target
      if (!(input instanceof HTMLInputElement) || !input.classList.contains('cell-input') || input.readOnly) return
      const kind = input.dataset['kind'] as 'count' | 'delta' | 'money'
      const value = readEntry(kind, input.value)
      markRefused(input, value === undefined ? kind : undefined)
      if (value !== undefined) change(setAt(history.current(), fromPointer(pointerOf(input)), value), pointerOf(input), e.timeStamp)
    })
    at.addEventListener('focusin', (e) => {
      if (e.target instanceof HTMLInputElement && e.target.classList.contains('cell-input')) e.target.dataset['entered'] = e.target.value
    })
    at.addEventListener('focusout', (e) => {
      const input = e.target
      if (!(input instanceof HTMLInputElement) || !input.classList.contains('refused')) return
      // A refused entry is never kept: the cell goes back to what it held before it was entered.
      const before = input.dataset['entered'] ?? ''
      const kind = input.dataset['kind'] as 'count' | 'delta' | 'money'
      input.value = before
      markRefused(input, undefined)
      const value = readEntry(kind, before)
      if (value !== undefined) change(setAt(history.current(), fromPointer(pointerOf(input)), value), pointerOf(input))
    })
    at.addEventListener('keydown', (e) => {
      const input = e.target
      if (!(input instanceof HTMLInputElement) || !input.classList.contains('cell-input')) return
      const table = input.closest('table')
      if (table === null || !['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Enter'].includes(e.key)) return
      const target = moveTarget(inputGrid(table), input, e.key, e.shiftKey)
      if (target === undefined) return
      e.preventDefault()
      target.focus()
      target.select()
    })
    at.addEventListener('paste', (e) => {
      const input = e.target
      const table = input instanceof HTMLInputElement ? input.closest('table') : null
      const block = pastedBlock(e.clipboardData?.getData('text/plain') ?? '')
      if (!(input instanceof HTMLInputElement) || table === null || block === undefined) return
      e.preventDefault()
      let next = history.current()
      for (const { input: target, text: entry } of pasteTargets(inputGrid(table), input, block)) {
        if (target.readOnly) continue
        const kind = target.dataset['kind'] as 'count' | 'delta' | 'money'
        const value: AnyCell | undefined = readEntry(kind, entry)
        target.value = value === undefined ? entry : entryText(value)
        markRefused(target, value === undefined ? kind : undefined)
        if (value !== undefined) next = setAt(next, fromPointer(pointerOf(target)), value)
      }
      change(next, `paste/${Date.now()}`, e.timeStamp)
    })
  }

  const save = async (force = false): Promise<void> => {
    try {
      const body = text()
      const disk = force ? (await fetchSource()).stamp : base
      const { stamp } = await saveSource(body, disk)
      base = stamp
      saved = body
      clearConflict()
      notice.clear('draft')
      dropDraft(source.key)
      setStatus()
    } catch (e) {
      if (e instanceof RequestFailed && e.code === 'FILE_CHANGED') showConflict(e.message)
      else notice.show('save', e instanceof Error ? e.message : String(e))
    }
  }

  const showConflict = (message: string): void => {
    conflict = true
    panes.conflictBar.hidden = false
    notice.show('conflict', message)
    setStatus()
  }
  const clearConflict = (): void => {
    conflict = false
    panes.conflictBar.hidden = true
    notice.clear('conflict')
  }

  const reload = (from: Source): void => {
    const report = parseReport(from.text).report
    if (report === undefined) return showConflict(`${from.name} 在磁盘上被改为无法读取的内容；您的修改仍在页面中`)
    base = from.stamp
    saved = formatReportJson(editorTotals(report))
    history.reset(report)
    clearConflict()
    dropDraft(source.key)
    draw()
  }

  const changedOnDisk = (name: string): string =>
    `${name} 在磁盘上已被其他程序修改；您的修改未丢失（仍在页面中并保存在本浏览器）。可“覆盖保存”，或“载入磁盘版本”放弃修改。`

  draw()
  // A draft begun from another version of the file than the one on disk now.
  if (base !== source.stamp) showConflict(changedOnDisk(source.name))
  return {
    undo: () => {
      if (history.undo() !== undefined) draw()
    },
    redo: () => {
      if (history.redo() !== undefined) draw()
    },
    save,
    exportAs: async (format) => {
      try {
        const blob = await exportReport(format, text())
        const link = el('a', { attrs: { href: URL.createObjectURL(blob), download: `${source.name.replace(/\.json$/i, '')}.${format}` } })
        link.click()
        setTimeout(() => URL.revokeObjectURL(link.href), 10_000)
      } catch (e) {
        notice.show('export', e instanceof Error ? e.message : String(e))
      }
    },
    fileChanged: async () => {
      const from = await fetchSource()
      if (from.stamp === base) return
      if (!dirty()) return reload(from)
      showConflict(changedOnDisk(from.name))
    },
    loadDisk: async () => reload(await fetchSource()),
    dirty
  }
}
