#!/usr/bin/env node
/**
 * `report`: the command line of the toolkit. Every failure is a Chinese message
 * and an exit code, never a stack trace.
 */
import { CliError, EXIT } from './cli-error.js'
import type { Command } from './command.js'
import { importCommand } from './commands/import.js'
import { validateCommand } from './commands/validate.js'
import { renderCommand } from './commands/render.js'
import { fontsCommand } from './commands/fonts.js'

const COMMANDS: ReadonlyArray<Command> = [validateCommand, importCommand, renderCommand, fontsCommand]

const help = (): string =>
  ['用法：report <命令> [参数]', '', '命令：', ...COMMANDS.map((c) => `  ${c.usage}\n      ${c.summary}`)].join('\n')

const main = async (argv: ReadonlyArray<string>): Promise<number> => {
  const [name, ...args] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help() + '\n')
    return name === undefined ? EXIT.usage : EXIT.ok
  }
  const command = COMMANDS.find((c) => c.name === name)
  if (command === undefined) throw new CliError('UNKNOWN_COMMAND', `未知命令“${name}”\n${help()}`)
  return command.run(args)
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    if (e instanceof CliError) {
      process.stderr.write(`report：${e.message}\n`)
      process.exitCode = e.exitCode
    } else {
      process.stderr.write(`report：内部错误：${e instanceof Error ? e.message : String(e)}\n`)
      process.exitCode = 70
    }
  }
)
