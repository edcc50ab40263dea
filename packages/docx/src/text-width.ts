/**
 * Widths of text in characters of its size, without its font: Han characters and
 * full-width marks (and the dashes and quotes of CJK fonts) one, ASCII and the
 * half-width forms a half. Word lays out the text itself; these widths only split
 * the title into symmetric lines and place the signature.
 */

const HALF_WIDTH = /[\u0000-\u00ff\uff61-\uff9f]/u

/**
 * The width of `text` in characters.
 *
 * @example
 * charWidth('2021年1月27日') // 6.5
 */
export const charWidth = (text: string): number => [...text].reduce((w, c) => w + (HALF_WIDTH.test(c) ? 0.5 : 1), 0)

const WORDS = new Intl.Segmenter('zh', { granularity: 'word' })

/**
 * `line` in the fewest lines of at most `perLine` characters, of nearly equal
 * widths, broken between words.
 *
 * @example
 * symmetricLines('某某市某某区某某街道办事处2021年度政府信息公开工作年度报告', 20) // two lines, broken between words
 */
export const symmetricLines = (line: string, perLine: number): ReadonlyArray<string> => {
  const total = charWidth(line)
  const count = Math.ceil(total / perLine)
  if (count <= 1) return [line]
  const words = [...WORDS.segment(line)].map((s) => s.segment)
  const lines: Array<string> = []
  let current = ''
  let done = 0
  for (const word of words) {
    const target = ((lines.length + 1) * total) / count
    const here = done + charWidth(current)
    // Break before the word when that ends the line nearer its share than taking the word would.
    if (current !== '' && lines.length < count - 1 && Math.abs(here - target) <= Math.abs(here + charWidth(word) - target)) {
      lines.push(current)
      done += charWidth(current)
      current = ''
    }
    current += word
  }
  lines.push(current)
  return lines
}
