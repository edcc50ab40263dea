/**
 * wording that belongs to another kind of agency, as when a township's report
 * speaks of 我局 (a department's self-reference): a sign of text copied from
 * another kind of report.
 */
import type { Problem } from '../problem.js'
import type { Publisher, Report } from '../report.js'
import { found } from './found.js'
import { sentencesMatching } from './sentences.js'

/** How departments and townships name themselves (a government's 我县 or 我区 is also a department's way of naming its county). */
const SELF_NAMES: Readonly<Record<'department' | 'township', ReadonlyArray<string>>> = {
  department: ['我局', '本局', '我委', '本委', '我厅', '本厅'],
  township: ['我镇', '本镇', '我乡', '本乡', '我街道', '本街道']
}

const KIND_NAMES: Readonly<Record<Publisher, string>> = { department: '政府部门', township: '乡镇、街道', government: '人民政府' }

/** The self-names of the other kinds, in a fixed order. */
const foreignWordsOf = (publisher: Publisher): ReadonlyArray<readonly [string, Publisher]> =>
  (['department', 'township'] as const).filter((k) => k !== publisher).flatMap((k) => SELF_NAMES[k].map((w) => [w, k] as const))

/** For each kind of publisher: the others' self-names, and a pattern matching any of them (to skip the sentences with none). */
const FOREIGN = Object.fromEntries(
  (['department', 'township', 'government'] as const).map((p) => {
    const words = foreignWordsOf(p)
    return [p, { words, any: new RegExp(words.map(([w]) => w).join('|')) }]
  })
) as Readonly<Record<Publisher, { readonly words: ReadonlyArray<readonly [string, Publisher]>; readonly any: RegExp }>>

/**
 * R-4 on a report: `WORDING_OF_OTHER_KIND` at the first sentence using each word
 * by which another kind of agency names itself. A government's report may speak of
 * its townships and departments, so only the first person (我/本) is read, and
 * a county's name for itself (我县) belongs to every kind.
 *
 * @example
 * checkWording(townshipReport).map((p) => p.message) // ['使用了“我局”（政府部门的自称）…']
 */
export const checkWording = (report: Report): ReadonlyArray<Problem> => {
  const { words, any } = FOREIGN[report.publisher]
  const sentences = sentencesMatching(report, any)
  if (sentences.length === 0) return []
  return words.flatMap(([word, kind]) => {
    const at = sentences.find((s) => s.plain.includes(word))
    return at === undefined
      ? []
      : [
          found(
            report.format,
            'WORDING_OF_OTHER_KIND',
            at.path,
            `使用了“${word}”（${KIND_NAMES[kind]}的自称），本报告为${KIND_NAMES[report.publisher]}的报告：“${at.text.slice(0, 60)}”`
          )
        ]
  })
}
