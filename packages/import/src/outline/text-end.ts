/**
 * Where a page that stops mid-report stops: a text whose last line ends no sentence,
 * or that ends before section 五 without a signature, was cut off (a page saved in
 * part, a mirror's excerpt). What follows the cut was never printed: one note says
 * where the text stops, instead of a note for every section, table and row after it.
 */
import { SECTION_HEADINGS, type SectionRole } from '@report/model'
import type { Line } from '../read/lines.js'
import type { SectionLines } from './outline.js'

/** Where the text stops: its last line, and the statutory sections printed before the cut. */
export interface TextStop {
  readonly line: number
  readonly text: string
  /** The heading of the section the text stops in ('' before section 一). */
  readonly heading: string
  /** The role of the last statutory section printed, if any. */
  readonly last: SectionRole | undefined
}

const ORDER = Object.keys(SECTION_HEADINGS) as ReadonlyArray<keyof typeof SECTION_HEADINGS>
/** How a complete paragraph, or a signature, ends. */
const ENDS = /[。！？!?…”」』）)]$/
/** A signature's date on the last line (`2023 年 1 月 16 日`): the text ends there. */
const SIGNATURE_DATE = /^\d{4}\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日$/

/** Is the statutory role after `last` (`undefined`: before section 一) in the order of the format? */
export const isAfter = (role: SectionRole, last: SectionRole | undefined): boolean =>
  ORDER.indexOf(role as (typeof ORDER)[number]) > (last === undefined ? -1 : ORDER.indexOf(last as (typeof ORDER)[number]))

/**
 * Where the text stops, or `undefined` when it is whole: signed, or ending a
 * sentence after section 五 has begun.
 */
export const whereTextStops = (lines: ReadonlyArray<Line>, sections: ReadonlyArray<SectionLines>, signed: string | undefined): TextStop | undefined => {
  if (signed !== undefined) return undefined
  const lastLine = [...lines].reverse().find((l) => l.text.trim() !== '')
  if (lastLine === undefined) return undefined
  const statutory = sections.filter((s) => s.role !== 'extra').map((s) => s.role)
  const last = statutory.reduce<SectionRole | undefined>((a, r) => (a === undefined || isAfter(r, a) ? r : a), undefined)
  const text = lastLine.text.trim()
  if (SIGNATURE_DATE.test(text)) return undefined
  const ended = ENDS.test(text.replace(/\uFFFD+$/, '')) && !text.endsWith('\uFFFD')
  if (ended && last !== undefined && !isAfter('problems', last)) return undefined
  // The tables printed after the whole narrative, numbered anew, end the text with their numbers.
  if (last === ORDER.at(-1) && /\d$/.test(text)) return undefined
  return { line: lastLine.no, text: text.length > 20 ? `…${text.slice(-20)}` : text, heading: sections.at(-1)?.heading ?? '', last }
}
