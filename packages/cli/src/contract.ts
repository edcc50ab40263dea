/**
 * What every command of `report` promises: its exit codes, the codes of the
 * failures it reports, and the JSON envelope it prints for each input with
 * `--json`. A failure is a value (`CliError`) with a stable code and a Chinese
 * message; its exit code follows from its code.
 */
import type { ImportNote } from '@report/import'
import { MAX_INPUT_BYTES, megabytes, type Problem } from '@report/model'

// -------------------------------------------------------------------------------------
// exit codes
// -------------------------------------------------------------------------------------

/**
 * Every exit code of `report`, the same for all commands. A run exits with the
 * worst code of its inputs.
 */
export const EXIT = { ok: 0, problems: 1, usage: 2, internal: 70, interrupted: 130 } as const

/**
 * An exit code of `report`.
 */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

/**
 * What each exit code means, in Chinese, as `report --help` prints it.
 */
export const EXIT_MEANINGS: Readonly<Record<ExitCode, string>> = {
  [EXIT.ok]: '没有错误（可有警告与说明）',
  [EXIT.problems]: `输入有错误（包括无法解码的报告、不是 UTF-8 编码的 JSON、UTF-16 编码的文本和超过 ${megabytes(MAX_INPUT_BYTES)} 的文件）`,
  [EXIT.usage]: '用法错误、输入无法读取（或不是普通文件）、输出无法写入或会覆盖输入',
  [EXIT.internal]: '内部错误（程序缺陷），请报告；批量处理时只算出错的那个输入，其余照常',
  [EXIT.interrupted]: '被中断（Ctrl-C 或 SIGTERM）：已完成的文件完整保留，未完成的不留下任何文件'
}

// -------------------------------------------------------------------------------------
// failures
// -------------------------------------------------------------------------------------

/**
 * Every failure code with its exit code: the one registry of what can stop a
 * command, or stop it for one input.
 */
export const FAILURES = {
  /** Options or operands the command does not take. */
  USAGE: EXIT.usage,
  UNKNOWN_COMMAND: EXIT.usage,
  INPUT_UNREADABLE: EXIT.usage,
  INPUT_IS_DIRECTORY: EXIT.usage,
  INPUT_EMPTY_DIRECTORY: EXIT.usage,
  INPUT_TOO_LARGE: EXIT.problems,
  /** A device, FIFO or socket given as input. */
  INPUT_NOT_REGULAR: EXIT.usage,
  /** JSON in GB18030 or UTF-16, or a published text in UTF-16: refused with how to save it as UTF-8. */
  INPUT_NOT_UTF8: EXIT.problems,
  OUTPUT_UNWRITABLE: EXIT.usage,
  /** Several inputs would be written to one file. */
  OUTPUT_CLASH: EXIT.usage,
  /** An output that is one of the inputs (its real path, or the same inode). */
  OUTPUT_IS_INPUT: EXIT.usage,
  /** A --font-dir that is not a folder. */
  FONT_DIR_MISSING: EXIT.usage,
  /** `report new` would overwrite a file and `--force` was not given. */
  OUTPUT_EXISTS: EXIT.usage,
  FONT_UNREADABLE: EXIT.usage,
  /** The previous year's report given to `validate --previous` is not a report. */
  PREVIOUS_INVALID: EXIT.problems,
  /** The input does not decode as a report, so it cannot be rendered. */
  REPORT_UNDECODABLE: EXIT.problems,
  /** The report has errors and `--allow-errors` was not given. */
  REPORT_HAS_ERRORS: EXIT.problems,
  /** The importer found too little (not even the year) to make a report. */
  REPORT_NOT_MADE: EXIT.problems,
  /** A character no font has. */
  MISSING_GLYPH: EXIT.problems,
  /** A text longer than any real report's (MAX_TEXT_CHARS), refused before it is set. */
  TEXT_TOO_LONG: EXIT.problems,
  /** A roster of `report aggregate` with a duplicate name, an unknown kind or a cell that cannot be read. */
  ROSTER_INVALID: EXIT.problems,
  INTERNAL: EXIT.internal
} as const satisfies Readonly<Record<string, ExitCode>>

/**
 * The stable English code of a failure, e.g. `INPUT_UNREADABLE`.
 */
export type FailureCode = keyof typeof FAILURES

/**
 * A failure meant for the user: a code, a Chinese message, and the file it is
 * about when there is one. Never shown with a stack trace.
 *
 * @example
 * throw new CliError('INPUT_UNREADABLE', 'a.json：无法读取（ENOENT）', 'a.json')
 */
export class CliError extends Error {
  override readonly name = 'CliError'
  readonly exitCode: ExitCode
  constructor(
    readonly code: FailureCode,
    message: string,
    readonly file?: string
  ) {
    super(message)
    this.exitCode = FAILURES[code]
  }
}

/**
 * Any failure as a {@link CliError}: one not meant for the user is an internal
 * error (exit 70), its message kept, never its stack.
 */
export const asCliError = (e: unknown): CliError =>
  e instanceof CliError ? e : new CliError('INTERNAL', `内部错误：${e instanceof Error ? e.message : String(e)}`)

/**
 * The usage failure of a command: what is wrong, then its usage line.
 */
export const usageError = (message: string, usage: string): CliError => new CliError('USAGE', `${message}\n用法：${usage}`)

// -------------------------------------------------------------------------------------
// envelope
// -------------------------------------------------------------------------------------

/**
 * What `--json` prints for each input, one JSON line each: the same fields for
 * every command, then the command's own (`import` adds `format` and `tables`).
 * `ok` is true when the input's exit code is 0.
 */
export interface Envelope {
  /** The input, or `null` for a failure before any input (usage). */
  readonly file: string | null
  readonly ok: boolean
  readonly problems: ReadonlyArray<Problem>
  /** The importer's notes; `[]` for the other commands. */
  readonly notes: ReadonlyArray<ImportNote>
  /** The file written, or `null`. */
  readonly output: string | null
  /** Why the command could not do its work on this input, or `null`. */
  readonly error: { readonly code: FailureCode; readonly message: string } | null
}

/**
 * An envelope in its field order, the fields not given empty; a command's own
 * fields (`extra`) come after.
 *
 * @example
 * envelope({ file: 'a.json', ok: true }) // { file: 'a.json', ok: true, problems: [], notes: [], output: null, error: null }
 */
export const envelope = (
  { file, ok, problems = [], notes = [], output = null, error = null }: Pick<Envelope, 'file' | 'ok'> & Partial<Envelope>,
  extra: Readonly<Record<string, unknown>> = {}
): Envelope => ({ file, ok, problems, notes, output, error, ...extra })

/**
 * The envelope of an input (or of a whole run) that a failure stopped.
 */
export const failureEnvelope = (failure: CliError, file: string | null = failure.file ?? null): Envelope =>
  envelope({ file, ok: false, error: { code: failure.code, message: failure.message } })

/**
 * One line of `--json` output.
 */
export const jsonLine = (value: Envelope): string => JSON.stringify(value) + '\n'
