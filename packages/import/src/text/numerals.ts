/**
 * Chinese numerals as headings and titles print them: `十二、`, `二〇二〇年`.
 */

const DIGITS: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/**
 * The value of a Chinese numeral up to 99 (`十二` → 12), or `undefined`.
 *
 * @example
 * chineseNumber('七') // 7
 */
export const chineseNumber = (s: string): number | undefined => {
  const ten = s.indexOf('十')
  if (ten === -1) return s.length === 1 ? DIGITS[s] : undefined
  if (s.length > 3 || s.indexOf('十', ten + 1) !== -1) return undefined
  const tens = ten === 0 ? 1 : DIGITS[s.slice(0, ten)]
  const units = ten === s.length - 1 ? 0 : DIGITS[s.slice(ten + 1)]
  return tens === undefined || units === undefined ? undefined : tens * 10 + units
}

/**
 * A year written in Chinese digits (`二〇二〇`) as a number.
 */
export const chineseYear = (s: string): number | undefined => {
  if (s.length !== 4) return undefined
  let n = 0
  for (const ch of s) {
    const d = DIGITS[ch]
    if (d === undefined) return undefined
    n = n * 10 + d
  }
  return n
}
