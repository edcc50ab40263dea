/**
 * The options of a command, declared once (type, flag, the name of its value, a
 * Chinese summary) and parsed with `util.parseArgs`. Every way the arguments can
 * be wrong is told in Chinese, naming the option; nothing of Node's English
 * messages reaches the user.
 */
import { parseArgs } from 'node:util'
import { usageError, type CliError } from './contract.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * One option of a command.
 */
export interface OptionSpec {
  readonly type: 'string' | 'boolean'
  /** The one-letter flag, e.g. `o` for `-o`. */
  readonly short?: string
  /** May be given more than once; the values are kept in order. */
  readonly multiple?: boolean
  /** The name of the value in the usage, e.g. `目录` (string options). */
  readonly value?: string
  /** What it does, in Chinese, one line. */
  readonly summary: string
}

/**
 * The options of a command, by long name.
 */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>

/**
 * The values parsed for `O`: a boolean, a string, or the strings of a `multiple`
 * option; absent when not given.
 */
export type Values<O extends OptionSpecs> = {
  readonly [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : O[K]['multiple'] extends true ? ReadonlyArray<string> : string
}

/**
 * What a command's arguments are: the help asked for, a usage error, or the
 * values and operands; `json` in each case, so that even a usage error can be
 * answered with an envelope.
 */
export type Parsed<O extends OptionSpecs> = { readonly json: boolean } & (
  | { readonly kind: 'help' }
  | { readonly kind: 'refused'; readonly error: CliError }
  | { readonly kind: 'parsed'; readonly values: Values<O>; readonly positionals: ReadonlyArray<string> }
)

/**
 * The options every command takes.
 */
export const COMMON_OPTIONS = {
  json: { type: 'boolean', summary: '每个输入输出一行 JSON（信封：file、ok、problems、notes、output、error）' },
  help: { type: 'boolean', short: 'h', summary: '显示本命令的用法与选项' }
} as const satisfies OptionSpecs

// -------------------------------------------------------------------------------------
// parsing
// -------------------------------------------------------------------------------------

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number]
type OptionToken = Extract<Token, { kind: 'option' }>

/** What `parseArgs` would take as a value but refuses in strict mode: `-o --json`. */
const looksLikeOption = (value: string): boolean => value.length > 1 && value.startsWith('-')

const valueMissing = (spec: OptionSpec, t: OptionToken): boolean =>
  spec.type === 'string' && (t.value === undefined || (t.inlineValue === false && looksLikeOption(t.value)))

/** The Chinese message for the first argument `parseArgs` refused (its error kind says which). */
const refusal = (kind: string, options: OptionSpecs, tokens: ReadonlyArray<Token>): string => {
  const optionTokens = tokens.filter((t): t is OptionToken => t.kind === 'option')
  if (kind === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const unknown = optionTokens.find((t) => !Object.hasOwn(options, t.name))
    if (unknown !== undefined) return `未知选项 ${unknown.rawName}`
  }
  if (kind === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    for (const t of optionTokens) {
      const spec = options[t.name]
      if (spec === undefined) continue
      if (valueMissing(spec, t)) return `选项 ${t.rawName} 缺少取值${spec.value === undefined ? '' : `（${spec.value}）`}`
      if (spec.type === 'boolean' && t.value !== undefined) return `选项 ${t.rawName} 不带取值`
    }
  }
  if (kind === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const extra = tokens.find((t) => t.kind === 'positional')
    if (extra?.kind === 'positional') return `多余的参数“${extra.value}”`
  }
  return '无法识别的参数'
}

/**
 * The arguments of a command with `options` (and {@link COMMON_OPTIONS}); a
 * refusal is a usage error in Chinese followed by `usage`. `--help` anywhere
 * before `--` asks for the help, whatever else is wrong.
 *
 * @example
 * parseOptions(['a.json', '--json'], { previous: { type: 'string', summary: '上年报告' } }, true, 'report validate …')
 * // { json: true, kind: 'parsed', values: { json: true }, positionals: ['a.json'] }
 */
export const parseOptions = <O extends OptionSpecs>(args: ReadonlyArray<string>, options: O, allowPositionals: boolean, usage: string): Parsed<O> => {
  const config = { ...options, ...COMMON_OPTIONS }
  const { tokens } = parseArgs({ args: [...args], options: config, strict: false, allowPositionals: true, tokens: true })
  const given = (name: string) => tokens.some((t) => t.kind === 'option' && t.name === name)
  const json = given('json')
  if (given('help')) return { json, kind: 'help' }
  try {
    const { values, positionals } = parseArgs({ args: [...args], options: config, allowPositionals })
    return { json, kind: 'parsed', values: values as Values<O>, positionals }
  } catch (e) {
    const kind = (e as NodeJS.ErrnoException).code ?? ''
    return { json, kind: 'refused', error: usageError(`参数有误：${refusal(kind, config, tokens)}`, usage) }
  }
}
