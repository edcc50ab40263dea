import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXIT, EXIT_MEANINGS } from '../src/contract.js'
import { BIN, ROOT, hasStackTrace, jsonLines, runCli } from './run-cli.js'

const ENVELOPE = ['file', 'ok', 'problems', 'notes', 'output', 'error']
const temp = () => mkdtempSync(join(tmpdir(), 'report-contract-'))
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8')) as { version: string }).version

describe('--json: one envelope per input, for every command', () => {
  it('validate: the envelope fields in order, nothing written', () => {
    const { status, stdout } = runCli(['validate', 'fixtures/renshi-town-2020/report.json', 'fixtures/no-such.json', '--json'])
    expect(status).toBe(2)
    const [good, missing] = jsonLines(stdout)
    expect(Object.keys(good ?? {})).toEqual(ENVELOPE)
    expect(good).toMatchObject({ file: 'fixtures/renshi-town-2020/report.json', ok: true, notes: [], output: null, error: null })
    expect(missing).toMatchObject({ ok: false, error: { code: 'INPUT_UNREADABLE', message: 'fixtures/no-such.json：无法读取（找不到此文件或目录）' } })
  })

  it('import: the notes and the file written, then format and tables', () => {
    const out = join(temp(), 'renshi.json')
    const { status, stdout, stderr } = runCli(['import', 'fixtures/renshi-town-2020/source.txt', '-o', out, '--json'])
    expect(status).toBe(0)
    expect(stderr).toBe('')
    const [line] = jsonLines(stdout)
    expect(Object.keys(line ?? {})).toEqual([...ENVELOPE, 'format', 'tables'])
    expect(line).toMatchObject({ ok: true, output: out, error: null, notes: [{ code: 'DIGITS_SPLIT' }], format: '2019' })
    expect(existsSync(out)).toBe(true)
  })

  it('import: an unreadable file is an envelope with its error', () => {
    const { status, stdout } = runCli(['import', 'fixtures/no-such.txt', '--json'])
    expect(status).toBe(2)
    expect(jsonLines(stdout)).toEqual([
      {
        file: 'fixtures/no-such.txt',
        ok: false,
        problems: [],
        notes: [],
        output: null,
        error: { code: 'INPUT_UNREADABLE', message: 'fixtures/no-such.txt：无法读取（找不到此文件或目录）' },
        format: null,
        tables: null
      }
    ])
  })

  it('render: output is the file written; a refused report has output null and its error', () => {
    const dir = temp()
    const inputs = ['fixtures/renshi-town-2020/report.json', 'fixtures/broken/t3-1-balance/report.json']
    const { status, stdout, stderr } = runCli(['render', ...inputs, '--out-dir', dir, '--bundled-fonts', '--json'])
    expect(status).toBe(1)
    // stdout carries only the envelopes; the batch's summary line goes to stderr
    expect(stderr).toBe('共 2 个报告：已写出 1 个，未写出 1 个\n')
    // each envelope is printed as its render ends, so in either order
    const lines = jsonLines(stdout)
    const [written, refused] = inputs.map((input) => lines.find((l) => l['file'] === input))
    expect(Object.keys(written ?? {})).toEqual(ENVELOPE)
    expect(written).toMatchObject({ file: inputs[0], ok: true, output: join(dir, 'renshi-town-2020.pdf'), error: null })
    expect(readFileSync(join(dir, 'renshi-town-2020.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(refused).toMatchObject({
      file: inputs[1],
      ok: false,
      output: null,
      error: { code: 'REPORT_HAS_ERRORS', message: `${inputs[1]}：报告有错误，未排印（可用 --allow-errors 强制排印）` }
    })
    expect((refused?.['problems'] as ReadonlyArray<{ code: string }>).map((p) => p.code)).toContain('APPLICATION_BALANCE')
  })

  it('fonts: one envelope per font file, its role, name, family, source and path after', () => {
    const { status, stdout } = runCli(['fonts', '--bundled-fonts', '--json'])
    expect(status).toBe(0)
    const lines = jsonLines(stdout)
    expect(lines).toHaveLength(5)
    for (const line of lines) {
      expect(Object.keys(line)).toEqual([...ENVELOPE, 'role', 'name', 'family', 'source', 'path'])
      expect(line['file']).toBe(line['path'])
      expect(line['ok']).toBe(true)
    }
  })

  it('a usage error is an envelope without a file as well as the Chinese message', () => {
    const { status, stdout, stderr } = runCli(['render', '--bogus', '--json'])
    expect(status).toBe(2)
    expect(jsonLines(stdout)).toEqual([
      { file: null, ok: false, problems: [], notes: [], output: null, error: { code: 'USAGE', message: expect.stringContaining('未知选项 --bogus') } }
    ])
    expect(stderr).toContain('report：参数有误：未知选项 --bogus')
  })
})

describe('report --help, --version and the exit codes', () => {
  it('lists every exit code with its meaning', () => {
    const { status, stdout } = runCli(['--help'])
    expect(status).toBe(0)
    for (const code of Object.values(EXIT)) expect(stdout).toMatch(new RegExp(`^  ${code} +${EXIT_MEANINGS[code]}$`, 'm'))
    expect(stdout).toContain('70   内部错误（程序缺陷），请报告；批量处理时只算出错的那个输入，其余照常')
    expect(stdout).toContain('130  被中断（Ctrl-C 或 SIGTERM）')
  })

  it.each([['--version'], ['-V']])('%s prints the version of package.json', (flag) => {
    expect(runCli([flag])).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: '' })
  })
})

describe('bin/report.js, the file npm links as report', () => {
  it('is executable, starts with a shebang and runs the command', () => {
    expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
    expect(statSync(BIN).mode & 0o111).not.toBe(0)
    const { status, stdout, stderr } = runCli(['--help'], ROOT, BIN)
    expect(status).toBe(0)
    expect(stdout).toContain('用法：report <命令> [参数]')
    expect(hasStackTrace(stderr)).toBe(false)
  })

  it('stops printing quietly when its reader closes the pipe early: no stack trace, its own exit code', () => {
    const inputs = ['renshi-town-2020', 'hongze-district-2024', 'example-department-2021'].map((f) => `fixtures/${f}/report.json`)
    for (const args of [
      ['fonts', '--bundled-fonts'],
      ['validate', ...inputs]
    ]) {
      const script = `node ${BIN} ${args.join(' ')} | head -c 1 >/dev/null; exit \${PIPESTATUS[0]}`
      const { status, stderr } = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8' })
      expect(hasStackTrace(stderr), stderr).toBe(false)
      expect(stderr).not.toContain('EPIPE')
      expect(status).toBe(args[0] === 'fonts' ? 0 : runCli(args).status)
    }
  })
})
