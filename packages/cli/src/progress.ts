/**
 * A progress bar for batch commands, drawn on stderr only when it is a terminal,
 * with the batch's lines printed above it as each input ends.
 */

/**
 * A batch's progress bar.
 */
export interface Progress {
  /** One more item done. */
  readonly tick: (label: string) => void
  /** Runs `write` (what it prints goes above the bar, never mixed with it). */
  readonly above: (write: () => void) => void
  /** Clears the bar. */
  readonly done: () => void
}

/** What is taken for the width when a terminal says it has none (0, as some do when resized or detached). */
const FALLBACK_COLUMNS = 80

/**
 * The columns to draw in: the terminal's when it reports some, else 80.
 *
 * @example
 * columnsOf({ columns: 0 }) // 80
 */
export const columnsOf = (stream: { readonly columns?: number }): number =>
  stream.columns !== undefined && stream.columns > 0 ? stream.columns : FALLBACK_COLUMNS

/**
 * The bar's line after `count` of `total`, cut or padded to `columns`.
 *
 * @example
 * barLine(1, 2, 'a.json', 20) // '[###...] 1/2 a.json' padded to 20 columns
 */
export const barLine = (count: number, total: number, label: string, columns: number): string => {
  const width = Math.max(1, Math.min(30, columns - 20))
  const filled = Math.round((count / total) * width)
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}/${total} ${label}`.slice(0, columns).padEnd(columns)
}

/**
 * A progress bar over `total` items; silent when `stream` is not a terminal
 * (then `above` only runs what it is given).
 */
export const progress = (total: number, stream: NodeJS.WriteStream = process.stderr): Progress => {
  if (!stream.isTTY) return { tick: () => undefined, above: (write) => write(), done: () => undefined }
  let count = 0
  let label = ''
  const clear = () => stream.write('\r' + ' '.repeat(columnsOf(stream)) + '\r')
  const draw = () => stream.write(`\r${barLine(count, total, label, columnsOf(stream))}`)
  return {
    tick: (next) => {
      count += 1
      label = next
      draw()
    },
    above: (write) => {
      clear()
      write()
      if (count > 0) draw()
    },
    done: clear
  }
}
