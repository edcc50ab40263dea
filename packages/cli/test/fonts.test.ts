/**
 * `report fonts`: the file of each role and, with the bundled fonts, which
 * official font each stand-in replaces.
 */
import { describe, expect, it } from 'vitest'
import { runCli } from './run-cli.js'

describe('report fonts', () => {
  it('with the bundled fonts, names FandolFang for 仿宋 and says which official font each stand-in replaces', () => {
    const { status, stdout } = runCli(['fonts', '--bundled-fonts'])
    expect(status).toBe(0)
    const lines = stdout.trimEnd().split('\n')
    expect(lines.slice(0, 5).map((l) => l.split('\t').slice(0, 3))).toEqual([
      ['仿宋', 'FandolFang R', '随附字体'],
      ['宋体', 'Noto Serif SC', '随附字体'],
      ['黑体', 'Noto Sans SC Medium', '随附字体'],
      ['楷体', 'LXGW WenKai', '随附字体'],
      ['小标宋', 'Noto Serif SC', '随附字体']
    ])
    expect(lines[0]).toMatch(/\/packages\/pdf\/fonts\/FandolFang-Regular\.otf$/)
    expect(lines.slice(5)).toEqual([
      '未找到仿宋_GB2312，以 FandolFang 代替',
      '未找到宋体，以 Noto Serif SC 代替',
      '未找到黑体，以 Noto Sans SC Medium 代替',
      '未找到楷体_GB2312，以 LXGW WenKai 代替',
      '未找到方正小标宋简体，以 Noto Serif SC Bold 代替'
    ])
  })
})
