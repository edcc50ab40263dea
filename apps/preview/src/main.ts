#!/usr/bin/env node
/**
 * `npm run preview [-- <file>] [--port <n>]`: opens a report (the bundled sample by
 * default) in the local viewer and prints its address.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { startPreview } from './server.js'

/** The bundled sample: 开江县任市镇人民政府 2020. */
const SAMPLE_FILE = fileURLToPath(new URL('../../../fixtures/renshi-town-2020/report.json', import.meta.url))

const USAGE = '用法：npm run preview -- [报告文件（.json，或已发布的文本、HTML）] [--port 端口]'

const fail = (message: string): never => {
  process.stderr.write(`${message}\n`)
  process.exit(2)
}

const parse = (): { file: string; port: number } => {
  let parsed
  try {
    parsed = parseArgs({ options: { port: { type: 'string', short: 'p' } }, allowPositionals: true })
  } catch (e) {
    return fail(`参数有误：${e instanceof Error ? e.message : String(e)}\n${USAGE}`)
  }
  const { values, positionals } = parsed
  if (positionals.length > 1) return fail(`一次只能打开一个文件\n${USAGE}`)
  const port = Number(values.port ?? 0)
  if (!Number.isInteger(port) || port < 0 || port > 65535) return fail(`端口应为 0 至 65535 之间的整数，实为 ${values.port ?? ''}\n${USAGE}`)
  // npm runs scripts from the repository's root; a relative path means where npm was started.
  const file = positionals[0] === undefined ? SAMPLE_FILE : resolve(process.env['INIT_CWD'] ?? process.cwd(), positionals[0])
  if (!existsSync(file)) return fail(`找不到文件：${file}\n${USAGE}`)
  return { file, port }
}

const main = async (): Promise<void> => {
  const { file, port } = parse()
  const preview = await startPreview({ file, port }).catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)))
  process.stdout.write(`报告预览已启动：${preview.url}\n正在显示：${file}（保存文件后页面自动更新）\n按 Ctrl+C 结束。\n`)
  const stop = (): void => {
    void preview.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

void main()
