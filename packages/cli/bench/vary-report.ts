/**
 * Unit reports made from one fixture report, for the fixtures of `report aggregate`
 * and `report audit` and for their benchmark: the agency, the numbers and the text
 * varied by a seed, every relation kept (`withTotals` after scaling every part, the
 * same amount added to a result and to what was received), and text of its own for
 * each seed, so that reports of different seeds are not copies of each other.
 */
import { count, decodeReport, setAt, sumDecimals, valueAt, withTotals, type Path, type Publisher, type Report } from '@report/model'

/** A seeded generator of 32-bit integers (mulberry32): the same seed, the same report. */
const random = (seed: number): ((n: number) => number) => {
  let a = seed >>> 0
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) % n
  }
}

/** Phrases of at most seven characters, so that only their pairings (which vary by seed) make the compared eight-character runs. */
const PHRASES = [
  '加强组织领导',
  '完善工作机制',
  '规范办理流程',
  '强化审核把关',
  '提升公开质量',
  '深化重点领域',
  '拓展公开渠道',
  '优化专栏设置',
  '做好政策解读',
  '回应社会关切',
  '落实主体责任',
  '健全制度体系',
  '推进标准化建设',
  '加强业务培训',
  '开展自查整改',
  '严格保密审查',
  '及时更新信息',
  '畅通申请渠道',
  '依法依规答复',
  '注重群众需求',
  '强化平台管理',
  '提高工作效能',
  '压实工作责任',
  '推动信息共享',
  '加大公开力度',
  '丰富解读形式',
  '完善考核评估',
  '加强督促检查',
  '夯实工作基础',
  '规范信息发布',
  '优化政务服务',
  '强化队伍建设',
  '改进工作作风',
  '保障群众知情权',
  '增强公开实效',
  '细化公开目录',
  '统筹推进各项',
  '主动接受监督',
  '持续改进方法',
  '扎实推进落实'
]

const sentence = (next: (n: number) => number): string => Array.from({ length: 3 + next(3) }, () => PHRASES[next(PHRASES.length)]).join('，') + '。'

/** A paragraph of `n` sentences of seeded phrases, opened by the agency's name. */
const paragraph = (agency: string, next: (n: number) => number, n: number): string => agency + Array.from({ length: n }, () => sentence(next)).join('')

/**
 * One paragraph of `length` characters of seeded sentences, each with a count
 * (`办理123件`), for the long-paragraph bench: no two lines alike.
 *
 * @example
 * longParagraph(1, 1_000_000).length // 1000000
 */
export const longParagraph = (seed: number, length: number): string => {
  const next = random(seed)
  const sentences: Array<string> = []
  for (let total = 0; total < length;) {
    const text = `办理${1 + next(9999)}件，${sentence(next)}`
    sentences.push(text)
    total += text.length
  }
  return sentences.join('').slice(0, length)
}

/** How a report is varied. */
export interface Variation {
  readonly seed: number
  /** The seed of the text, when it is not `seed` (a copy of another unit's text, a different text with the same numbers). */
  readonly textSeed?: number
  /** The factor every count is multiplied by, when it is not the seed's (R-3's constructed jumps). */
  readonly factor?: number
  /** The report year, when it is not the base's. */
  readonly year?: number
  readonly agency: string
  readonly publisher: Publisher
  readonly published?: string
  /** Words put at the head of the first paragraph (R-4's constructed cases: a township saying 我局). */
  readonly opening?: string
}

const scaleCount = (report: Report, path: Path, factor: number, add: number): Report => {
  const cell = valueAt(report, path)
  return typeof cell === 'number' ? setAt(report, path, count(cell * factor + add)) : report
}

const everyCount = (node: unknown, path: Path): ReadonlyArray<Path> =>
  typeof node === 'number'
    ? [path]
    : typeof node === 'object' && node !== null
      ? Object.entries(node).flatMap(([k, v]) => everyCount(v, [...path, Array.isArray(node) ? Number(k) : k]))
      : []

/**
 * `base` (a report in the 2021 format) as another agency's: each table scaled by a
 * seeded factor with seeded additions that keep table 三 balanced, the totals
 * refilled, the text its own, the title naming the agency.
 */
export const varyReport = (base: Report, v: Variation): Report => {
  const next = random(v.seed)
  const factor = v.factor ?? 1 + next(4)
  const nextWord = random(v.textSeed ?? v.seed + 0x5bd1e995)
  const year = v.year ?? base.year
  let report: Report = base
  for (const table of ['active', 'applications', 'review'] as const) {
    for (const path of everyCount(base.tables[table], ['tables', table])) report = scaleCount(report, path, factor, 0)
  }
  for (let c = 0; c < 6; c++) {
    const add = next(4)
    report = scaleCount(
      scaleCount(report, ['tables', 'applications', 'results', 'disclosed', c], 1, add),
      ['tables', 'applications', 'newReceived', c],
      1,
      add
    )
  }
  for (let c = 0; c < 4; c++) report = scaleCount(report, ['tables', 'review', 'reconsideration', c], 1, next(2))
  for (const path of [
    ['tables', 'active', 'item5', 'licensing', 'decisions'],
    ['tables', 'active', 'item6', 'penalties', 'decisions']
  ] as const) {
    report = scaleCount(report, path, 1, next(50))
  }
  const fee = valueAt(report, ['tables', 'active', 'item8', 'fees', 'amount'])
  if (typeof fee === 'string' && fee !== '')
    report = setAt(report, ['tables', 'active', 'item8', 'fees', 'amount'], sumDecimals(Array.from({ length: factor }, () => fee)))
  const sections = report.sections.map((s) => {
    if (s.role === 'overview') {
      return {
        ...s,
        paragraphs: [(v.opening ?? '') + paragraph(v.agency, nextWord, 3)],
        subsections: (s.subsections ?? []).map((sub) => ({ ...sub, paragraphs: [paragraph('', nextWord, 2)] }))
      }
    }
    if (s.role === 'problems') return { ...s, paragraphs: [paragraph('', nextWord, 3)] }
    if (s.role === 'other') return { ...s, paragraphs: [paragraph('', nextWord, 1) + '本年度未收取政府信息公开信息处理费。'] }
    return s
  })
  const { published: _, ...rest } = withTotals(report)
  const decoded = decodeReport({
    ...rest,
    ...(v.published === undefined ? {} : { published: v.published }),
    agency: v.agency,
    publisher: v.publisher,
    year,
    title: `${v.agency}${year}年政府信息公开工作年度报告`,
    sections
  })
  if (decoded.report === undefined) throw new Error(`varied report does not decode: ${JSON.stringify(decoded.problems.slice(0, 2))}`)
  return decoded.report
}

/** `text` varied by `next`: every number but a date's (before 年, 月, 日) re-drawn with as many digits, a seeded phrase put before one of its sentences. */
const varyParagraph = (text: string, next: (n: number) => number): string => {
  const numbers = text.replace(/\d+(?![\d年月日])/g, (digits) => String(10 ** (digits.length - 1) + next(9 * 10 ** (digits.length - 1))))
  const sentences = numbers.split(/(?<=。)/)
  const at = next(sentences.length)
  return sentences.map((s, i) => (i === at ? `${PHRASES[next(PHRASES.length)]}，${s}` : s)).join('')
}

/**
 * The sample report `base` as another document of its length times `times`, for
 * the render benchmark: the tables varied as `varyReport` varies them (its agency,
 * title and dates kept), and its own text with every paragraph written `times`
 * times, each copy varied by `varyParagraph`, so that no two copies and no two
 * seeds are alike.
 *
 * @example
 * lengthenReport(renshi, 7, 20).sections[0].paragraphs.length // 20
 */
export const lengthenReport = (base: Report, seed: number, times: number): Report => {
  const next = random(seed ^ 0x2545f491)
  const copies = (paragraphs: ReadonlyArray<string>): Array<string> =>
    paragraphs.flatMap((p) => Array.from({ length: times }, () => varyParagraph(p, next)))
  const tables = varyReport(base, {
    seed,
    agency: base.agency,
    publisher: base.publisher,
    ...(base.published === undefined ? {} : { published: base.published })
  })
  const decoded = decodeReport({
    ...tables,
    title: base.title,
    sections: base.sections.map((s) => ({
      ...s,
      paragraphs: copies(s.paragraphs),
      ...(s.subsections === undefined ? {} : { subsections: s.subsections.map((sub) => ({ ...sub, paragraphs: copies(sub.paragraphs) })) })
    }))
  })
  if (decoded.report === undefined) throw new Error(`lengthened report does not decode: ${JSON.stringify(decoded.problems.slice(0, 2))}`)
  return decoded.report
}
