/**
 * What pdfmake's own line breaker (UAX #14 before Unicode 15.1, the `linebreak`
 * package) finds between two texts: where it sees no chance to break between
 * the last word of one inline and the first of the next, it binds the two
 * inlines into one word (`noNewLine`) and keeps them on one line.
 */

const IDEOGRAPH = /^\p{Unified_Ideograph}$/u
/** Marks after which UAX #14 always allows a break before an ideograph: full-width closing punctuation and the closing brackets. */
const CLOSING_PUNCTUATION = new Set(['，', '。', '、', '；', '：', '？', '！', '）', '》', '」', '』', '】', '〉', '〕'])

/**
 * Whether pdfmake's breaker surely finds a line-break chance between a text
 * ending in the character `before` and one starting with `after`, so that it
 * does not bind the two texts' words into one: an ideograph or a closing
 * punctuation mark before an ideograph. Other pairs (quotation marks, numbers
 * and Latin words, whose words the breaker reads in context) are not sure.
 *
 * @example
 * surelyBreaksBetween('，', '政') // true
 * surelyBreaksBetween('”', '政') // false
 */
export const surelyBreaksBetween = (before: string, after: string): boolean =>
  (IDEOGRAPH.test(before) || CLOSING_PUNCTUATION.has(before)) && IDEOGRAPH.test(after)
