/**
 * The five font roles of an official document and the fonts that can fill each:
 * the user's official fonts, recognised by file name, and the bundled open fonts.
 */

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A font role: 小标宋 (title), 仿宋 (body), 黑体 (level-1 headings), 楷体 (level-2
 * headings) and 宋体 (tables, page numbers).
 */
export type FontRole = 'xiaobiaosong' | 'fangsong' | 'heiti' | 'kaiti' | 'songti'

/**
 * Every role, in the order a missing glyph falls back through them.
 */
export const FONT_ROLES: ReadonlyArray<FontRole> = ['fangsong', 'songti', 'heiti', 'kaiti', 'xiaobiaosong']

/**
 * The Chinese name of each role.
 */
export const ROLE_NAMES: Readonly<Record<FontRole, string>> = {
  xiaobiaosong: '小标宋',
  fangsong: '仿宋',
  heiti: '黑体',
  kaiti: '楷体',
  songti: '宋体'
}

// -------------------------------------------------------------------------------------
// official fonts
// -------------------------------------------------------------------------------------

/**
 * File names (without extension, matched case-insensitively) of the official fonts
 * for each role, best first: the GB2312 faces staff use in Word, their GBK
 * successors, then the TeX Live Fandol fonts.
 */
export const OFFICIAL_FONTS: Readonly<Record<FontRole, ReadonlyArray<RegExp>>> = {
  xiaobiaosong: [/^方正小标宋简体$/, /^fzxbsjw(--gb1-0)?$/, /^方正小标宋_gbk$/, /^fzxbsk$/, /^fzxiaobiaosong-b05s?$/],
  fangsong: [/^仿宋_gb2312$/, /^fangsong_gb2312$/, /^仿宋$/, /^simfang$/, /^stfangso$/, /^fandolfang-regular$/],
  heiti: [/^黑体$/, /^simhei$/, /^stheiti$/, /^fandolhei-regular$/],
  kaiti: [/^楷体_gb2312$/, /^kaiti_gb2312$/, /^楷体$/, /^simkai$/, /^stkaiti$/, /^fandolkai-regular$/],
  songti: [/^宋体$/, /^simsun$/, /^stsong$/, /^fandolsong-regular$/]
}

/**
 * Font file extensions considered.
 */
export const FONT_EXTENSIONS: ReadonlySet<string> = new Set(['.ttf', '.otf', '.ttc'])

// -------------------------------------------------------------------------------------
// bundled fonts
// -------------------------------------------------------------------------------------

/**
 * A bundled font: an npm package's file, or with no package a file of this
 * package's `fonts/` folder; for a WOFF2 file the TTF it is decompressed to. Its
 * name is what the stand-in notes call it.
 */
export interface BundledFont {
  readonly name: string
  readonly package?: string
  readonly file: string
  readonly format: 'ttf' | 'otf' | 'woff2'
}

/**
 * The bundled stand-ins: Noto Serif SC Bold for 小标宋, FandolFang Regular for
 * 仿宋 (the only open simplified FangSong, from TeX Live, GPL-3 with the font
 * exception, licence in `fonts/`), Noto Sans SC Medium for 黑体, LXGW WenKai for
 * 楷体, Noto Serif SC Regular for 宋体.
 */
export const BUNDLED_FONTS: Readonly<Record<FontRole, BundledFont>> = {
  xiaobiaosong: { name: 'Noto Serif SC Bold', package: '@expo-google-fonts/noto-serif-sc', file: '700Bold/NotoSerifSC_700Bold.ttf', format: 'ttf' },
  fangsong: { name: 'FandolFang', file: 'FandolFang-Regular.otf', format: 'otf' },
  heiti: { name: 'Noto Sans SC Medium', package: '@expo-google-fonts/noto-sans-sc', file: '500Medium/NotoSansSC_500Medium.ttf', format: 'ttf' },
  kaiti: { name: 'LXGW WenKai', package: '@fontsource/lxgw-wenkai', file: 'files/lxgw-wenkai-latin-500-normal.woff2', format: 'woff2' },
  songti: { name: 'Noto Serif SC', package: '@expo-google-fonts/noto-serif-sc', file: '400Regular/NotoSerifSC_400Regular.ttf', format: 'ttf' }
}

/**
 * The official font each role asks for, as the stand-in notes name it.
 */
export const OFFICIAL_NAMES: Readonly<Record<FontRole, string>> = {
  xiaobiaosong: '方正小标宋简体',
  fangsong: '仿宋_GB2312',
  heiti: '黑体',
  kaiti: '楷体_GB2312',
  songti: '宋体'
}
