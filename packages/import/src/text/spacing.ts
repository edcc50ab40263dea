/**
 * Widths and spaces of Chinese text as a fixed-width layout prints it: wide
 * characters count two columns, and the spaces a justified PDF line puts beside
 * them are not the text's.
 */

import { displayWidth, isWide } from '@report/model'

export { displayWidth }

/** A space of any width: text without one is tidy as it is. */
const SPACE = /[ \t\u3000]/

/**
 * Removes the spaces a PDF's justified layout puts beside Chinese characters
 * (`2023 年` → `2023年`, `号 ， 邮 编` → `号，邮编`); other runs of spaces become one.
 *
 * @example
 * tidySpaces('统计期限自 2023 年 1 月 1 日') // '统计期限自2023年1月1日'
 */
export const tidySpaces = (text: string): string => {
  if (!SPACE.test(text)) return text
  const chars = [...text]
  let out = ''
  let i = 0
  while (i < chars.length) {
    const ch = chars[i] ?? ''
    if (ch !== ' ' && ch !== '\t' && ch !== '\u3000') {
      out += ch
      i += 1
      continue
    }
    let j = i
    while (j < chars.length && (chars[j] === ' ' || chars[j] === '\t' || chars[j] === '\u3000')) j += 1
    const before = chars[i - 1]
    const after = chars[j]
    if (before !== undefined && after !== undefined && !isWide(before) && !isWide(after)) out += ' '
    i = j
  }
  return out
}

/**
 * What joins a wrapped line to the text before it: nothing beside Chinese, one
 * space between two Latin words.
 *
 * @example
 * wrapJoint('the', 'report') // ' '
 */
export const wrapJoint = (before: string, after: string): string => {
  const last = before.at(-1)
  const first = after[0]
  if (last === undefined || first === undefined) return ''
  return isWide(last) || isWide(first) ? '' : ' '
}
