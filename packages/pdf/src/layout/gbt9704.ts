/**
 * The page of GB/T 9704-2012 《党政机关公文格式》 in PDF points: A4, the margins
 * around the 156 × 225 mm text block (版心), 22 lines at a fixed pitch, and the
 * font sizes by their Chinese names.
 */

// -------------------------------------------------------------------------------------
// units
// -------------------------------------------------------------------------------------

/**
 * Millimetres in PDF points (1 pt = 1/72 in).
 *
 * @example
 * mm(25.4) // 72
 */
export const mm = (millimetres: number): number => (millimetres * 72) / 25.4

// -------------------------------------------------------------------------------------
// page
// -------------------------------------------------------------------------------------

/**
 * The A4 page and its margins (GB/T 9704 5.2.1 and 5.2.2): top 37 mm, left 28 mm,
 * right 26 mm, bottom 35 mm, leaving the 156 × 225 mm text block.
 */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  top: mm(37),
  left: mm(28),
  right: mm(26),
  bottom: mm(35),
  blockWidth: mm(156),
  blockHeight: mm(225)
} as const

/**
 * Lines per page of the text block.
 */
export const LINES_PER_PAGE = 22

/**
 * The fixed line pitch of body text: 225 mm / 22 = 28.99 pt. A hair less, so that
 * 22 lines always fit the block despite rounding.
 */
export const LINE_PITCH = PAGE.blockHeight / LINES_PER_PAGE - 1e-6

/**
 * The page number's distance below the text block (GB/T 9704 7.5).
 */
export const PAGE_NUMBER_GAP = mm(7)

// -------------------------------------------------------------------------------------
// font sizes
// -------------------------------------------------------------------------------------

/**
 * Chinese font sizes (字号) in points.
 */
export const SIZE = {
  /** 2号: the title. */
  er: 22,
  /** 3号: body text, headings, signature. */
  san: 16,
  /** 4号: the page number. */
  si: 14,
  /** 5号: table text. */
  wu: 10.5
} as const

/**
 * The body indent: two characters of body text.
 */
export const INDENT = 2 * SIZE.san
