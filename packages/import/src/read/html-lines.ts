/**
 * HTML to lines: block elements break lines, each `<tr>` becomes one line whose
 * cells are its `<td>`/`<th>` texts (blank cells kept). Scripts, styles and the
 * `<head>` are skipped. Cells are read in document order, so `rowspan` and
 * `colspan` need no expansion: the row grammar reads labels and values in order.
 */
import { Parser } from 'htmlparser2'
import { makeLine, type Line } from './lines.js'

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'select', 'textarea', 'iframe', 'object', 'button'])
const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'caption',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'pre',
  'hr',
  'center',
  'form',
  'main',
  'nav'
])

/**
 * Does the text look like HTML (a tag among its first 4 KB)?
 */
export const looksLikeHtml = (text: string): boolean => /<\s*(!doctype|html|head|body|table|tr|td|p|div|br|span|h[1-6])[\s>/]/i.test(text.slice(0, 4096))

const collapse = (s: string): string => s.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim()

/**
 * The lines of an HTML document; `no` is the line of the source where the line's
 * text or row begins.
 *
 * @example
 * htmlLines('<table><tr><td>规章</td><td>0</td><td></td></tr></table>')[0]?.cells // ['规章', '0', '']
 */
export const htmlLines = (html: string): ReadonlyArray<Line> => {
  const breaks: Array<number> = []
  for (let i = html.indexOf('\n'); i !== -1; i = html.indexOf('\n', i + 1)) breaks.push(i)
  const lineAt = (offset: number): number => {
    let lo = 0
    let hi = breaks.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((breaks[mid] ?? 0) < offset) lo = mid + 1
      else hi = mid
    }
    return lo + 1
  }

  const out: Array<Line> = []
  let skip = 0
  let text = ''
  let textStart = 0
  let row: Array<string> | undefined
  let rowStart = 0
  let cell: string | undefined

  const flushText = () => {
    const t = collapse(text)
    if (t !== '') out.push(makeLine(lineAt(textStart), t))
    text = ''
  }
  const flushRow = () => {
    if (row !== undefined && row.some((c) => c !== '')) out.push(makeLine(lineAt(rowStart), row.join('  '), row))
    row = undefined
  }

  const parser: Parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skip += 1
        if (skip > 0) return
        if (name === 'tr') {
          flushText()
          flushRow()
          row = []
          rowStart = parser.startIndex
        } else if (name === 'td' || name === 'th') {
          flushText()
          if (row === undefined) {
            row = []
            rowStart = parser.startIndex
          }
          cell = ''
        } else if (cell !== undefined) {
          if (BLOCKS.has(name)) cell += ' '
        } else if (BLOCKS.has(name)) {
          flushText()
        }
      },
      ontext(data) {
        if (skip > 0) return
        if (cell !== undefined) cell += data
        else {
          if (text === '') textStart = parser.startIndex
          text += data
        }
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) {
          skip = Math.max(0, skip - 1)
          return
        }
        if (skip > 0) return
        if ((name === 'td' || name === 'th') && cell !== undefined) {
          row?.push(collapse(cell))
          cell = undefined
        } else if (name === 'tr' || name === 'table') {
          flushRow()
        } else if (cell === undefined && BLOCKS.has(name)) {
          flushText()
        }
      }
    },
    { decodeEntities: true }
  )
  parser.write(html)
  parser.end()
  flushText()
  flushRow()
  return out
}
