/**
 * A table cell's text broken into lines here, so that pdfmake never re-wraps
 * it and every row's height is known before layout: no line starts with a
 * closing mark or ends with an opening one, numbers and Latin words stay whole,
 * a leading ordinal such as `（三）` keeps a line of its own when the text needs
 * several, and the lines are balanced.
 */
import { breakTokens, mayBreakBetween } from './jinze.js'

const ORDINAL = /^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)/u

/** `start` plus the width of each character of `text` in turn: the width of a line so far and `text` after it. */
const widthAfter = (start: number, text: string, measure: (text: string) => number): number => {
  let width = start
  for (const char of text) width += measure(char)
  return width
}

/** Greedy lines of `tokens` within `width`, keeping the marks' rules; each line's width summed as it grows. */
const greedy = (tokens: ReadonlyArray<string>, width: number, measure: (text: string) => number): Array<string> => {
  const lines: Array<Array<string>> = [[]]
  let used = 0
  for (const token of tokens) {
    const line = lines[lines.length - 1] ?? []
    const wider = widthAfter(used, token, measure)
    if (line.length === 0 || wider <= width) {
      line.push(token)
      used = wider
      continue
    }
    const next: Array<string> = [token]
    // Carry tokens down while the next line would start with a closing mark or this one would end with an opening one.
    while (line.length > 1 && !mayBreakBetween(line[line.length - 1] ?? '', next[0] ?? '')) {
      next.unshift(line.pop() ?? '')
    }
    lines.push(next)
    used = widthAfter(0, next.join(''), measure)
  }
  return lines.map((l) => l.join(''))
}

/** The narrowest width giving no more lines than `width` does: balanced lines. */
const balanced = (tokens: ReadonlyArray<string>, width: number, measure: (text: string) => number): Array<string> => {
  const lines = greedy(tokens, width, measure)
  if (lines.length < 2) return lines
  let low = Math.max(...tokens.map(measure))
  let high = width
  while (high - low > 0.5) {
    const mid = (low + high) / 2
    if (greedy(tokens, mid, measure).length <= lines.length) high = mid
    else low = mid
  }
  return greedy(tokens, high, measure)
}

/**
 * The lines of `text` within `width` points, as `measure` measures text: the
 * sum of its characters' widths, added from the first.
 *
 * @example
 * breakCellText('（三）不予公开', 45, (s) => [...s].length * 10.5) // ['（三）', '不予公开']
 */
export const breakCellText = (text: string, width: number, measure: (text: string) => number): ReadonlyArray<string> => {
  if (text === '' || measure(text) <= width) return [text]
  const ordinal = ORDINAL.exec(text)?.[0]
  if (ordinal !== undefined && ordinal.length < text.length && measure(ordinal) <= width) {
    return [ordinal, ...breakCellText(text.slice(ordinal.length), width, measure)]
  }
  return balanced(breakTokens(text), width, measure)
}
