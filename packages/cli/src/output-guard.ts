/**
 * Outputs that would destroy data are refused before anything is read or written:
 * an output that is one of the inputs (by its real path, through symbolic links,
 * or by device and inode for a hard link), and two outputs of one run that are
 * the same file.
 */
import { realpathSync, statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { CliError } from './contract.js'

interface FileIdentity {
  /** The real path, or for a file not there yet its real folder's path and its name. */
  readonly real: string
  /** `dev:ino` of a file that exists. */
  readonly inode: string | undefined
}

/** The real path of `path`, resolving links in whatever part of it exists. */
const realPath = (path: string): string => {
  try {
    return realpathSync(path)
  } catch {
    const parent = dirname(path)
    return parent === path ? path : join(realPath(parent), basename(path))
  }
}

const identify = (path: string): FileIdentity => {
  const absolute = resolve(path)
  let inode: string | undefined
  try {
    const stat = statSync(absolute)
    inode = `${stat.dev}:${stat.ino}`
  } catch {
    inode = undefined
  }
  return { real: realPath(absolute), inode }
}

const same = (a: FileIdentity, b: FileIdentity): boolean => a.real === b.real || (a.inode !== undefined && a.inode === b.inode)

/**
 * Throws a {@link CliError} when an output is an input (`OUTPUT_IS_INPUT`) or two
 * outputs are one file (`OUTPUT_CLASH`); `hint` says, in Chinese, what to do
 * instead.
 *
 * @example
 * refuseOverwrites(['a.json'], ['a.json']) // throws OUTPUT_IS_INPUT: 'a.json：输出文件就是输入文件 a.json，不会覆盖输入；…'
 */
export const refuseOverwrites = (inputs: ReadonlyArray<string>, outputs: ReadonlyArray<string>, hint = '请用 -o 或 --out-dir 另指定输出'): void => {
  const read = inputs.map((input) => ({ input, id: identify(input) }))
  const written: Array<FileIdentity> = []
  for (const output of outputs) {
    const id = identify(output)
    const input = read.find((r) => same(r.id, id))
    if (input !== undefined) throw new CliError('OUTPUT_IS_INPUT', `${output}：输出文件就是输入文件 ${input.input}，不会覆盖输入；${hint}`, output)
    if (written.some((w) => same(w, id))) throw new CliError('OUTPUT_CLASH', `${output}：多个输入将写到同一个输出文件；${hint}`, output)
    written.push(id)
  }
}
