/**
 * `report fonts [--font-dir DIR] [--bundled-fonts] [--json]`: which font file
 * fills each role of the official document, and where it was found.
 */
import { FONT_DIR_ENV, FONT_ROLES, ROLE_NAMES, fontsFor, loadFontSet, type FontSource } from '@report/pdf'
import { parseArgs } from 'node:util'
import { EXIT } from '../cli-error.js'
import { withUsage, type Command } from '../command.js'

const SOURCES: Readonly<Record<FontSource, string>> = { 'font-dir': '指定目录', system: '系统字体', bundled: '随附字体' }

export const fontsCommand: Command = {
  name: 'fonts',
  summary: `列出排印所用字体：每个字体角色由哪个文件承担（优先使用 --font-dir、${FONT_DIR_ENV} 与系统中的公文字体）`,
  usage: 'report fonts [--font-dir 目录] [--bundled-fonts] [--json]',
  run: async (args) => {
    const { values } = withUsage(fontsCommand, () =>
      parseArgs({ args: [...args], options: { 'font-dir': { type: 'string', multiple: true }, 'bundled-fonts': { type: 'boolean' }, json: { type: 'boolean' } } })
    )
    const files = await fontsFor({ fontDirs: values['font-dir'] ?? [], systemFonts: values['bundled-fonts'] !== true })
    const fonts = await loadFontSet(files)
    const rows = FONT_ROLES.map((role) => ({ role, name: ROLE_NAMES[role], family: fonts[role].font.familyName, source: files[role].source, path: files[role].path }))
    for (const r of rows) {
      process.stdout.write(values.json === true ? JSON.stringify(r) + '\n' : `${r.name}\t${r.family}\t${SOURCES[r.source]}\t${r.path}\n`)
    }
    return EXIT.ok
  }
}
