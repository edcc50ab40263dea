/**
 * Dates as official documents write them.
 */

/**
 * `2021-01-27` → `2021年1月27日`: Arabic numerals, no leading zeros (GB/T 9704 7.3.5.1).
 */
export const chineseDate = (iso: string): string => {
  const [year, month, day] = iso.split('-').map(Number)
  return `${year}年${month}月${day}日`
}
