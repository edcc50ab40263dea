import { execFileSync } from 'node:child_process'
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDirs } from './temp-dirs.js'
import { ROOT, hasStackTrace, jsonLines, runCli } from './run-cli.js'

const REPORT = join(ROOT, 'fixtures/renshi-town-2020/report.json')
const SAVE_AS = '请用文本编辑器另存为 UTF-8 编码（记事本：“另存为”，编码选“UTF-8”）后再试'

const temp = tempDirs('report-inputs-')

const file = (name: string, content: string | Uint8Array): string => {
  const path = join(temp(), name)
  writeFileSync(path, content)
  return path
}

describe('encodings are stated, never guessed', () => {
  it('validate on GBK JSON: an error naming GB18030 and how to save as UTF-8, exit 1', () => {
    const bytes = Buffer.from('7b226167656e6379223a22c8cecad0d5f2227d', 'hex') // {"agency":"任市镇"} in GBK
    const input = file('gbk.json', bytes)
    const { status, stdout } = runCli(['validate', input, '--json'])
    expect(status).toBe(1)
    const [line] = jsonLines(stdout)
    expect(line).toMatchObject({ ok: false, error: { code: 'INPUT_NOT_UTF8' }, problems: [{ code: 'INPUT_NOT_UTF8', severity: 'error' }] })
    expect((line?.['error'] as { message: string }).message).toBe(`${input}：文件不是 UTF-8 编码，看来是 GB18030（GBK，记事本所谓“ANSI”）；${SAVE_AS}`)
  })

  it('validate and render on UTF-16 JSON with a byte-order mark: refused, exit 1, nothing written', () => {
    const text = readFileSync(REPORT, 'utf8')
    const input = file('u16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
    const validate = runCli(['validate', input])
    expect(validate.status).toBe(1)
    expect(validate.stdout).toContain(`${input}：文件是 UTF-16LE 编码（带字节顺序标记），不是 UTF-8；${SAVE_AS}`)
    const render = runCli(['render', input, '-o', join(temp(), 'x.pdf'), '--bundled-fonts'])
    expect(render.status).toBe(1)
    expect(render.stderr).toBe(`report：${input}：文件是 UTF-16LE 编码（带字节顺序标记），不是 UTF-8；${SAVE_AS}\n`)
  })

  it('import of UTF-16 text: refused the same (the importer reads UTF-8 and GB18030 only)', () => {
    const text = readFileSync(join(ROOT, 'fixtures/renshi-town-2020/source.txt'), 'utf8')
    const input = file('s.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]))
    const { status, stderr } = runCli(['import', input])
    expect(status).toBe(1)
    expect(stderr).toBe(`report：${input}：文件是 UTF-16BE 编码（带字节顺序标记），不是 UTF-8；${SAVE_AS}\n`)
  })

  it('a report holding U+FFFD is an error of validate, not a surprise of render', () => {
    const input = file('a.json', readFileSync(REPORT, 'utf8').replace('任市镇', '任\uFFFD镇'))
    const { status, stdout } = runCli(['validate', input, '--json'])
    expect(status).toBe(1)
    expect((jsonLines(stdout)[0]?.['problems'] as ReadonlyArray<{ code: string }>).map((p) => p.code)).toContain('TEXT_REPLACEMENT_CHARACTER')
  })
})

describe('inputs are regular files, read with a bound', () => {
  it.each([['validate'], ['render'], ['import']])('%s /dev/zero: refused as not a regular file, exit 2, at once', (command) => {
    const { status, stderr, stdout } = runCli([command, '/dev/zero', ...(command === 'render' ? ['--bundled-fonts'] : [])])
    expect(status).toBe(2)
    expect(stdout + stderr).toContain('/dev/zero：不是普通文件（设备、管道或套接字），不能作为输入')
  })

  it('a FIFO with no writer: refused, exit 2, without waiting for one', () => {
    const fifo = join(temp(), 'pipe.json')
    execFileSync('mkfifo', [fifo])
    const { status, stderr } = runCli(['render', fifo, '--bundled-fonts'])
    expect(status).toBe(2)
    expect(stderr).toBe(`report：${fifo}：不是普通文件（设备、管道或套接字），不能作为输入\n`)
  })

  it('JSON nested 5,000 deep: a 嵌套过深 problem (JSON_TOO_DEEP), exit 1, no internal error', () => {
    const input = file('deep.json', '['.repeat(5000) + ']'.repeat(5000))
    const validate = runCli(['validate', input])
    expect(validate.status).toBe(1)
    expect(validate.stdout).toContain('错误 [SCHEMA JSON_TOO_DEEP] 文件：嵌套过深')
    const render = runCli(['render', input, '--bundled-fonts'])
    expect(render.status).toBe(1)
    expect(render.stderr).not.toContain('内部错误')
    expect(hasStackTrace(render.stderr)).toBe(false)
  })
})

describe('writing', () => {
  it('an output whose parent is a file: a Chinese reason, exit 2, no temp file left', () => {
    const dir = temp()
    writeFileSync(join(dir, 'file'), 'x')
    const out = join(dir, 'file', 'x.pdf')
    const { status, stderr } = runCli(['render', REPORT, '-o', out, '--bundled-fonts'])
    expect(status).toBe(2)
    expect(stderr).toBe(`report：${out}：无法写入（路径中有一段是文件，不是目录）\n`)
    expect(readdirSync(dir)).toEqual(['file'])
  })

  it('sweeps the temp files of a dead process, keeps those of a live one, leaves only the output', () => {
    const dir = temp()
    const dead = execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
    writeFileSync(join(dir, `.old.pdf.tmp-${dead}-0.1`), 'half a PDF')
    writeFileSync(join(dir, `.live.pdf.tmp-${process.pid}-0.1`), 'being written')
    copyFileSync(REPORT, join(dir, 'a.json'))
    const { status } = runCli(['render', join(dir, 'a.json'), '--bundled-fonts'])
    expect(status).toBe(0)
    expect(readdirSorted(dir)).toEqual([`.live.pdf.tmp-${process.pid}-0.1`, 'a.json', 'a.pdf'])
  })

  it('render without -o says where it wrote (the input’s folder), and --help says so too', () => {
    const dir = temp()
    copyFileSync(REPORT, join(dir, 'a.json'))
    const { status, stdout } = runCli(['render', 'a.json', '--bundled-fonts'], dir)
    expect(status).toBe(0)
    expect(stdout).toContain(`a.json → a.pdf\n`)
    expect(runCli(['render', '--help']).stdout).toContain('不给 -o 与 --out-dir 时写到报告所在的目录')
  })

  it('-o with --out-dir, and a --font-dir that is not there: usage errors, exit 2', () => {
    const both = runCli(['render', REPORT, '-o', 'x.pdf', '--out-dir', 'out'])
    expect(both.status).toBe(2)
    expect(both.stderr).toMatch(/^report：-o 与 --out-dir 不能同时使用\n用法：report render/)
    const missing = runCli(['fonts', '--font-dir', '/no/such/fonts'])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toBe('report：--font-dir /no/such/fonts：不是可用的目录（找不到此文件或目录）\n')
  })
})

const readdirSorted = (dir: string): ReadonlyArray<string> => readdirSync(dir).sort()
