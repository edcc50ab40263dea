import { spawn } from 'node:child_process'
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderOnPool } from '../dist/worker-pool.js'
import { tempDirs } from './temp-dirs.js'
import { ROOT, runCli } from './run-cli.js'

const REPORT = join(ROOT, 'fixtures/renshi-town-2020/report.json')
const MAIN = new URL('../dist/main.js', import.meta.url).pathname

const temp = tempDirs('report-batch-')

/** A whole PDF: its header and its end-of-file marker. */
const isWholePdf = (file: string): boolean => {
  const bytes = readFileSync(file)
  return bytes.subarray(0, 5).toString('latin1') === '%PDF-' && bytes.subarray(-6).toString('latin1').includes('%%EOF')
}

describe('a batch goes on past a bad file', () => {
  it('render a b c with b nested 5,000 deep: a and c written, b its failure, a summary line, exit 1', () => {
    const dir = temp()
    copyFileSync(REPORT, join(dir, 'a.json'))
    writeFileSync(join(dir, 'b.json'), '['.repeat(5000) + ']'.repeat(5000))
    copyFileSync(REPORT, join(dir, 'c.json'))
    const { status, stdout, stderr } = runCli(['render', 'a.json', 'b.json', 'c.json', '--out-dir', 'out', '--bundled-fonts'], dir)
    expect(status).toBe(1)
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['a.pdf', 'c.pdf'])
    expect(stdout).toContain('错误 [SCHEMA JSON_TOO_DEEP] 文件：嵌套过深')
    expect(stderr).toBe('report：b.json：报告无法解码，不能排印\n')
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('共 3 个报告：已写出 2 个，未写出 1 个')
  })

  it('a job whose render throws is that job’s internal failure; the others are rendered', async () => {
    const dir = temp()
    const job = (name: string, format = 'pdf') => ({
      input: REPORT,
      output: join(dir, name),
      format,
      options: { fontDirs: [], systemFonts: false, pdfa: false },
      allowErrors: false
    })
    const ended: Array<string> = []
    const outcomes = await renderOnPool([job('a.pdf'), job('b.pdf', 'no-such-format'), job('c.pdf')], (o) => ended.push(o.output), { size: 1 })
    expect(outcomes.map((o) => [o?.written, o?.exitCode, o?.failure?.code])).toEqual([
      [true, 0, undefined],
      [false, 70, 'INTERNAL'],
      [true, 0, undefined]
    ])
    expect(outcomes[1]?.failure?.message).toBe(`${REPORT}：内部错误：未知的输出格式 no-such-format（程序缺陷，请报告）`)
    expect(ended).toEqual([join(dir, 'a.pdf'), join(dir, 'b.pdf'), join(dir, 'c.pdf')])
    expect(readdirSync(dir).sort()).toEqual(['a.pdf', 'c.pdf'])
  })
})

describe('Ctrl-C during a batch', () => {
  it.each([['SIGINT'], ['SIGTERM']] as const)(
    '%s: prints what was done, exits 130, leaves only whole PDFs and no temp file',
    async (signal) => {
      const dir = temp()
      const inputs = Array.from({ length: 16 }, (_, i) => `r${String(i).padStart(2, '0')}.json`)
      for (const input of inputs) copyFileSync(REPORT, join(dir, input))
      const child = spawn(process.execPath, [MAIN, 'render', ...inputs, '--out-dir', 'out', '--bundled-fonts'], { cwd: dir })
      let stdout = ''
      let stderr = ''
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
      // Interrupted once the first report is written: each is printed as it ends, not at the end.
      await new Promise<void>((resolve) =>
        child.stdout.on('data', (d: Buffer) => {
          stdout += d.toString()
          if (stdout.includes(' → ')) resolve()
        })
      )
      child.kill(signal)
      expect(await exited).toBe(130)
      const summary = stdout.trimEnd().split('\n').at(-1) ?? ''
      expect(summary).toMatch(new RegExp(`^已中断（${signal}）：共 16 个报告：已写出 (\\d+) 个，未写出 0 个，未开始 \\d+ 个$`))
      const written = readdirSync(join(dir, 'out'))
      expect(written.every((name) => /^r\d\d\.pdf$/.test(name) && isWholePdf(join(dir, 'out', name)))).toBe(true)
      expect(written.length).toBe(Number(/已写出 (\d+) 个/.exec(summary)?.[1]))
      expect(written.length).toBeLessThan(16)
      expect(stderr).toBe('')
    },
    120_000
  )
})
