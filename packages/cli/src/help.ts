/**
 * The help of `report` and of each command, in Chinese, made from the same
 * declarations the arguments are parsed with: the usage line, the options and
 * the exit codes.
 */
import { alignColumns } from './columns.js'
import { EXIT_MEANINGS } from './contract.js'
import { COMMON_OPTIONS, type OptionSpec, type OptionSpecs } from './options.js'

/** Two columns, indented. */
const columns = (rows: ReadonlyArray<readonly [string, string]>): ReadonlyArray<string> => alignColumns(rows).map((line) => `  ${line}`)

const flag = (name: string, spec: OptionSpec): string => (spec.short === undefined ? `--${name}` : `-${spec.short}`)

const withValue = (text: string, spec: OptionSpec): string => (spec.value === undefined ? text : `${text} ${spec.value}`)

/**
 * The usage line of a command: its operands, then each option (the short flag
 * where there is one), then `[--json]`.
 *
 * @example
 * usageLine('fonts', '', { 'bundled-fonts': { type: 'boolean', summary: '…' } }) // 'report fonts [--bundled-fonts] [--json]'
 */
export const usageLine = (name: string, operands: string, options: OptionSpecs): string =>
  [`report ${name}`, operands, ...Object.entries({ ...options, json: COMMON_OPTIONS.json }).map(([n, spec]) => `[${withValue(flag(n, spec), spec)}]`)]
    .filter((part) => part !== '')
    .join(' ')

/**
 * The exit codes, one line each, in order (integer keys iterate in ascending order).
 */
export const exitCodeLines = (): ReadonlyArray<string> => columns(Object.entries(EXIT_MEANINGS))

/**
 * The help of one command: usage, summary, every option, exit codes.
 */
export const commandHelp = (usage: string, summary: string, options: OptionSpecs): string => {
  const rows = Object.entries<OptionSpec>({ ...options, ...COMMON_OPTIONS }).map(
    ([name, spec]) => [withValue(spec.short === undefined ? `--${name}` : `-${spec.short}, --${name}`, spec), spec.summary] as const
  )
  return [`用法：${usage}`, '', summary, '', '选项：', ...columns(rows), '', '退出码：', ...exitCodeLines()].join('\n')
}

/**
 * The help of `report`: every command with its usage and summary, the options of
 * `report` itself and the exit codes.
 */
export const mainHelp = (commands: ReadonlyArray<{ readonly usage: string; readonly summary: string }>): string =>
  [
    '用法：report <命令> [参数]',
    '',
    '命令：',
    ...commands.map((c) => `  ${c.usage}\n      ${c.summary}`),
    '',
    '选项：',
    ...columns([
      ['-h, --help', '显示本用法；report <命令> --help 显示该命令的选项'],
      ['-V, --version', '显示版本']
    ]),
    '',
    '退出码：',
    ...exitCodeLines()
  ].join('\n')
