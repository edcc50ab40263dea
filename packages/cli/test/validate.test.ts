import { existsSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURES, fixtureCases } from '../../model/test/fixture-cases.js'
import { ROOT, hasStackTrace, runCli } from './run-cli.js'
import { tempDirs } from './temp-dirs.js'

const cases = fixtureCases()
const fixture = (name: string) => relative(ROOT, join(FIXTURES, name, 'report.json'))

describe('report validate --json gives every fixture its exact problems', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const args = ['validate', relative(ROOT, c.report), '--json', ...(c.previous === undefined ? [] : ['--previous', relative(ROOT, c.previous)])]
    const { status, stdout, stderr } = runCli(args)
    const hasErrors = c.expected.some((p) => p.severity === 'error')
    expect(JSON.parse(stdout)).toEqual({ file: relative(ROOT, c.report), ok: !hasErrors, problems: c.expected, notes: [], output: null, error: null })
    expect(status).toBe(hasErrors ? 1 : 0)
    expect(stderr).toBe('')
  })
})

describe('report validate for people', () => {
  it('lists each problem in Chinese with its place, and exits 1 on errors', () => {
    const { status, stdout } = runCli(['validate', fixture('broken/t3-1-balance')])
    expect(status).toBe(1)
    expect(stdout).toBe(
      [
        'fixtures/broken/t3-1-balance/report.json：2 个错误，1 个警告',
        '  错误 [T3-1 APPLICATION_BALANCE] 表三 一、本年新收政府信息公开申请数量 · 自然人：本年新收 39 + 上年结转 1 ≠ 办理结果总计 39 + 结转下年度 0',
        '  错误 [T3-1 APPLICATION_BALANCE] 表三 一、本年新收政府信息公开申请数量 · 总计：本年新收 48 + 上年结转 2 ≠ 办理结果总计 48 + 结转下年度 1',
        '  警告 [X-1 TEXT_NUMBER_MISMATCH] 正文 第1节 第2小节 第1段：“本年度共收到政府信息公开申请47件，上年结转2件，均在法定期限内答复。”：正文所述 47，表三 一、本年新收政府信息公开申请数量 · 总计为 48',
        ''
      ].join('\n')
    )
  })

  it('exits 0 on the real sample and on warnings alone', () => {
    expect(runCli(['validate', fixture('renshi-town-2020')]).status).toBe(0)
    const late = runCli(['validate', fixture('broken/d-1-late')])
    expect(late.status).toBe(0)
    expect(late.stdout).toContain('0 个错误，1 个警告')
  })

  it('checks several files, one JSON line each, and exits with the worst', () => {
    const { status, stdout } = runCli(['validate', fixture('example-department-2022'), fixture('broken/t4-1-review-total'), '--json'])
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { ok: boolean })
    expect(lines.map((l) => l.ok)).toEqual([true, false])
    expect(status).toBe(1)
  })
})

describe('bad input and usage: a clear message, the right exit code, never a stack trace', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'report-cli-'))

  it.each([
    [['validate'], 2, '缺少要检查的文件'],
    [['validate', '--bogus', 'x.json'], 2, '参数有误：未知选项 --bogus'],
    [['frobnicate'], 2, '未知命令“frobnicate”'],
    [['validate', 'fixtures/no-such.json'], 2, 'fixtures/no-such.json：无法读取（找不到此文件或目录）'],
    [['validate', 'fixtures'], 2, 'fixtures：是目录，不是文件'],
    [
      ['validate', fixture('example-department-2022'), '--previous', fixture('broken/json-truncated')],
      1,
      '上年报告 fixtures/broken/json-truncated/report.json 无法读取为报告'
    ]
  ] as const)('report %j exits %i', (args, code, message) => {
    const { status, stdout, stderr } = runCli(args)
    expect(status).toBe(code)
    expect(stdout + stderr).toContain(message)
    expect(hasStackTrace(stdout + stderr)).toBe(false)
  })

  it('refuses a 50 MB file without reading it', () => {
    const huge = join(scratch, 'huge.json')
    writeFileSync(huge, '')
    truncateSync(huge, 50 * 1024 * 1024)
    const { status, stdout } = runCli(['validate', huge, '--json'])
    expect(status).toBe(1)
    const message = `${huge}：文件过大（50 MB），上限为 10 MB`
    expect(JSON.parse(stdout)).toMatchObject({ ok: false, problems: [{ code: 'INPUT_TOO_LARGE', message }], error: { code: 'INPUT_TOO_LARGE', message } })
  })

  it('prints usage on --help and exits 0', () => {
    const { status, stdout } = runCli(['--help'])
    expect(status).toBe(0)
    expect(stdout).toContain('report validate <报告.json...> [--previous <上年报告.json>]')
  })
})

describe('characters that cannot be printed are found by validate', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'report-glyphs-'))
  const withAgency = (name: string, agency: string): string => {
    const report = JSON.parse(readFileSync(join(ROOT, fixture('renshi-town-2020')), 'utf8')) as Record<string, unknown>
    const file = join(scratch, name)
    writeFileSync(file, JSON.stringify({ ...report, agency }))
    return file
  }

  it('a character no font has (U+F0000, private use): GLYPH_MISSING naming it and its place, exit 1', () => {
    const { status, stdout } = runCli(['validate', withAgency('pua.json', '开江县\u{F0000}镇人民政府'), '--json'])
    expect(status).toBe(1)
    const problems = (JSON.parse(stdout) as { problems: ReadonlyArray<{ code: string; path: string; message: string }> }).problems
    expect(problems.filter((p) => p.code === 'GLYPH_MISSING')).toEqual([
      {
        code: 'GLYPH_MISSING',
        rule: 'SCHEMA',
        severity: 'error',
        path: '/agency',
        where: '机关名称',
        message: '第 4 个字符“\u{F0000}”（U+F0000）没有任何可用字体能够排印；请改用常用字，或用 render --font-dir 提供含此字的字体'
      }
    ])
  })

  it('a character outside the common ranges that the fonts do have (①) is no problem', () => {
    const { stdout } = runCli(['validate', withAgency('circled.json', '开江县①镇人民政府'), '--json'])
    expect((JSON.parse(stdout) as { problems: ReadonlyArray<{ code: string }> }).problems.map((p) => p.code)).not.toContain('GLYPH_MISSING')
  })
})

describe('a text longer than any real report’s (a 3 MB paragraph)', () => {
  const report = JSON.parse(readFileSync(join(ROOT, fixture('renshi-town-2020')), 'utf8')) as { sections: Array<{ paragraphs: Array<string> }> }
  const [section] = report.sections
  if (section === undefined) throw new Error('the sample has sections')
  section.paragraphs[0] = '依申请公开'.repeat(200_000)
  const temp = tempDirs('report-long-')
  /** The report's 3 MB, written into a folder removed after the test. */
  const longFile = (): string => {
    const file = join(temp(), 'long.json')
    writeFileSync(file, JSON.stringify(report))
    return file
  }

  it('is a TEXT_TOO_LONG error in validate, naming its place and length, exit 1', () => {
    const { status, stdout } = runCli(['validate', longFile(), '--json'])
    expect(status).toBe(1)
    const problems = (JSON.parse(stdout) as { problems: ReadonlyArray<{ code: string; path: string; message: string }> }).problems
    const tooLong = problems.filter((p) => p.code === 'TEXT_TOO_LONG')
    expect(tooLong.map((p) => p.path)).toEqual(['/sections/0/paragraphs/0'])
    expect(tooLong[0]?.message).toMatch(/^长 1000000 字，超过一处文字 100000 字的上限：真实报告的一段不过数千字/)
  })

  it('is refused by render, with --allow-errors too: TEXT_TOO_LONG naming its place, exit 1, nothing written', () => {
    const [file, out] = [longFile(), join(temp(), 'long.pdf')]
    expect(runCli(['render', file, '-o', out, '--bundled-fonts']).status).toBe(1)
    const { status, stdout } = runCli(['render', file, '-o', out, '--bundled-fonts', '--allow-errors', '--json'])
    expect(status).toBe(1)
    const { error } = JSON.parse(stdout) as { error: { code: string; message: string } }
    expect(error.code).toBe('TEXT_TOO_LONG')
    expect(error.message).toContain('正文 第1节 第1段 长 1000000 字，超过一处文字 100000 字的上限')
    expect(existsSync(out)).toBe(false)
  })

  it('is written to HTML with --allow-errors, which sets no lines: the whole paragraph, exit 0', () => {
    const [file, out] = [longFile(), join(temp(), 'long.html')]
    expect(runCli(['render', file, '--to', 'html', '-o', out, '--allow-errors']).status).toBe(0)
    expect(readFileSync(out, 'utf8')).toContain('依申请公开'.repeat(200_000))
  })
})

describe('validate of several files', () => {
  it('prints each as it is checked and ends with a summary line', () => {
    const { status, stdout } = runCli(['validate', fixture('renshi-town-2020'), fixture('broken/t3-1-balance')])
    expect(status).toBe(1)
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('共 2 个报告：已通过 1 个，未通过 1 个')
  })
})
