import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_FORMAT, OUTPUT_FORMATS, chooseFormat } from '../src/outputs.js'
import { runCli } from './run-cli.js'

describe('the output formats', () => {
  it('are named and extended once each, PDF the default', () => {
    expect(DEFAULT_FORMAT.name).toBe('pdf')
    expect(new Set(OUTPUT_FORMATS.map((f) => f.name)).size).toBe(OUTPUT_FORMATS.length)
    expect(new Set(OUTPUT_FORMATS.map((f) => f.extension)).size).toBe(OUTPUT_FORMATS.length)
  })

  it.each([
    [undefined, undefined, 'pdf'],
    [undefined, 'out/a.pdf', 'pdf'],
    [undefined, 'out/a.PDF', 'pdf'],
    [undefined, 'out/a', 'pdf'],
    ['pdf', 'out/a', 'pdf'],
    ['PDF', undefined, 'pdf'],
    [undefined, 'out/a.docx', 'docx'],
    [undefined, 'out/a.HTML', 'html'],
    ['html', 'out/a.pdf', 'html']
  ])('--to %s with -o %s is %s', (to, output, name) => {
    const chosen = chooseFormat(to, output)
    expect('format' in chosen && chosen.format.name).toBe(name)
  })

  it.each([
    ['odt', undefined, '未知的输出格式“odt”'],
    [undefined, 'a.odt', '无法从 -o 的扩展名“.odt”判断输出格式']
  ])('--to %s with -o %s is refused, listing the known formats', (to, output, refusal) => {
    const chosen = chooseFormat(to, output)
    expect('refusal' in chosen && chosen.refusal).toBe(
      `${refusal}${to === undefined ? '（可用 --to 指定）' : ''}；已知格式：pdf（.pdf）、docx（.docx）、html（.html）`
    )
  })

  it('report render --to pdf names the output by the format’s extension', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-outputs-'))
    const { status } = runCli(['render', 'fixtures/renshi-town-2020/report.json', '--to', 'pdf', '--out-dir', dir, '--bundled-fonts'])
    expect(status).toBe(0)
    expect(readdirSync(dir)).toEqual(['renshi-town-2020.pdf'])
    expect(readFileSync(join(dir, 'renshi-town-2020.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })

  it('report render -o .docx and -o .html write a Word document and an HTML fragment, --standalone a whole page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-outputs-'))
    const sample = 'fixtures/renshi-town-2020/report.json'
    expect(runCli(['render', sample, '-o', join(dir, 'r.docx')]).status).toBe(0)
    expect(runCli(['render', sample, '-o', join(dir, 'r.html')]).status).toBe(0)
    expect(runCli(['render', sample, '--to', 'html', '--standalone', '-o', join(dir, 'page.htm')]).status).toBe(0)
    expect(readdirSync(dir).sort()).toEqual(['page.htm', 'r.docx', 'r.html'])
    expect(readFileSync(join(dir, 'r.docx')).subarray(0, 2).toString('latin1')).toBe('PK')
    expect(readFileSync(join(dir, 'r.html'), 'utf8')).toMatch(/^<article lang="zh-CN" style="[^"]*">\n<h1 /)
    expect(readFileSync(join(dir, 'page.htm'), 'utf8')).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/)
  })

  it('report render --to docx refuses a report with errors and renders several on the pool', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-outputs-'))
    const refused = runCli(['render', 'fixtures/broken/t3-1-balance/report.json', '--to', 'docx', '--out-dir', dir])
    expect(refused.status).toBe(1)
    expect(readdirSync(dir)).toEqual([])
    const both = runCli([
      'render',
      'fixtures/renshi-town-2020/report.json',
      'fixtures/example-department-2021/report.json',
      '--to',
      'docx',
      '--out-dir',
      dir
    ])
    expect(both.status).toBe(0)
    expect(readdirSync(dir).sort()).toEqual(['example-department-2021.docx', 'renshi-town-2020.docx'])
  })
})
