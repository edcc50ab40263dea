/**
 * CSV as spreadsheets read and write it (RFC 4180): fields quoted when they hold a
 * comma, a quote or a line break, quotes doubled; written with a byte-order mark
 * and CRLF so that Excel opens Chinese text as UTF-8.
 */

/**
 * The CSV text of rows, with a byte-order mark, lines ended by CRLF.
 *
 * @example
 * csvText([['单位', '状态'], ['某某镇', '已收到']]) // '\uFEFF单位,状态\r\n某某镇,已收到\r\n'
 */
export const csvText = (rows: ReadonlyArray<ReadonlyArray<string | number>>): string =>
  '\uFEFF' + rows.map((row) => row.map((v) => field(String(v))).join(',') + '\r\n').join('')

const field = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)

/**
 * The rows of a CSV text (a byte-order mark dropped, CRLF or LF). A quote left open
 * is a `SyntaxError` naming its line.
 */
export const parseCsv = (text: string): ReadonlyArray<ReadonlyArray<string>> => {
  const rows: Array<Array<string>> = []
  let row: Array<string> = []
  let cell = ''
  let quoted = false
  let line = 1
  let openedAt = 0
  const s = text.replace(/^\uFEFF/, '')
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else {
        if (c === '\n') line++
        cell += c
      }
    } else if (c === '"' && cell === '') {
      quoted = true
      openedAt = line
    } else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      line++
    } else cell += c
  }
  if (quoted) throw new SyntaxError(`第 ${openedAt} 行的引号没有闭合`)
  if (cell !== '' || row.length > 0) rows.push([...row, cell])
  return rows
}
