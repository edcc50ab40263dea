/**
 * a total stated in the text against the parts it lists:
 * `共发布…N篇。其中…a条，…b条` must have a + b + … = N.
 */
import type { Problem } from '../problem.js'
import type { Report } from '../report.js'
import { found } from './found.js'
import { quote, sentencesOf, type Sentence } from './sentences.js'

const UNIT = '(?:人次|篇|条|件|个|项|次|期|份|家|场|起|批|宗)'
const COUNTED = new RegExp(`(\\d{1,12})${UNIT}`, 'g')
/** `共` as "in all": not 公共, 中共, 共享, 共同, … */
const TOTAL = /(?<![公中])(?:共(?![享同建识产青担商治有])|总计|合计|累计)/

const countsIn = (text: string): ReadonlyArray<number> => [...text.replace(/[(（][^()（）]{0,80}[)）]/g, '').matchAll(COUNTED)].map((m) => Number(m[1]))

const statedTotal = (sentence: Sentence): { readonly total: number; readonly rest: string } | undefined => {
  const m = TOTAL.exec(sentence.plain)
  if (m === null) return undefined
  const after = sentence.plain.slice(m.index + m[0].length)
  const first = new RegExp(`^[^。;；]{0,40}?(\\d{1,12})${UNIT}`).exec(after)
  if (first === null) return undefined
  return { total: Number(first[1]), rest: after.slice(first[0].length) }
}

/**
 * X-3 on every sentence stating a total whose parts follow (`其中…`, in the same
 * sentence or the next).
 */
export const checkTextTotals = (report: Report): ReadonlyArray<Problem> => {
  const sentences = sentencesOf(report)
  return sentences.flatMap((sentence, i) => {
    const stated = statedTotal(sentence)
    if (stated === undefined) return []
    const next = sentences[i + 1]
    const inSentence = stated.rest.indexOf('其中')
    const listed =
      inSentence !== -1
        ? { text: stated.rest.slice(inSentence), quoted: sentence.text }
        : next !== undefined && next.plain.startsWith('其中') && String(next.path) === String(sentence.path)
          ? { text: next.plain, quoted: sentence.text + next.text }
          : undefined
    if (listed === undefined) return []
    const parts = countsIn(listed.text)
    if (parts.length < 2) return []
    const sum = parts.reduce((a, b) => a + b, 0)
    return sum === stated.total
      ? []
      : [
          found(
            report.format,
            'TEXT_TOTAL_MISMATCH',
            sentence.path,
            `${quote(listed.quoted)}：所列各项 ${parts.join(' + ')} = ${sum}，与所述总数 ${stated.total} 不符`
          )
        ]
  })
}
