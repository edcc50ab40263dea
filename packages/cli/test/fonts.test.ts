/**
 * The bundled stand-ins said in Chinese: `report fonts` lists the file of each
 * role and which official font each stand-in replaces; `report render` says the
 * same, and prints S-2 again for a report without a date.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from './run-cli.js'

const STAND_INS = [
  '未找到仿宋_GB2312，以 FandolFang 代替',
  '未找到宋体，以 Noto Serif SC 代替',
  '未找到黑体，以 Noto Sans SC Medium 代替',
  '未找到楷体_GB2312，以 LXGW WenKai 代替',
  '未找到方正小标宋简体，以 Noto Serif SC Bold 代替'
]

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
    expect(lines.slice(5)).toEqual(STAND_INS)
  })
})

describe('report render', () => {
  it('says which stand-ins the PDF uses, and prints S-2 for a report without a date', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'report-cli-')), 'out.pdf')
    const { status, stdout, stderr } = runCli(['render', 'fixtures/broken/s-2-no-date/report.json', '-o', out, '--bundled-fonts'])
    expect(status).toBe(0)
    expect(stderr.trimEnd().split('\n')).toEqual(STAND_INS.map((line) => `report：说明：${line}`))
    expect(stdout).toContain('警告 [S-2 PUBLISHED_MISSING] 发布日期：报告没有发布日期：落款缺少成文日期')
    expect(stdout).toContain(`fixtures/broken/s-2-no-date/report.json → ${out}`)
  })
})
