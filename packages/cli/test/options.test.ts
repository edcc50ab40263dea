import { describe, expect, it } from 'vitest'
import { hasNodeEnglish, hasStackTrace, runCli } from './run-cli.js'

describe('report <command> --help', () => {
  it.each([
    ['validate', ['--previous <上年报告.json>']],
    ['import', ['-o, --output <输出.json 或目录>']],
    ['render', ['-o, --output 输出.pdf', '--to 格式', '--out-dir 目录', '--font-dir 目录', '--bundled-fonts', '--pdfa', '--allow-errors']],
    ['fonts', ['--font-dir 目录', '--bundled-fonts']]
  ])('%s: its usage and every option in Chinese, exit 0', (name, options) => {
    for (const flag of ['--help', '-h']) {
      const { status, stdout, stderr } = runCli([name, flag])
      expect(status).toBe(0)
      expect(stderr).toBe('')
      expect(stdout).toMatch(new RegExp(`^用法：report ${name} .*\\[--json\\]\\n`))
      for (const option of [...options, '--json', '-h, --help'])
        expect(stdout).toMatch(new RegExp(`^  ${option.replace(/[.[\]]/g, '\\$&')}  +\\p{Script=Han}`, 'mu'))
      expect(stdout).toContain('退出码：')
    }
  })

  it('report help <command> is the same help', () => {
    expect(runCli(['help', 'render']).stdout).toBe(runCli(['render', '--help']).stdout)
  })

  it('--help wins over other faults in the arguments', () => {
    expect(runCli(['render', '--bogus', '-h']).status).toBe(0)
  })
})

describe('usage errors: in Chinese, naming the option, exit 2, nothing of Node’s English', () => {
  it.each([
    [['render', 'a.json', '--bogus'], '参数有误：未知选项 --bogus'],
    [['validate', 'a.json', '-x'], '参数有误：未知选项 -x'],
    [['render', 'a.json', '-o'], '参数有误：选项 -o 缺少取值（输出.pdf）'],
    [['render', 'a.json', '-o', '--pdfa'], '参数有误：选项 -o 缺少取值（输出.pdf）'],
    [['validate', 'a.json', '--previous'], '参数有误：选项 --previous 缺少取值（<上年报告.json>）'],
    [['validate', 'a.json', '--json=yes'], '参数有误：选项 --json 不带取值'],
    [['fonts', 'extra.json'], '参数有误：多余的参数“extra.json”'],
    [['render', 'a.json', '--to', 'odt'], '未知的输出格式“odt”；已知格式：pdf（.pdf）、docx（.docx）、html（.html）'],
    [['render', 'a.json', '-o', 'a.odt'], '无法从 -o 的扩展名“.odt”判断输出格式（可用 --to 指定）；已知格式：pdf（.pdf）、docx（.docx）、html（.html）'],
    [['--bogus'], '未知选项 --bogus']
  ])('report %j', (args, message) => {
    const { status, stdout, stderr } = runCli(args)
    expect(status).toBe(2)
    expect(stderr).toContain(`report：${message}\n`)
    expect(hasNodeEnglish(stdout + stderr)).toBe(false)
    expect(hasStackTrace(stdout + stderr)).toBe(false)
  })

  it('a usage error ends with the command’s usage line', () => {
    expect(runCli(['render', '--bogus']).stderr).toMatch(/\n用法：report render <报告\.json\.\.\.> .*\[--json\]\n$/)
  })
})
