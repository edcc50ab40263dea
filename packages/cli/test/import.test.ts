import { spawn } from 'node:child_process'
import { fixturePath } from '@report/fixtures'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, hasStackTrace, runCli } from './run-cli.js'

const SAMPLE = 'fixtures/renshi-town-2020/source.txt'
const fixture = (name: string, file: string) => readFileSync(fixturePath(name, file), 'utf8')

describe('report import', () => {
  it('writes exactly the sample fixture with -o, and prints the notes and problems in Chinese', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'report-import-')), 'out.json')
    const { status, stdout, stderr } = runCli(['import', SAMPLE, '-o', out])
    expect(status).toBe(0)
    expect(stderr).toBe('')
    expect(readFileSync(out, 'utf8')).toBe(fixture('renshi-town-2020', 'report.json'))
    expect(stdout.split('\n').slice(0, 4)).toEqual([
      `${SAMPLE} → ${out}`,
      `${SAMPLE}：1 条导入说明`,
      '  说明 [DIGITS_SPLIT] 第 570 行 表四：数字连写“000000000000000”，只有一种拆分方式：0 0 0 0 0 0 0 0 0 0 0 0 0 0 0',
      `${SAMPLE}：0 个错误，2 个警告`
    ])
    expect(readdirSync(join(out, '..'))).toEqual(['out.json'])
  })

  it('without -o writes the report JSON to stdout and the notes to stderr', () => {
    const { status, stdout, stderr } = runCli(['import', SAMPLE])
    expect(status).toBe(0)
    expect(stdout).toBe(fixture('renshi-town-2020', 'report.json'))
    expect(stderr).toContain('[X-3 TEXT_TOTAL_MISMATCH]')
  })

  it('exits 1 on a report with errors (Hongze 2023, table 四) and gives JSON lines with --json', () => {
    const { status, stdout } = runCli(['import', 'fixtures/hongze-district-2023/source.txt', '--json'])
    expect(status).toBe(1)
    const line = JSON.parse(stdout) as { ok: boolean; format: string; tables: unknown; problems: ReadonlyArray<{ rule: string }> }
    expect(line.ok).toBe(false)
    expect(line.format).toBe('2021')
    expect(line.tables).toEqual({ active: 'complete', applications: 'partial', review: 'complete' })
    expect(line.problems.filter((p) => p.rule === 'T4-1')).toHaveLength(2)
  })

  it('imports a folder in bulk with a summary table, and exits with the worst file’s code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-import-dir-'))
    copyFileSync(join(ROOT, SAMPLE), join(dir, 'renshi.txt'))
    copyFileSync(join(ROOT, 'fixtures/hongze-district-2024/source.txt'), join(dir, 'hongze-2024.txt'))
    writeFileSync(join(dir, 'noise.bin'), Buffer.from([0xff, 0x00, 0x81, 0x30, 0x10]))
    const out = join(dir, 'out')
    const { status, stdout, stderr } = runCli(['import', dir, '-o', out])
    expect(status).toBe(1)
    expect(hasStackTrace(stdout + stderr)).toBe(false)
    expect(stdout.split('\n').slice(-6)).toEqual([
      '文件             格式  错误  警告  表格',
      // its warnings counted by the model's checks, which change as checks are added
      expect.stringMatching(/^hongze-2024\.txt  2021  0     \d+ +不完整：表三（不全）$/),
      'noise.bin        —    0     0     未生成报告',
      'renshi.txt       2019  0     2     完整',
      '共 3 个文件：已导入 2 个，未导入 1 个',
      ''
    ])
    // a file that made no report is never said to have no problems
    expect(stdout).toContain(`${join(dir, 'noise.bin')}：未能生成报告（见导入说明）`)
    expect(stdout).not.toContain(`${join(dir, 'noise.bin')}：没有发现问题`)
    expect(readdirSync(out).sort()).toEqual(['hongze-2024.txt.json', 'renshi.txt.json'])
    expect(readFileSync(join(out, 'renshi.txt.json'), 'utf8')).toBe(fixture('renshi-town-2020', 'report.json'))
  })

  it('names a missing file in Chinese and exits 2, with no output written', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'report-import-')), 'out.json')
    const { status, stderr } = runCli(['import', 'no-such-file.txt', '-o', out])
    expect(status).toBe(2)
    expect(stderr).toBe('report：no-such-file.txt：无法读取（找不到此文件或目录）\n')
    expect(existsSync(out)).toBe(false)
    expect(runCli(['import']).status).toBe(2)
  })

  it('a file it could not import is never said to have no problems', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-import-'))
    writeFileSync(join(dir, 'noise.bin'), Buffer.from([0xff, 0x00, 0x81, 0x30, 0x10]))
    const { status, stdout, stderr } = runCli(['import', join(dir, 'noise.bin')])
    expect(status).toBe(1)
    expect(stdout + stderr).toContain(`${join(dir, 'noise.bin')}：未能生成报告（见导入说明）`)
    expect(stdout + stderr).not.toContain('没有发现问题')
  })

  it('an output whose parent is a file: a Chinese reason, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-import-'))
    writeFileSync(join(dir, 'file'), 'x')
    const { status, stderr } = runCli(['import', join(ROOT, SAMPLE), '-o', join(dir, 'file', 'a.json')])
    expect(status).toBe(2)
    expect(stderr).toBe(`report：${join(dir, 'file', 'a.json')}：无法写入（路径中有一段是文件，不是目录）\n`)
  })

  it('Ctrl-C during a folder: the files done kept whole, the summary printed, exit 130', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-import-dir-'))
    const names = Array.from({ length: 40 }, (_, i) => `s${String(i).padStart(2, '0')}.txt`)
    for (const name of names) copyFileSync(join(ROOT, SAMPLE), join(dir, name))
    const out = join(dir, 'out')
    const child = spawn(process.execPath, [new URL('../dist/main.js', import.meta.url).pathname, 'import', dir, '-o', out])
    let stdout = ''
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString()
        if (stdout.includes(' → ')) resolve()
      })
    )
    child.kill('SIGINT')
    expect(await exited).toBe(130)
    const summary = stdout.trimEnd().split('\n').at(-1) ?? ''
    expect(summary).toMatch(/^已中断（SIGINT）：共 40 个文件：已导入 (\d+) 个，未导入 0 个，未开始 \d+ 个$/)
    const written = readdirSync(out)
    expect(written.length).toBe(Number(/已导入 (\d+) 个/.exec(summary)?.[1]))
    for (const name of written) expect(readFileSync(join(out, name), 'utf8')).toBe(fixture('renshi-town-2020', 'report.json'))
  }, 120_000)
})
