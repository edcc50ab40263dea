/**
 * `report`: the command line of the toolkit. Every failure is a Chinese message
 * and an exit code (`EXIT`), never a stack trace. Run by `bin/report.js`.
 */
import { readFileSync } from 'node:fs'
import type { Command } from './command.js'
import { CliError, EXIT, asCliError } from './contract.js'
import { aggregateCommand } from './commands/aggregate.js'
import { auditCommand } from './commands/audit.js'
import { fontsCommand } from './commands/fonts.js'
import { importCommand } from './commands/import.js'
import { newCommand } from './commands/new.js'
import { renderCommand } from './commands/render.js'
import { validateCommand } from './commands/validate.js'
import { mainHelp } from './help.js'

const COMMANDS: ReadonlyArray<Command> = [newCommand, validateCommand, importCommand, renderCommand, aggregateCommand, auditCommand, fontsCommand]

const version = (): string => (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version

const main = async (argv: ReadonlyArray<string>): Promise<number> => {
  const [name, ...args] = argv
  const print = (text: string) => process.stdout.write(text + '\n')
  if (name === undefined) {
    print(mainHelp(COMMANDS))
    return EXIT.usage
  }
  if (name === '--version' || name === '-V') {
    print(version())
    return EXIT.ok
  }
  const named = (n: string | undefined) => COMMANDS.find((c) => c.name === n)
  if (name === '--help' || name === '-h' || name === 'help') {
    print(named(args[0])?.help ?? mainHelp(COMMANDS))
    return EXIT.ok
  }
  const command = named(name)
  if (command === undefined) {
    const what = name.startsWith('-') ? `未知选项 ${name}` : `未知命令“${name}”`
    throw new CliError(name.startsWith('-') ? 'USAGE' : 'UNKNOWN_COMMAND', `${what}\n${mainHelp(COMMANDS)}`)
  }
  return command.run(args)
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    const failure = asCliError(e)
    process.stderr.write(`report：${failure.message}\n`)
    process.exitCode = failure.exitCode
  }
)
