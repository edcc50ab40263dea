/**
 * `report`: the command line of the toolkit. Every failure is a Chinese message
 * and an exit code (`EXIT`), never a stack trace. Run by `bin/report.js`.
 */
import { readFileSync } from 'node:fs'
import type { Command } from './command.js'
import { CliError, EXIT, asCliError } from './contract.js'
import { mainHelp } from './help.js'

/**
 * Every command by name, in the order of the help, each module loaded only when its
 * command runs: `render` never loads the importer, `validate` never loads pdfmake.
 */
const COMMANDS: ReadonlyArray<readonly [string, () => Promise<Command>]> = [
  ['new', async () => (await import('./commands/new.js')).newCommand],
  ['validate', async () => (await import('./commands/validate.js')).validateCommand],
  ['import', async () => (await import('./commands/import.js')).importCommand],
  ['render', async () => (await import('./commands/render.js')).renderCommand],
  ['aggregate', async () => (await import('./commands/aggregate.js')).aggregateCommand],
  ['audit', async () => (await import('./commands/audit.js')).auditCommand],
  ['fonts', async () => (await import('./commands/fonts.js')).fontsCommand]
]

/** Every command, for the help: loads them all. */
const allCommands = (): Promise<ReadonlyArray<Command>> => Promise.all(COMMANDS.map(([, load]) => load()))

/** The command of a name, loaded. */
const named = async (name: string | undefined): Promise<Command | undefined> => COMMANDS.find(([n]) => n === name)?.[1]()

const version = (): string => (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version

const main = async (argv: ReadonlyArray<string>): Promise<number> => {
  const [name, ...args] = argv
  const print = (text: string) => process.stdout.write(text + '\n')
  if (name === undefined) {
    print(mainHelp(await allCommands()))
    return EXIT.usage
  }
  if (name === '--version' || name === '-V') {
    print(version())
    return EXIT.ok
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    print((await named(args[0]))?.help ?? mainHelp(await allCommands()))
    return EXIT.ok
  }
  const command = await named(name)
  if (command === undefined) {
    const what = name.startsWith('-') ? `未知选项 ${name}` : `未知命令“${name}”`
    throw new CliError(name.startsWith('-') ? 'USAGE' : 'UNKNOWN_COMMAND', `${what}\n${mainHelp(await allCommands())}`)
  }
  return command.run(args)
}

// A reader that stops early (`report validate … | head`) closes the pipe: what is left to print is dropped,
// and the command still finishes its work and exits with its own code, with no stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e
  })

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
