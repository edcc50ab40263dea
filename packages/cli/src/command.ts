/**
 * What every subcommand of `report` is: a name, a Chinese summary, its operands
 * and options declared once, and a run that returns the exit code. `command`
 * gives each the same contract: `--help`, usage errors in Chinese, and with
 * `--json` an envelope on stdout for a failure that stops it.
 */
import { EXIT, asCliError, failureEnvelope, jsonLine } from './contract.js'
import { commandHelp, usageLine } from './help.js'
import { parseOptions, type OptionSpecs, type Values } from './options.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A command as `report` runs it.
 */
export interface Command {
  readonly name: string
  /** One line, in Chinese, for `report --help`. */
  readonly summary: string
  /** The usage line, e.g. `report validate <报告.json...> [--previous <上年报告.json>] [--json]`. */
  readonly usage: string
  /** What `report <name> --help` prints. */
  readonly help: string
  readonly run: (args: ReadonlyArray<string>) => Promise<number>
}

/**
 * The parsed arguments a command's work receives.
 */
export interface Invocation<O extends OptionSpecs> {
  readonly values: Values<O>
  readonly positionals: ReadonlyArray<string>
  readonly json: boolean
  /** The usage line, for the command's own usage errors. */
  readonly usage: string
}

/**
 * How a command is declared.
 */
export interface CommandSpec<O extends OptionSpecs> {
  readonly name: string
  readonly summary: string
  /** The operands in the usage line, e.g. `<报告.json...>`; `''` for none. */
  readonly operands: string
  readonly options: O
  readonly run: (invocation: Invocation<O>) => Promise<number>
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A command from its declaration.
 *
 * @example
 * const fonts = command({ name: 'fonts', summary: '列出字体', operands: '', options: {}, run: async () => EXIT.ok })
 */
export const command = <const O extends OptionSpecs>(spec: CommandSpec<O>): Command => {
  const usage = usageLine(spec.name, spec.operands, spec.options)
  const help = commandHelp(usage, spec.summary, spec.options)
  return {
    name: spec.name,
    summary: spec.summary,
    usage,
    help,
    run: async (args) => {
      const parsed = parseOptions(args, spec.options, spec.operands !== '', usage)
      try {
        if (parsed.kind === 'help') {
          process.stdout.write(help + '\n')
          return EXIT.ok
        }
        if (parsed.kind === 'refused') throw parsed.error
        return await spec.run({ values: parsed.values, positionals: parsed.positionals, json: parsed.json, usage })
      } catch (e) {
        const failure = asCliError(e)
        if (parsed.json) process.stdout.write(jsonLine(failureEnvelope(failure)))
        throw failure
      }
    }
  }
}
