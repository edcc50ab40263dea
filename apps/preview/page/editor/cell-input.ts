/**
 * The cells of the editor's tables as inputs: each entry read with the model's
 * `parseCell` for its column's kind (a bad one refused in place with a Chinese
 * hint), moving like a spreadsheet (arrows, Tab, Enter) and pasting a block copied
 * from Excel or WPS (tab-separated) from the selected cell on.
 */
import { parseCell, type AnyCell, type ValueKind } from '@report/model'

// -------------------------------------------------------------------------------------
// reading an entry
// -------------------------------------------------------------------------------------

/**
 * What each kind of cell takes, said when an entry does not fit.
 */
export const KIND_HINTS: Readonly<Record<ValueKind, string>> = {
  count: '应填不小于 0 的整数（没有数据填 0；留空表示未填）',
  delta: '应填整数，可带正负号（如 -3、+2）',
  money: '应填金额（万元），如 12.5，不带单位'
}

/**
 * The cell an entry makes in a column of `kind` (spaces and full-width digits
 * allowed), or undefined when it does not fit.
 *
 * @example
 * readEntry('count', ' １２ ') // 12
 * readEntry('count', '-1') // undefined
 */
export const readEntry = (kind: ValueKind, text: string): AnyCell | undefined => parseCell(kind, text.normalize('NFKC').replace(/[\s,]/g, ''))

/**
 * How a cell's value is written in its input.
 */
export const entryText = (cell: unknown): string => (typeof cell === 'number' || typeof cell === 'string' ? String(cell) : '')

/**
 * Marks an input as holding an entry that was refused (or clears the mark).
 */
export const markRefused = (input: HTMLInputElement, kind: ValueKind | undefined): void => {
  const refused = kind !== undefined
  input.classList.toggle('refused', refused)
  input.setAttribute('aria-invalid', String(refused))
  input.title = refused ? `未保存：${KIND_HINTS[kind]}` : ''
  input.parentElement?.querySelector('.cell-hint')?.remove()
  if (!refused) return
  // Fixed, under the cell: the table's scrolling frame would clip it otherwise.
  const box = input.getBoundingClientRect()
  const hint = Object.assign(document.createElement('span'), { className: 'cell-hint', textContent: KIND_HINTS[kind] })
  hint.setAttribute('role', 'alert')
  hint.style.top = `${Math.round(box.bottom + 2)}px`
  hint.style.left = `${Math.round(Math.max(4, Math.min(box.left, window.innerWidth - 260)))}px`
  input.after(hint)
}

// -------------------------------------------------------------------------------------
// the grid of a table
// -------------------------------------------------------------------------------------

/**
 * The inputs of a table by their grid position (rows and columns as printed,
 * merged cells taking every slot they cover).
 */
export interface InputGrid {
  /** The rows that hold inputs, each input with its first grid column. */
  readonly rows: ReadonlyArray<ReadonlyArray<{ readonly column: number; readonly input: HTMLInputElement }>>
}

/**
 * The grid of the inputs of a table element, by the HTML table layout of its
 * rowspans and colspans.
 */
export const inputGrid = (table: HTMLTableElement): InputGrid => {
  const taken: Array<Array<boolean>> = []
  const rows: Array<Array<{ column: number; input: HTMLInputElement }>> = []
  ;[...table.tBodies]
    .flatMap((b) => [...b.rows])
    .forEach((tr, r) => {
      const row: Array<{ column: number; input: HTMLInputElement }> = []
      let column = 0
      for (const td of [...tr.cells]) {
        while (taken[r]?.[column] === true) column += 1
        for (let dr = 0; dr < td.rowSpan; dr++) for (let dc = 0; dc < td.colSpan; dc++) (taken[r + dr] ??= [])[column + dc] = true
        const input = td.querySelector('input')
        if (input !== null) row.push({ column, input })
        column += td.colSpan
      }
      if (row.length > 0) rows.push(row)
    })
  return { rows }
}

const positionOf = (grid: InputGrid, input: HTMLInputElement): { row: number; index: number } | undefined => {
  for (let row = 0; row < grid.rows.length; row++) {
    const index = grid.rows[row]?.findIndex((c) => c.input === input) ?? -1
    if (index >= 0) return { row, index }
  }
  return undefined
}

/** The input of `row` nearest to grid column `column`. */
const nearest = (grid: InputGrid, row: number, column: number): HTMLInputElement | undefined =>
  [...(grid.rows[row] ?? [])].sort((a, b) => Math.abs(a.column - column) - Math.abs(b.column - column))[0]?.input

/**
 * The input a key moves to from `input`: arrows up and down (and Enter, Shift+Enter)
 * by row, left and right by cell at the edge of the text, or undefined.
 */
export const moveTarget = (grid: InputGrid, input: HTMLInputElement, key: string, shift: boolean): HTMLInputElement | undefined => {
  const at = positionOf(grid, input)
  if (at === undefined) return undefined
  const here = grid.rows[at.row]?.[at.index]
  if (here === undefined) return undefined
  const atStart = input.selectionStart === 0 && input.selectionEnd === 0
  const atEnd = input.selectionStart === input.value.length
  if (key === 'ArrowUp' || (key === 'Enter' && shift)) return nearest(grid, at.row - 1, here.column)
  if (key === 'ArrowDown' || key === 'Enter') return nearest(grid, at.row + 1, here.column)
  if (key === 'ArrowLeft' && atStart) return grid.rows[at.row]?.[at.index - 1]?.input
  if (key === 'ArrowRight' && atEnd) return grid.rows[at.row]?.[at.index + 1]?.input
  return undefined
}

/**
 * The rows and cells of a block pasted from a spreadsheet: tab-separated cells,
 * one row a line (the trailing line break dropped), or undefined for plain text.
 *
 * @example
 * pastedBlock('1\t2\r\n3\t4\r\n') // [['1', '2'], ['3', '4']]
 */
export const pastedBlock = (text: string): ReadonlyArray<ReadonlyArray<string>> | undefined => {
  if (!/[\t\n]/.test(text)) return undefined
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => line.split('\t'))
}

/**
 * The inputs a pasted block fills from `input` on: row by row down the grid, cell
 * by cell to the right from the same column; cells beyond the table are dropped.
 */
export const pasteTargets = (
  grid: InputGrid,
  input: HTMLInputElement,
  block: ReadonlyArray<ReadonlyArray<string>>
): ReadonlyArray<{ readonly input: HTMLInputElement; readonly text: string }> => {
  const at = positionOf(grid, input)
  const start = at === undefined ? undefined : grid.rows[at.row]?.[at.index]
  if (at === undefined || start === undefined) return []
  return block.flatMap((cells, i) => {
    const row = (grid.rows[at.row + i] ?? []).filter((c) => c.column >= start.column)
    return cells.flatMap((text, j) => {
      const target = row[j]
      return target === undefined ? [] : [{ input: target.input, text }]
    })
  })
}
