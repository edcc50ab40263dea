/**
 * HTML to lines: block elements break lines, each `<tr>` becomes one line whose
 * cells are its `<td>`/`<th>` texts (blank cells kept). Scripts, styles and the
 * `<head>` are skipped. Cells are read in document order, so `rowspan` and
 * `colspan` need no expansion: the row grammar reads labels and values in order.
 *
 * The tags come from htmlparser2's tokenizer, not its parser: the parser keeps its
 * element stack with `unshift`, so its time grows with the square of the nesting
 * depth. Nothing here needs the tree; the few implied closes that matter (a cell
 * by the next cell or row, a row by the end of its table, the head by the body)
 * are made here, and a skipped element is left at its own closing tag.
 */
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2'
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

/** Tags that end the cell and the row open before them. */
const ROW_ENDS = new Set(['tr', 'table', 'tbody', 'thead', 'tfoot'])

/** What opening a tag closes among the skipped elements open (as htmlparser2's parser does). */
const CLOSES_SKIPPED: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['body', new Set(['head'])],
  ...['input', 'select', 'button', 'textarea', 'datalist', 'output'].map((t) => [t, new Set(['select', 'button', 'textarea'])] as const)
])

/** The 1-based line of each offset of a text, by binary search over its line breaks. */
const lineFinder = (text: string): ((offset: number) => number) => {
  const breaks: Array<number> = []
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) breaks.push(i)
  return (offset) => {
    let lo = 0
    let hi = breaks.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((breaks[mid] ?? 0) < offset) lo = mid + 1
      else hi = mid
    }
    return lo + 1
  }
}

/**
 * The lines of an HTML document; `no` is the line of the source where the line's
 * text or row begins. Time is linear in the document's length at any nesting depth.
 *
 * @example
 * htmlLines('<table><tr><td>规章</td><td>0</td><td></td></tr></table>')[0]?.cells // ['规章', '0', '']
 */
export const htmlLines = (html: string): ReadonlyArray<Line> => {
  const lineAt = lineFinder(html)
  const out: Array<Line> = []
  /** The skipped elements open, innermost last. */
  const skipped: Array<string> = []
  let text: Array<string> = []
  let textStart = 0
  let row: Array<string> | undefined
  let rowStart = 0
  let cell: Array<string> | undefined
  let tag = ''
  let tagStart = 0

  const flushText = () => {
    const t = collapse(text.join(''))
    if (t !== '') out.push(makeLine(lineAt(textStart), t))
    text = []
  }
  const closeCell = () => {
    if (cell !== undefined) row?.push(collapse(cell.join('')))
    cell = undefined
  }
  const flushRow = () => {
    closeCell()
    if (row !== undefined && row.some((c) => c !== '')) out.push(makeLine(lineAt(rowStart), row.join('  '), row))
    row = undefined
  }
  const addText = (data: string, start: number) => {
    if (skipped.length > 0) return
    if (cell !== undefined) cell.push(data)
    else {
      if (text.length === 0) textStart = start
      text.push(data)
    }
  }
  const open = (name: string, start: number) => {
    const closes = CLOSES_SKIPPED.get(name)
    while (closes !== undefined && skipped.length > 0 && closes.has(skipped[skipped.length - 1] ?? '')) skipped.pop()
    if (SKIPPED.has(name)) skipped.push(name)
    if (skipped.length > 0) return
    if (name === 'tr') {
      flushText()
      flushRow()
      row = []
      rowStart = start
    } else if (name === 'td' || name === 'th') {
      flushText()
      closeCell()
      if (row === undefined) {
        row = []
        rowStart = start
      }
      cell = []
    } else if (cell !== undefined) {
      if (BLOCKS.has(name)) cell.push(' ')
    } else if (BLOCKS.has(name)) {
      flushText()
    }
  }
  const close = (name: string) => {
    if (skipped.length > 0) {
      const at = skipped.lastIndexOf(name)
      if (at !== -1) skipped.length = at
      return
    }
    if (name === 'td' || name === 'th') closeCell()
    else if (ROW_ENDS.has(name)) flushRow()
    else if (cell === undefined && BLOCKS.has(name)) flushText()
  }

  const ignore = () => undefined
  const callbacks: TokenizerCallbacks = {
    onattribdata: ignore,
    onattribentity: ignore,
    onattribend: ignore,
    onattribname: ignore,
    oncdata: ignore,
    oncomment: ignore,
    ondeclaration: ignore,
    onprocessinginstruction: ignore,
    onend: ignore,
    onopentagname(start, end) {
      tag = html.slice(start, end).toLowerCase()
      tagStart = start - 1
    },
    onopentagend() {
      open(tag, tagStart)
    },
    onselfclosingtag() {
      open(tag, tagStart)
    },
    onclosetag(start, end) {
      close(html.slice(start, end).toLowerCase())
    },
    ontext(start, end) {
      addText(html.slice(start, end), start)
    },
    ontextentity(codePoint, end) {
      addText(String.fromCodePoint(codePoint), end)
    }
  }
  const tokenizer = new Tokenizer({ decodeEntities: true }, callbacks)
  tokenizer.write(html)
  tokenizer.end()
  flushText()
  flushRow()
  return out
}
