/**
 * What every subcommand of `report` is: a name, a Chinese summary and usage, and
 * a run that returns the exit code.
 */
import { CliError } from './cli-error.js'

export interface Command {
  readonly name: string
  /** One line, in Chinese, for `report --help`. */
  readonly summary: string
  /** The usage line, e.g. `report validate <file...> [--previous <file>] [--json]`. */
  readonly usage: string
  readonly run: (args: ReadonlyArray<string>) => Promise<number>
}

/**
 * Runs an argument parser (`util.parseArgs`), turning its errors into a usage
 * {@link CliError} in Chinese.
 *
 * @example
 * const { values } = withUsage(command, () => parseArgs({ args: [...args], options: { json: { type: 'boolean' } } }))
 */
export const withUsage = <A>(command: Pick<Command, 'usage'>, parse: () => A): A => {
  try {
    return parse()
  } catch (e) {
    throw new CliError('USAGE', `参数有误：${(e as Error).message}\n用法：${command.usage}`)
  }
}
