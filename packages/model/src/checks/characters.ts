/**
 * The characters of a report's text: U+FFFD, what a file read in the wrong
 * encoding leaves behind, control characters, which no printed report holds,
 * and more of them in one text than any real report has. Found here, in
 * `validate`, rather than as a surprise when rendering.
 */
import { MAX_TEXT_CHARS } from '../limits.js'
import { placeOf, type Path, type Place } from '../place.js'
import { problem, type Problem } from '../problem.js'
import type { Report } from '../report.js'

/**
 * One piece of a report's text and where it is.
 */
export interface PlacedText {
  readonly path: Path
  readonly text: string
}

/**
 * Calls `visit` with every string of `value` and its path, in document order. The
 * path is one array, extended and shortened as the walk goes: `visit` copies it
 * to keep it (a report nests a few levels, so the walk is shallow).
 */
const eachText = (value: unknown, path: Array<string | number>, visit: (text: string, path: Path) => void): void => {
  if (typeof value === 'string') visit(value, path)
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i]
      if (typeof v === 'number') continue
      path.push(i)
      eachText(v, path, visit)
      path.pop()
    }
  } else if (typeof value === 'object' && value !== null) {
    // for…in rather than Object.keys: the same own keys in the same order for a plain object, with no array of keys made per object.
    for (const k in value) {
      const v: unknown = (value as Record<string, unknown>)[k]
      if (typeof v === 'number') continue
      path.push(k)
      eachText(v, path, visit)
      path.pop()
    }
  }
}

/**
 * Every string of a report with its path, in document order.
 *
 * @example
 * textsOf(report)[0] // { path: ['title'], text: '开江县任市镇人民政府2020年政府信息公开工作年度报告' }
 */
export const textsOf = (report: Report): ReadonlyArray<PlacedText> => {
  const found: Array<PlacedText> = []
  eachText(report, [], (text, path) => found.push({ path: [...path], text }))
  return found
}

/** C0 controls but tab, line feed and carriage return; DEL; C1 controls. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u

/** What either problem needs: U+FFFD or a control character; most texts have neither, and are read once. */
const SUSPECT = /[\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/

const codePoint = (char: string): string => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`

/** Whether a text holds what a problem here needs. */
const isSuspect = (text: string): boolean => text.length > MAX_TEXT_CHARS || SUSPECT.test(text)

/** Whether any string of `value` holds what a problem here needs: a walk with no path kept, as most reports have none. */
const anySuspect = (value: unknown): boolean => {
  if (typeof value === 'string') return isSuspect(value)
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i]
      if (typeof v !== 'number' && anySuspect(v)) return true
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const k in value) {
      const v: unknown = (value as Record<string, unknown>)[k]
      if (typeof v !== 'number' && anySuspect(v)) return true
    }
  }
  return false
}

/**
 * Calls `visit` with every text of a report that holds what a problem here needs and
 * its place: the walk that keeps paths runs only when one with no path finds one.
 */
const eachSuspect = (report: Report, visit: (text: string, place: Place) => void): void => {
  if (!anySuspect(report)) return
  eachText(report, [], (text, path) => {
    if (isSuspect(text)) visit(text, placeOf(report.format, [...path]))
  })
}

/**
 * The texts of a report longer than {@link MAX_TEXT_CHARS}, with their places and
 * lengths: what `validate` reports and the renderers refuse.
 *
 * @example
 * tooLongTexts(report) // [{ path: '/sections/0/paragraphs/0', where: '正文 第1节 第1段', length: 1000000 }]
 */
export const tooLongTexts = (report: Report): ReadonlyArray<Place & { readonly length: number }> => {
  const found: Array<Place & { readonly length: number }> = []
  eachSuspect(report, (text, place) => {
    if (text.length > MAX_TEXT_CHARS) found.push({ ...place, length: text.length })
  })
  return found
}

/**
 * The message of a text longer than {@link MAX_TEXT_CHARS}, `length` UTF-16 units long.
 *
 * @example
 * tooLongMessage(1000000) // '长 1000000 字，超过一处文字 100000 字的上限：……'
 */
export const tooLongMessage = (length: number): string =>
  `长 ${length} 字，超过一处文字 ${MAX_TEXT_CHARS} 字的上限：真实报告的一段不过数千字，请分段，或检查是否把全文并成了一段`

/**
 * One problem per piece of text holding U+FFFD (`TEXT_REPLACEMENT_CHARACTER`) or a
 * control character (`TEXT_CONTROL_CHARACTER`), naming the first one's position,
 * and per text longer than {@link MAX_TEXT_CHARS} (`TEXT_TOO_LONG`).
 *
 * @example
 * checkCharacters(report).filter((p) => p.code === 'TEXT_REPLACEMENT_CHARACTER')
 */
export const checkCharacters = (report: Report): ReadonlyArray<Problem> => {
  const found: Array<Problem> = []
  eachSuspect(report, (text, place) => {
    if (text.length > MAX_TEXT_CHARS) found.push(problem('TEXT_TOO_LONG', place, tooLongMessage(text.length)))
    const replaced = text.indexOf('\uFFFD')
    if (replaced >= 0)
      found.push(
        problem(
          'TEXT_REPLACEMENT_CHARACTER',
          place,
          `第 ${[...text.slice(0, replaced)].length + 1} 个字符是“\uFFFD”（U+FFFD）：文字在某次转换编码时已损坏，请从原文重新录入`
        )
      )
    const control = CONTROL.exec(text)
    if (control !== null)
      found.push(
        problem(
          'TEXT_CONTROL_CHARACTER',
          place,
          `第 ${[...text.slice(0, control.index)].length + 1} 个字符是控制字符 ${codePoint(control[0])}，无法排印，请删去`
        )
      )
  })
  return found
}
