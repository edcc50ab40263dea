import { copyFileSync, linkSync, mkdirSync, readFileSync, readdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDirs } from './temp-dirs.js'
import { ROOT, runCli } from './run-cli.js'

const REPORT = join(ROOT, 'fixtures/renshi-town-2020/report.json')
const SOURCE = join(ROOT, 'fixtures/renshi-town-2020/source.txt')

const temp = tempDirs('report-overwrite-')

/** A working folder holding a copy of the sample report as a.json. */
const withReport = (): { dir: string; input: string; bytes: Buffer } => {
  const dir = temp()
  const input = join(dir, 'a.json')
  copyFileSync(REPORT, input)
  return { dir, input, bytes: readFileSync(input) }
}

describe('an output never overwrites an input', () => {
  it('render a.json -o a.json: refused, exit 2, the report untouched', () => {
    const { dir, input, bytes } = withReport()
    const { status, stdout, stderr } = runCli(['render', input, '--to', 'pdf', '-o', input, '--bundled-fonts'])
    expect({ status, stdout }).toEqual({ status: 2, stdout: '' })
    expect(stderr).toBe(`report：${input}：输出文件就是输入文件 ${input}，不会覆盖输入；请用 -o 或 --out-dir 另指定输出\n`)
    expect(readFileSync(input)).toEqual(bytes)
    expect(readdirSync(dir)).toEqual(['a.json'])
  })

  it('through a symbolic link or a hard link: refused the same', () => {
    const { dir, input, bytes } = withReport()
    symlinkSync(input, join(dir, 'link.json'))
    linkSync(input, join(dir, 'hard.json'))
    for (const output of ['link.json', 'hard.json']) {
      const { status, stderr } = runCli(['render', 'a.json', '--to', 'pdf', '-o', output, '--bundled-fonts'], dir)
      expect(status).toBe(2)
      expect(stderr).toBe(`report：${output}：输出文件就是输入文件 a.json，不会覆盖输入；请用 -o 或 --out-dir 另指定输出\n`)
    }
    expect(readFileSync(input)).toEqual(bytes)
  })

  it('import s.txt -o s.txt: refused, exit 2, the source untouched', () => {
    const dir = temp()
    const source = join(dir, 's.txt')
    copyFileSync(SOURCE, source)
    const { status, stdout, stderr } = runCli(['import', source, '-o', source])
    expect({ status, stdout }).toEqual({ status: 2, stdout: '' })
    expect(stderr).toBe(`report：${source}：输出文件就是输入文件 ${source}，不会覆盖输入；请用 -o 另指定输出\n`)
    expect(readFileSync(source)).toEqual(readFileSync(SOURCE))
  })

  it('import DIR -o DIR: an output that would replace a file of the folder is refused before any is written', () => {
    const dir = temp()
    copyFileSync(SOURCE, join(dir, 'a.txt'))
    copyFileSync(REPORT, join(dir, 'a.txt.json'))
    const { status, stderr } = runCli(['import', dir, '-o', dir])
    expect(status).toBe(2)
    expect(stderr).toContain(`${join(dir, 'a.txt.json')}：输出文件就是输入文件 ${join(dir, 'a.txt.json')}，不会覆盖输入`)
    expect(readFileSync(join(dir, 'a.txt.json'))).toEqual(readFileSync(REPORT))
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'a.txt.json'])
  })

  it('new --previous a.json -o a.json --force: refused, last year’s report untouched', () => {
    const { dir, input, bytes } = withReport()
    const { status, stderr } = runCli(['new', '--year', '2021', '--previous', input, '-o', input, '--force'])
    expect(status).toBe(2)
    expect(stderr).toBe(`report：${input}：输出文件就是输入文件 ${input}，不会覆盖输入；请用 -o 另指定输出\n`)
    expect(readFileSync(input)).toEqual(bytes)
    expect(readdirSync(dir)).toEqual(['a.json'])
  })

  it('two inputs to one output: refused as OUTPUT_CLASH, exit 2, nothing written', () => {
    const dir = temp()
    const out = join(dir, 'out')
    const { status, stdout } = runCli(['render', REPORT, REPORT, '--out-dir', out, '--bundled-fonts', '--json'])
    expect(status).toBe(2)
    expect(JSON.parse(stdout)).toMatchObject({
      file: join(out, 'renshi-town-2020.pdf'),
      ok: false,
      error: {
        code: 'OUTPUT_CLASH',
        message: `${join(out, 'renshi-town-2020.pdf')}：多个输入将写到同一个输出文件；请用 -o 或 --out-dir 另指定输出`
      }
    })
    expect(readdirSync(dir)).toEqual([])
  })
})

describe('import DIR', () => {
  it('names each output by the whole file name, so a.txt and a.html both survive, and lists what it skipped', () => {
    const dir = temp()
    const src = join(dir, 'in')
    const out = join(dir, 'out')
    mkdirSync(join(src, 'sub'), { recursive: true })
    copyFileSync(SOURCE, join(src, 'a.txt'))
    copyFileSync(join(ROOT, 'fixtures/renshi-town-2020/source.txt'), join(src, 'a.html'))
    copyFileSync(SOURCE, join(src, '.hidden.txt'))
    const { status, stdout } = runCli(['import', src, '-o', out])
    expect(status).toBe(0)
    expect(readdirSync(out).sort()).toEqual(['a.html.json', 'a.txt.json'])
    expect(stdout).toContain(`跳过 ${join(src, '.hidden.txt')}：隐藏文件\n`)
    expect(stdout).toContain(`跳过 ${join(src, 'sub')}：子目录（不递归导入）\n`)
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('共 4 个文件：已导入 2 个，未导入 0 个，跳过 2 个')
  })
})
