/**
 * Traditional characters to simplified, for pages published (or mirrored) in
 * traditional characters: the statutory labels are matched in simplified. The
 * conversion is opencc-js's `t2cn` (109 KB of dictionaries, loaded only when a text
 * needs it): a table derived from the labels alone would leave every paragraph of
 * the report in traditional characters and miss the phrases opencc converts whole.
 */
import { createRequire } from 'node:module'

/** Characters found only in traditional text, frequent in these reports (開 報 國 務 …). */
const TRADITIONAL_ONLY = /[開報國務條們與為這處體關網頁數當經請應輸對會發見並機區縣鄉鎮辦廳]/g
/** How many of them, in the first 4,000 characters, make a text traditional. */
const LEAST = 8

/**
 * Is the text in traditional characters?
 */
export const isTraditional = (text: string): boolean => (text.slice(0, 4000).match(TRADITIONAL_ONLY) ?? []).length >= LEAST

type Convert = (text: string) => string
let convert: Convert | undefined

/**
 * The text in simplified characters (Taiwan and Hong Kong forms both read).
 *
 * @example
 * toSimplified('政府信息公開工作年度報告') // '政府信息公开工作年度报告'
 */
export const toSimplified = (text: string): string => {
  if (convert === undefined) {
    const opencc = createRequire(import.meta.url)('opencc-js/t2cn') as { Converter: (o: { from: string; to: string }) => Convert }
    convert = opencc.Converter({ from: 't', to: 'cn' })
  }
  return convert(text)
}
