/**
 * `report fonts [--font-dir DIR] [--bundled-fonts] [--json]`: which font file
 * fills each role of the official document, and where it was found. With
 * `--json`, one envelope per font file (`file`), with its role, name, family,
 * source and path. Each role a bundled stand-in fills is said after the rows
 * (`未找到仿宋_GB2312，以 FandolFang 代替`).
 */
import {
  FONT_DIR_ENV,
  FONT_ROLES,
  RenderError,
  ROLE_NAMES,
  fontsFor,
  loadFontSet,
  standIns,
  type FontFiles,
  type FontSet,
  type FontSource
} from '@report/pdf'
import { command } from '../command.js'
import { CliError, EXIT, envelope, jsonLine } from '../contract.js'
import { FONT_OPTIONS, fontSearch } from '../outputs.js'

const SOURCES: Readonly<Record<FontSource, string>> = { 'font-dir': '指定目录', system: '系统字体', bundled: '随附字体' }

const load = async (files: FontFiles): Promise<FontSet> => {
  try {
    return await loadFontSet(files)
  } catch (e) {
    if (e instanceof RenderError && e.failure.code === 'FONT_UNREADABLE') throw new CliError('FONT_UNREADABLE', e.message, e.failure.file)
    throw e
  }
}

export const fontsCommand = command({
  name: 'fonts',
  summary: `列出排印所用字体：每个字体角色由哪个文件承担（优先使用 --font-dir、${FONT_DIR_ENV} 与系统中的公文字体）`,
  operands: '',
  options: FONT_OPTIONS,
  run: async ({ values, json }) => {
    const files = await fontsFor(fontSearch(values))
    const fonts = await load(files)
    for (const role of FONT_ROLES) {
      const row = { role, name: ROLE_NAMES[role], family: fonts[role].font.familyName, source: files[role].source, path: files[role].path }
      process.stdout.write(
        json ? jsonLine(envelope({ file: row.path, ok: true }, row)) : `${row.name}\t${row.family}\t${SOURCES[row.source]}\t${row.path}\n`
      )
    }
    if (!json) for (const line of standIns(files)) process.stdout.write(`${line}\n`)
    return EXIT.ok
  }
})
