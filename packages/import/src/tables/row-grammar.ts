/**
 * The row grammar of the statutory tables: labels and values in printed order.
 * Each run of values belongs to the row whose label the text before it matches
 * best, the next expected row first; when several whole labels wait before it, to
 * the nearest, or to each in order when the run holds all their values. Rows may be
 * missing, labels damaged, cells broken over lines or run together.
 */
import { parseCell, type AnyCell, type Place, type ValueKind } from '@report/model'
import { splitRun } from './digit-runs.js'
import { note, type ImportNote } from '../note.js'
import { containment, labelKey, pairsOf } from '../text/label-key.js'
import type { Token, ValueToken } from './tokens.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A data row the grammar expects: its key path in the table, its label, the kinds
 * of its cells and, when the model keeps the row as a record (table 二), the keys
 * of its cells.
 */
export interface RowSpec {
  readonly path: ReadonlyArray<string>
  readonly label: string
  readonly kinds: ReadonlyArray<ValueKind>
  readonly columns?: ReadonlyArray<string>
}

/**
 * A group row (`（六）其他处理`) over the data rows `first` to `last`. When the
 * group is printed as one row of values, they go to the row `oneRow`, if set.
 */
export interface GroupSpec {
  readonly label: string
  readonly first: number
  readonly last: number
  readonly oneRow?: number
}

/**
 * A row as read: its cells and the line its values were on. `exact` is false when
 * a cell could not be read.
 */
export interface ReadRow {
  readonly cells: ReadonlyArray<AnyCell>
  readonly line: number
  readonly exact: boolean
}

/**
 * What the grammar read: a row (or `undefined`) per spec, the rows a one-row group
 * stood for, and the notes.
 */
export interface ReadRows {
  readonly rows: ReadonlyArray<ReadRow | undefined>
  readonly covered: ReadonlySet<number>
  readonly notes: ReadonlyArray<ImportNote>
}

/**
 * The place of a row (by its index among the specs), or of a cell of it, for notes.
 */
export type PlaceOfCell = (row: number, column?: number) => Place

// -------------------------------------------------------------------------------------
// matching
// -------------------------------------------------------------------------------------

/** Characters of label text kept before a run of values: a label is shorter. */
const CONTEXT = 240
/** The least share of the next row's label that identifies it. */
const NEXT_ROW = 0.5
/** The least share of a later row's label (or a group's) that identifies it. */
const LATER_ROW = 0.75

type Target =
  { readonly kind: 'row'; readonly index: number; readonly assumed: boolean } | { readonly kind: 'group'; readonly group: GroupSpec } | undefined

const choose = (
  context: string,
  next: number,
  specs: ReadonlyArray<RowSpec>,
  rowPairs: ReadonlyArray<ReadonlySet<string>>,
  groups: ReadonlyArray<GroupSpec>,
  groupPairs: ReadonlyArray<ReadonlySet<string>>,
  runLength: number
): Target => {
  const text = pairsOf(context)
  let best = next
  let bestScore = -1
  for (let k = next; k < specs.length; k++) {
    const score = containment(rowPairs[k] ?? new Set(), text)
    if (score > bestScore) {
      best = k
      bestScore = score
    }
  }
  const nextScore = containment(rowPairs[next] ?? new Set(), text)
  let group: GroupSpec | undefined
  let groupScore = 0
  groups.forEach((g, i) => {
    if (g.first < next) return
    const score = containment(groupPairs[i] ?? new Set(), text)
    if (score > groupScore) {
      group = g
      groupScore = score
    }
  })
  if (group !== undefined && groupScore >= LATER_ROW && groupScore > bestScore) return { kind: 'group', group }
  if (nextScore >= NEXT_ROW && nextScore >= bestScore) return { kind: 'row', index: next, assumed: false }
  if (bestScore >= LATER_ROW) return { kind: 'row', index: best, assumed: false }
  if (runLength === specs[next]?.kinds.length) return { kind: 'row', index: next, assumed: true }
  return undefined
}

/** The most label segments (text tokens) looked at before a run of values, and the most one label spans. */
const PENDING_SEGMENTS = 16
const LABEL_SEGMENTS = 4

/** The row (from `cursor` on) whose whole label the window of segments `from`..`to` is, if any. */
const labelOf = (
  segments: ReadonlyArray<string>,
  from: number,
  to: number,
  cursor: number,
  rowPairs: ReadonlyArray<ReadonlySet<string>>
): number | undefined => {
  const text = pairsOf(segments.slice(from, to + 1).join(''))
  for (let k = cursor; k < rowPairs.length; k++) {
    const label = rowPairs[k] ?? new Set<string>()
    // Each holding three quarters of the other, their sizes are within a third of each other.
    if (label.size * LATER_ROW > text.size || text.size * LATER_ROW > label.size) continue
    if (containment(label, text) >= LATER_ROW && containment(text, label) >= LATER_ROW) return k
  }
  return undefined
}

/** The row whose label ends at segment `end`, in at most `LABEL_SEGMENTS` segments from `start` on. */
const labelEndingAt = (
  segments: ReadonlyArray<string>,
  start: number,
  end: number,
  cursor: number,
  rowPairs: ReadonlyArray<ReadonlySet<string>>
): number | undefined => {
  for (let s = end; s >= Math.max(start, end - LABEL_SEGMENTS + 1); s--) {
    const k = labelOf(segments, s, end, cursor, rowPairs)
    if (k !== undefined) return k
  }
  return undefined
}

/**
 * The rows whose whole labels the text before a run of values prints one after the
 * other (`segments`, the keys of its text tokens), from row `next` on, in order: a
 * window of segments is a row's label when it holds most of the label's pairs and
 * the label most of its own (so header text or a label's broken tail is none). Only
 * when the last label is a later row than `next` are the segments before it read.
 *
 * @example
 * pendingRows(['行政处罚', '行政强制'], 0, …) // [0, 1]: two labels waiting for values
 */
const pendingRows = (segments: ReadonlyArray<string>, next: number, rowPairs: ReadonlyArray<ReadonlySet<string>>): ReadonlyArray<number> => {
  if (segments.length < 2) return []
  const from = Math.max(0, segments.length - PENDING_SEGMENTS)
  const last = labelEndingAt(segments, from, segments.length - 1, next, rowPairs)
  if (last === undefined || last === next) return []
  const rows: Array<number> = []
  let start = from
  let cursor = next
  for (let end = from; end < segments.length; end++) {
    const matched = labelEndingAt(segments, start, end, cursor, rowPairs)
    if (matched !== undefined) {
      rows.push(matched)
      cursor = matched + 1
      start = end + 1
    }
  }
  return rows
}

// -------------------------------------------------------------------------------------
// filling
// -------------------------------------------------------------------------------------

/**
 * The values of a row printed after empty cells that are not its own: the label line's
 * empty cells with the values on the line below (a PDF-to-markdown table: `| 规章 | | | |`
 * then `| | 0 | 0 | 0 |`), or a column added by a broken header (`| 规章 | | 0 | 0 | 0 |`).
 * Only when the run is empty cells, then exactly `size` values, and reading it from
 * its first cell would drop one of them (a trailing empty field is no shift).
 */
const valuesAfterBlanks = (run: ReadonlyArray<ValueToken>, size: number): ReadonlyArray<ValueToken> | undefined => {
  let blanks = 0
  while (blanks < run.length && run[blanks]?.text === '') blanks++
  // Read from the first cell instead, a printed value would be dropped as surplus.
  const dropped = run.slice(size).some((v) => v.text !== '')
  return blanks > 0 && run.length - blanks === size && dropped ? run.slice(blanks) : undefined
}

/**
 * The cells of row `index` from the run of values printed for it: the first values
 * in order, or digits run together split when only one split exists; cells that
 * cannot be read are blank, with a note; values printed after empty cells not the
 * row's (on the line below the label's, or shifted by a broken header) are the row's,
 * with a note, and a delimited row's missing last cells are blank.
 */
export const fillRow = (spec: RowSpec, index: number, run: ReadonlyArray<ValueToken>, place: PlaceOfCell, notes: Array<ImportNote>): ReadRow => {
  const size = spec.kinds.length
  const line = run[0]?.line ?? 0
  const printed = run.map((v) => (v.text === '' ? '（空）' : v.text)).join(' ')
  let texts: ReadonlyArray<string> | undefined
  let ambiguous = false
  const shifted = valuesAfterBlanks(run, size)
  if (shifted !== undefined) {
    texts = shifted.map((v) => v.text)
    const where = shifted[0]?.line === line ? '印在多出的空单元格之后' : '印在下一行'
    notes.push(note('VALUES_REPAIRED', `此行的 ${size} 个数值（${texts.join(' ')}）${where}，按顺序配对`, { line: shifted[0]?.line, ...place(index) }))
  } else if (run.length >= size) {
    texts = run.slice(0, size).map((v) => v.text)
    const surplus = run.slice(size)
    if (surplus.some((v) => v.text !== '')) {
      notes.push(
        note('VALUES_SURPLUS', `此行应有 ${size} 个单元格，印有 ${run.length} 个数值（${printed}），多出的 ${surplus.length} 个未采用`, {
          line,
          ...place(index)
        })
      )
    }
  } else if (spec.kinds.every((k) => k !== 'money')) {
    const split = splitRun(
      run.map((v) => v.text),
      size
    )
    if (split.kind === 'split') {
      texts = split.values
      notes.push(note('DIGITS_SPLIT', `数字连写“${printed}”，只有一种拆分方式：${split.values.join(' ')}`, { line, ...place(index) }))
    } else if (split.kind === 'ambiguous') {
      ambiguous = true
      notes.push(
        note('DIGITS_AMBIGUOUS', `数字连写“${printed}”，拆成 ${size} 个单元格有多种方式，无法确定，各单元格按空白处理`, { line, ...place(index) })
      )
    }
  }
  if (texts === undefined && !ambiguous && run.every((v) => v.delimited === true && v.line === line)) {
    // A delimited row stands its cells in their columns: those it lacks are its last, cut off.
    texts = [...run.map((v) => v.text), ...Array<string>(size - run.length).fill('')]
    notes.push(
      note('FIELDS_CUT', `此行应有 ${size} 个单元格，只印有前 ${run.length} 个（${printed}），其后 ${size - run.length} 个没有印出，按空白处理`, {
        line,
        ...place(index)
      })
    )
  }
  if (texts === undefined) {
    // An ambiguous split has said why the cells are blank already.
    if (!ambiguous) {
      notes.push(
        note('ROW_SHORT', `此行应有 ${size} 个单元格，只印有 ${run.length} 个数值（${printed}），无法确定对应关系，各单元格按空白处理`, {
          line,
          ...place(index)
        })
      )
    }
    return { cells: spec.kinds.map(() => ''), line, exact: false }
  }
  let exact = true
  const cells = spec.kinds.map((kind, c) => {
    const text = texts[c] ?? ''
    const cell = parseCell(kind, text)
    if (cell !== undefined) return cell
    exact = false
    notes.push(
      note('VALUE_INVALID', `“${text}”不是${kind === 'money' ? '金额' : kind === 'delta' ? '整数' : '非负整数'}，按空白处理`, { line, ...place(index, c) })
    )
    return ''
  })
  return { cells, line, exact }
}

// -------------------------------------------------------------------------------------
// reading
// -------------------------------------------------------------------------------------

/**
 * Reads the rows of a table from its tokens, in order.
 */
export const readRows = (tokens: ReadonlyArray<Token>, specs: ReadonlyArray<RowSpec>, groups: ReadonlyArray<GroupSpec>, place: PlaceOfCell): ReadRows => {
  const rowPairs = specs.map((s) => pairsOf(labelKey(s.label)))
  const groupPairs = groups.map((g) => pairsOf(labelKey(g.label)))
  const rows: Array<ReadRow | undefined> = specs.map(() => undefined)
  const covered = new Set<number>()
  const notes: Array<ImportNote> = []
  let next = 0
  let context = ''
  let segments: Array<string> = []
  let i = 0
  while (i < tokens.length && next < specs.length) {
    const token = tokens[i] as Token
    if (token.kind === 'text') {
      context = (context + token.key).slice(-CONTEXT)
      segments.push(token.key)
      if (segments.length > 2 * PENDING_SEGMENTS) segments = segments.slice(-PENDING_SEGMENTS)
      i += 1
      continue
    }
    const run: Array<ValueToken> = []
    while (i < tokens.length && tokens[i]?.kind === 'value') run.push(tokens[i++] as ValueToken)
    const allBlank = run.every((v) => v.text === '')
    const pending = allBlank ? [] : pendingRows(segments, next, rowPairs)
    segments = []
    const sizes = pending.map((k) => specs[k]?.kinds.length ?? 0)
    const all = sizes.reduce((a, b) => a + b, 0) === run.length
    if (pending.length > 1 && (all || run.length !== sizes.at(-1))) {
      const labels = pending.map((k) => `“${specs[k]?.label}”`).join('、')
      const where = { line: run[0]?.line, ...place(pending[0] ?? 0) }
      if (all) {
        // Labels printed one after the other, then their values: paired in order, each row its share of the run.
        let at = 0
        pending.forEach((k, n) => {
          rows[k] = fillRow(specs[k] as RowSpec, k, run.slice(at, at + (sizes[n] ?? 0)), place, notes)
          at += sizes[n] ?? 0
        })
        notes.push(note('VALUES_REPAIRED', `${pending.length} 行的标签${labels}先后印出，其后才是数值，按顺序配对`, where))
      } else {
        // Neither the nearest label's values nor all of theirs: which value is whose cannot be told.
        for (const k of pending) rows[k] = { cells: (specs[k] as RowSpec).kinds.map(() => ''), line: run[0]?.line ?? 0, exact: false }
        notes.push(
          note('VALUES_NOT_PAIRED', `${pending.length} 行的标签${labels}先后印出，其后的 ${run.length} 个数值无法与之配对，各单元格按空白处理`, where)
        )
      }
      next = (pending.at(-1) ?? next) + 1
      context = ''
      continue
    }
    const nearest = pending.length > 1 ? pending.at(-1) : undefined
    const target: Target =
      nearest === undefined
        ? choose(context, next, specs, rowPairs, groups, groupPairs, allBlank ? -1 : run.length)
        : { kind: 'row', index: nearest, assumed: false }
    context = ''
    if (target === undefined) {
      if (!allBlank) {
        notes.push(note('VALUES_UNLABELLED', `数值“${run.map((v) => v.text).join(' ')}”前没有可识别的行标签，未采用`, { line: run[0]?.line }))
      }
      continue
    }
    if (target.kind === 'group') {
      const { group } = target
      if (allBlank) continue
      if (group.oneRow === undefined) {
        notes.push(note('GROUP_HAS_VALUES', `分组行“${group.label}”印有数值，本格式中它没有数值，未采用`, { line: run[0]?.line }))
      } else {
        rows[group.oneRow] = fillRow(specs[group.oneRow] as RowSpec, group.oneRow, run, place, notes)
        for (let k = group.first; k <= group.last; k++) if (k !== group.oneRow) covered.add(k)
        notes.push(
          note(
            'GROUP_AS_ONE_ROW',
            `“${group.label}”印为一行（2019 年格式的排法），其数值计入“${specs[group.oneRow]?.label}”，其余各行未印出，按空白处理`,
            { line: run[0]?.line, ...place(group.oneRow) }
          )
        )
      }
      next = Math.max(next, group.last + 1)
      continue
    }
    const spec = specs[target.index] as RowSpec
    rows[target.index] = fillRow(spec, target.index, run, place, notes)
    if (target.assumed) {
      notes.push(note('ROW_LABEL_ASSUMED', `数值前的文字不能识别为行标签，按表中顺序认作“${spec.label}”`, { line: run[0]?.line, ...place(target.index) }))
    }
    next = target.index + 1
  }
  return { rows, covered, notes }
}
