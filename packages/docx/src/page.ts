/**
 * The GB/T 9704-2012 page in Word's units: A4, the margins around the 156 × 225 mm
 * text block, the document grid of 22 lines × 28 characters, the font sizes by
 * their Chinese names, and the fonts by their official names.
 */

/**
 * Millimetres in twips (1/1440 in), rounded.
 *
 * @example
 * twips(156) // 8844
 */
export const twips = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4)

/** The A4 page and its margins (GB/T 9704 5.2.1, 5.2.2), in twips. */
export const PAGE = {
  width: twips(210),
  height: twips(297),
  top: twips(37),
  left: twips(28),
  right: twips(26),
  bottom: twips(35),
  blockWidth: twips(156),
  blockHeight: twips(225)
} as const

/** Lines and characters per line of the text block (GB/T 9704 5.2.3). */
export const GRID = { lines: 22, chars: 28 } as const

/** The line pitch of the grid in twips: 225 mm / 22. */
export const LINE_PITCH = Math.floor(PAGE.blockHeight / GRID.lines)

/** The width of one character of body text on the grid, in twips: 156 mm / 28. */
export const CHAR_PITCH = PAGE.blockWidth / GRID.chars

/** Chinese font sizes (字号) in points. */
export const SIZE = { er: 22, san: 16, si: 14, wu: 10.5 } as const

/**
 * The tightening of body text, in twentieths of a point (`w:spacing` on its runs),
 * that sets 28 characters of 3号 on a line of the block: the grid's pitch less the
 * size, rounded down to a whole twentieth (−0.25 pt, 15.75 pt a character). The
 * grid is of lines only, as WPS's own template has it: LibreOffice puts a character
 * wider than a `linesAndChars` cell into two cells (Word compresses it), so the
 * characters are fitted by their spacing, which Word, WPS and LibreOffice all apply.
 */
export const BODY_SPACING = Math.floor(CHAR_PITCH - SIZE.san * 20)

/** The official fonts, by the names Word and WPS know them by. */
export const FONT = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heiti: '黑体',
  kaiti: '楷体_GB2312',
  table: '宋体'
} as const

/** A font name in every slot, the East Asian one included, so the installed font prints. */
export const fontSlots = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: 'eastAsia' }) as const

/** Half-points, as run sizes are written. */
export const halfPoints = (points: number): number => Math.round(points * 2)
