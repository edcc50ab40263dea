/**
 * The stand-ins a render used: each role whose official font was not found and
 * which a bundled font fills, said in Chinese.
 */
import type { FontFiles } from './discover.js'
import { BUNDLED_FONTS, FONT_ROLES, OFFICIAL_NAMES } from './roles.js'

/**
 * One line per role filled by a bundled font, in role order.
 *
 * @example
 * standIns(await fontsFor({ systemFonts: false }))[0] // '未找到仿宋_GB2312，以 FandolFang 代替'
 */
export const standIns = (files: FontFiles): ReadonlyArray<string> =>
  FONT_ROLES.filter((role) => files[role].source === 'bundled').map((role) => `未找到${OFFICIAL_NAMES[role]}，以 ${BUNDLED_FONTS[role].name} 代替`)
