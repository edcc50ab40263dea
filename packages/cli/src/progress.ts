/**
 * A progress bar for batch commands, drawn on stderr only when it is a terminal.
 */

export interface Progress {
  /** One more item done. */
  readonly tick: (label: string) => void
  /** Clears the bar. */
  readonly done: () => void
}

/**
 * A progress bar over `total` items; silent when stderr is not a terminal.
 */
export const progress = (total: number, stream: NodeJS.WriteStream = process.stderr): Progress => {
  if (!stream.isTTY) return { tick: () => undefined, done: () => undefined }
  let count = 0
  const width = 30
  return {
    tick: (label) => {
      count += 1
      const filled = Math.round((count / total) * width)
      stream.write(
        `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}/${total} ${label}`.slice(0, stream.columns ?? 80).padEnd(stream.columns ?? 80)
      )
    },
    done: () => {
      stream.write('\r' + ' '.repeat(stream.columns ?? 80) + '\r')
    }
  }
}
