/**
 * The width of Chinese text in a fixed-width layout (a terminal's columns, a PDF's
 * text laid out in monospace): wide characters count two columns.
 */

/**
 * Is the character Chinese, or full-width punctuation that needs no space beside it?
 */
export const isWide = (ch: string): boolean => {
  const c = ch.codePointAt(0) ?? 0
  return (
    (c >= 0x2e80 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xffef) ||
    (c >= 0x20000 && c <= 0x3ffff) ||
    (c >= 0x2018 && c <= 0x201f) ||
    c === 0x2014 ||
    c === 0x2026
  )
}

/**
 * The width of a line as printed in a monospace layout: wide characters count 2.
 *
 * @example
 * displayWidth('表二 12') // 7
 */
export const displayWidth = (line: string): number => {
  let w = 0
  for (const ch of line) w += isWide(ch) ? 2 : 1
  return w
}
