/**
 * Text in columns for a terminal: each cell padded to its column's display width
 * (a Chinese character is two columns wide).
 */
import { displayWidth } from '@report/model'

const pad = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - displayWidth(s)))

/**
 * The rows as lines, the columns two spaces apart, no trailing space.
 *
 * @example
 * alignColumns([['文件', '格式'], ['a.txt', '2021']]) // ['文件   格式', 'a.txt  2021']
 */
export const alignColumns = (rows: ReadonlyArray<ReadonlyArray<string>>): ReadonlyArray<string> => {
  const widths: Array<number> = []
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))))
  return rows.map((row) =>
    row
      .map((cell, i) => pad(cell, widths[i] ?? 0))
      .join('  ')
      .trimEnd()
  )
}
