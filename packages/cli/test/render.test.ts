import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hasStackTrace, runCli } from './run-cli.js'

const temp = () => mkdtempSync(join(tmpdir(), 'report-render-'))

describe('report render', () => {
  it.each([
    [
      'a report with errors: lists them, exits 1, writes nothing',
      'broken/t3-1-balance',
      '错误 [T3-1 APPLICATION_BALANCE] 表三 一、本年新收政府信息公开申请数量 · 自然人',
      '报告有错误，未排印（可用 --allow-errors 强制排印）'
    ],
    [
      'a file that is not JSON, naming the line and column as validate does',
      'broken/json-truncated',
      '错误 [SCHEMA JSON_INVALID] 文件：不是有效的 JSON：第 200 行第 7 列有语法错误',
      '报告无法解码，不能排印'
    ]
  ])('refuses %s', (_, fixture, listed, refusal) => {
    const input = `fixtures/${fixture}/report.json`
    const out = join(temp(), 'refused.pdf')
    const { status, stdout, stderr } = runCli(['render', input, '-o', out, '--bundled-fonts'])
    expect(status).toBe(1)
    expect(stdout).toContain(listed)
    expect(stderr).toBe(`report：${input}：${refusal}\n`)
    expect(existsSync(out)).toBe(false)
  })

  it('renders it anyway with --allow-errors, with a warning', () => {
    const dir = temp()
    const out = join(dir, 'broken.pdf')
    const { status, stderr } = runCli(['render', 'fixtures/broken/t3-1-balance/report.json', '-o', out, '--bundled-fonts', '--allow-errors'])
    expect(status).toBe(0)
    expect(stderr).toContain('警告：fixtures/broken/t3-1-balance/report.json 有错误，已按 --allow-errors 排印')
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(readdirSync(dir)).toEqual(['broken.pdf'])
  })

  it('renders several reports on the worker pool into --out-dir, named by their folders', () => {
    const dir = temp()
    const inputs = ['fixtures/renshi-town-2020/report.json', 'fixtures/example-department-2021/report.json']
    const { status, stdout, stderr } = runCli(['render', ...inputs, '--out-dir', dir, '--bundled-fonts'])
    expect(hasStackTrace(stderr)).toBe(false)
    expect(status).toBe(0)
    expect(readdirSync(dir).sort()).toEqual(['example-department-2021.pdf', 'renshi-town-2020.pdf'])
    expect(stdout).toContain(`fixtures/renshi-town-2020/report.json → ${join(dir, 'renshi-town-2020.pdf')}`)
  })

  it('rejects -o with several inputs as a usage error', () => {
    const { status, stderr } = runCli(['render', 'a.json', 'b.json', '-o', 'x.pdf'])
    expect(status).toBe(2)
    expect(stderr).toContain('-o 只能用于一个报告')
  })

  it('names an unreadable input without a stack trace', () => {
    const { status, stderr } = runCli(['render', 'fixtures/none/report.json', '-o', join(temp(), 'x.pdf')])
    expect(status).toBe(2)
    expect(stderr).toBe('report：fixtures/none/report.json：无法读取（找不到此文件或目录）\n')
  })
})

describe('report fonts', () => {
  it('shows the file of each role', () => {
    const { status, stdout } = runCli(['fonts', '--bundled-fonts', '--json'])
    expect(status).toBe(0)
    const rows = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { role: string; name: string; family: string; source: string })
    expect(rows.map((r) => [r.role, r.name, r.family, r.source])).toEqual([
      ['fangsong', '仿宋', 'FandolFang R', 'bundled'],
      ['songti', '宋体', 'Noto Serif SC', 'bundled'],
      ['heiti', '黑体', 'Noto Sans SC Medium', 'bundled'],
      ['kaiti', '楷体', 'LXGW WenKai', 'bundled'],
      ['xiaobiaosong', '小标宋', 'Noto Serif SC', 'bundled']
    ])
  })

  it('names a font file that is not a font, exit 2 (unreadable input), for fonts and render alike', () => {
    const dir = temp()
    const font = join(dir, 'FandolFang-Regular.otf')
    writeFileSync(font, 'not a font')
    const fonts = runCli(['fonts', '--font-dir', dir])
    expect(fonts.status).toBe(2)
    expect(fonts.stderr).toMatch(new RegExp(`^report：无法读取字体文件 ${font}：`))
    const render = runCli(['render', 'fixtures/renshi-town-2020/report.json', '-o', join(dir, 'x.pdf'), '--font-dir', dir])
    expect(render.status).toBe(2)
    expect(render.stderr).toContain(`report：fixtures/renshi-town-2020/report.json：无法读取字体文件 ${font}：`)
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false)
  })
})
