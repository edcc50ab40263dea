/**
 * What a batch does when it is interrupted (Ctrl-C, SIGINT, or SIGTERM): its own
 * clean-up (stop the workers, remove its temporary files, print what was done),
 * then exit with `EXIT.interrupted`. Complete outputs stay; nothing half-written
 * does, since every output is renamed into place whole.
 */
import { EXIT } from './contract.js'

const SIGNALS = ['SIGINT', 'SIGTERM'] as const

/**
 * The signal that interrupted a batch.
 */
export type Interruption = (typeof SIGNALS)[number]

/**
 * Calls `cleanUp` on the first SIGINT or SIGTERM, then exits with
 * `EXIT.interrupted` (a second signal during the clean-up ends the process at
 * once). Returns the function that stops listening, for when the batch is done.
 */
export const onInterrupt = (cleanUp: (signal: Interruption) => Promise<void> | void): (() => void) => {
  const handler = (signal: Interruption) => {
    stop()
    void (async () => {
      try {
        await cleanUp(signal)
      } finally {
        process.exit(EXIT.interrupted)
      }
    })()
  }
  const stop = () => SIGNALS.forEach((s) => process.off(s, handler))
  SIGNALS.forEach((s) => process.on(s, handler))
  return stop
}
