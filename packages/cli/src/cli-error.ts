/**
 * Errors the command line reports to its user: a Chinese message and an exit code,
 * never a stack trace.
 */

/**
 * Exit codes: 0 no errors, 1 the input has errors, 2 usage or unreadable files.
 */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const

/**
 * An error meant for the user, with a stable code.
 */
export class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode: number = EXIT.usage
  ) {
    super(message)
  }
}
