/**
 * The statutory labels live once, in @report/model: no other package's source spells
 * one as a string literal. The labels are read from the model's exports; the sources
 * are scanned for string and template literals that contain one (tests excepted: their
 * expected outputs may spell what they expect).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  ACTIVE_BLOCKS,
  APPLICANT_COLUMNS,
  APPLICANT_HEADER,
  APPLICATION_ROWS,
  INFO_CONTENT,
  LITIGATION,
  OUTCOMES,
  REVIEW_GROUPS,
  SECTION_HEADINGS,
  TABLE_NAMES
} from '../src/index.js'

// -------------------------------------------------------------------------------------
// the labels
// -------------------------------------------------------------------------------------

/** Every string in a value, at any depth. */
const stringsIn = (value: unknown): ReadonlyArray<string> =>
  typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(stringsIn) : []

const LABEL_DATA = {
  SECTION_HEADINGS,
  ACTIVE_BLOCKS,
  APPLICANT_COLUMNS,
  APPLICANT_HEADER,
  APPLICATION_ROWS,
  REVIEW_GROUPS,
  OUTCOMES,
  LITIGATION,
  TABLE_NAMES,
  INFO_CONTENT
}

const hanCount = (text: string): number => text.match(/\p{Script=Han}/gu)?.length ?? 0

/** How text is compared: NFKC (full-width marks and digits to half-width), no spaces. */
const normal = (text: string): string => text.normalize('NFKC').replace(/\s+/gu, '')

/** A label without its number (一、 （一） 1.) and its notes in brackets: （一）予以公开 -> 予以公开. */
const coreOf = (label: string): string =>
  normal(label)
    .replace(/^([一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+\.)/u, '')
    .replace(/\([^)]*\)/gu, '')

/** A label that names something statutory: four Han characters or more, so not a word any text holds (总计, 其他, 自然人). */
const distinctive = (text: string): boolean => hanCount(text) >= 4

interface Needle {
  /** The label as the model spells it. */
  readonly label: string
  /** What a literal must contain to spell it: the label or its core, compared by `normal`. */
  readonly text: string
}

/** The statutory labels worth looking for, each with the forms a literal may spell it in. */
const needlesOf = (labels: ReadonlyArray<string>): ReadonlyArray<Needle> => {
  const seen = new Map<string, Needle>()
  for (const label of labels) for (const text of [normal(label), coreOf(label)]) if (distinctive(text) && !seen.has(text)) seen.set(text, { label, text })
  return [...seen.values()]
}

const NEEDLES = needlesOf(stringsIn(LABEL_DATA))

// -------------------------------------------------------------------------------------
// the literals of a source
// -------------------------------------------------------------------------------------

interface Literal {
  readonly text: string
  /** The line the literal starts on, from 1. */
  readonly line: number
}

const WORD = /[\p{ID_Continue}$]/u
/** Words after which a `/` starts a regular expression, not a division. */
const BEFORE_EXPRESSION = new Set(['return', 'typeof', 'case', 'in', 'of', 'delete', 'void', 'throw', 'new', 'instanceof', 'yield', 'await', 'else', 'do'])

/**
 * The string literals and the fixed parts of the template literals of a TypeScript or
 * JavaScript source, with their lines; comments and regular expressions skipped.
 *
 * @example
 * stringLiterals("const a = 'x' // 'y'\nconst b = `z${a}w`") // [{ text: 'x', line: 1 }, { text: 'z', line: 2 }, { text: 'w', line: 2 }]
 */
const stringLiterals = (source: string): ReadonlyArray<Literal> => {
  const found: Array<Literal> = []
  const holes: Array<number> = [] // the brace depth at which each open `${` closes
  let i = 0
  let line = 1
  let depth = 0
  let afterValue = false
  const at = (k: number): string => source[k] ?? ''
  const step = (): string => {
    const c = at(i++)
    if (c === '\n') line++
    return c
  }
  const template = (): void => {
    const start = line
    let text = ''
    while (i < source.length) {
      const c = step()
      if (c === '\\') text += c + step()
      else if (c === '`') break
      else if (c === '$' && at(i) === '{') {
        i++
        holes.push(depth++)
        break
      } else text += c
    }
    found.push({ text, line: start })
    afterValue = true
  }
  while (i < source.length) {
    const c = at(i)
    if (c === '/' && at(i + 1) === '/') while (i < source.length && at(i) !== '\n') i++
    else if (c === '/' && at(i + 1) === '*') {
      i += 2
      while (i < source.length && !(at(i) === '*' && at(i + 1) === '/')) step()
      i += 2
    } else if (c === "'" || c === '"') {
      const start = line
      let text = ''
      i++
      while (i < source.length && at(i) !== c) text += at(i) === '\\' ? step() + step() : step()
      i++
      found.push({ text, line: start })
      afterValue = true
    } else if (c === '`') {
      i++
      template()
    } else if (c === '}' && holes.length > 0 && holes[holes.length - 1] === depth - 1) {
      holes.pop()
      depth--
      i++
      template()
    } else if (c === '/' && !afterValue) {
      // a regular expression: to its closing slash outside a class, then its flags
      let inClass = false
      i++
      while (i < source.length && (at(i) !== '/' || inClass) && at(i) !== '\n') {
        if (at(i) === '\\') i++
        else if (at(i) === '[') inClass = true
        else if (at(i) === ']') inClass = false
        i++
      }
      i++
      while (WORD.test(at(i))) i++
      afterValue = true
    } else if (WORD.test(c)) {
      let word = ''
      while (i < source.length && WORD.test(at(i))) word += at(i++)
      afterValue = !BEFORE_EXPRESSION.has(word)
    } else {
      step()
      if (c === '{') depth++
      else if (c === '}') depth--
      if (!/\s/u.test(c)) afterValue = c === ')' || c === ']'
    }
  }
  return found
}

// -------------------------------------------------------------------------------------
// the scan
// -------------------------------------------------------------------------------------

interface Spelling {
  readonly file: string
  readonly line: number
  readonly label: string
}

/** Where a source spells a label as a literal. */
const spelledLabels = (file: string, source: string, needles: ReadonlyArray<Needle> = NEEDLES): ReadonlyArray<Spelling> =>
  stringLiterals(source).flatMap(({ text, line }) => {
    const literal = normal(text)
    const labels = new Set(needles.filter((n) => literal.includes(n.text)).map((n) => n.label))
    return [...labels].map((label) => ({ file, line, label }))
  })

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))

/** The source files of every package but the model, and of the apps, relative to the root. */
const sourceFiles = (): ReadonlyArray<string> => {
  const folders = [
    ...readdirSync(join(ROOT, 'packages'))
      .filter((p) => p !== 'model')
      .map((p) => `packages/${p}/src`),
    ...readdirSync(join(ROOT, 'apps')).flatMap((a) => [`apps/${a}/src`, `apps/${a}/page`])
  ]
  return folders.flatMap((folder) => {
    let entries: ReadonlyArray<string>
    try {
      entries = readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    } catch {
      return []
    }
    return entries.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).map((f) => `${folder}/${f.split('\\').join('/')}`)
  })
}

// -------------------------------------------------------------------------------------
// tests
// -------------------------------------------------------------------------------------

describe('the statutory labels are spelled once, in @report/model', () => {
  it('finds the distinctive labels, and skips generic words', () => {
    const texts = NEEDLES.map((n) => n.text)
    expect(texts).toEqual(
      expect.arrayContaining(['一、总体情况', '总体情况', '予以公开', '部分公开', '本年收费金额', '申请人情况', '行政诉讼', '结果维持'])
    )
    expect(texts).not.toContain('总计')
    expect(texts).not.toContain('其他')
    expect(texts).not.toContain('自然人')
    expect(NEEDLES.length).toBeGreaterThan(60)
  })

  it('no source outside the model spells one as a literal', () => {
    const files = sourceFiles()
    expect(files.length).toBeGreaterThan(20)
    const found = files.flatMap((file) => spelledLabels(file, readFileSync(join(ROOT, file), 'utf8')))
    expect(found.map((s) => `${s.file}:${s.line}  ${s.label}`)).toEqual([])
  })
})

describe('the scanner', () => {
  const source = [
    "import { SECTION_HEADINGS } from '@report/model'",
    '// a comment may name 一、总体情况: it is no literal',
    '/* nor a block comment: （一）予以公开 */',
    "const heading = SECTION_HEADINGS.overview + '：'",
    "const planted = '（七）总计 and （二）部分公开'",
    'const ratio = a / b / c',
    'const pattern = /一、总体情况/u',
    // oxlint-disable-next-line no-template-curly-in-string -- source text, planted
    'const inTemplate = `表三 ${heading} 二、上年结转政府信息公开申请数量`',
    "const halfWidth = '(6)其他处理'",
    // oxlint-disable-next-line no-template-curly-in-string -- source text, planted
    'const nested = `${`${"申请人情况"}`}`',
    "const plain = '总计'"
  ].join('\n')

  it('reads string and template literals with their lines, skipping comments and regular expressions', () => {
    expect(stringLiterals(source)).toEqual([
      { text: '@report/model', line: 1 },
      { text: '：', line: 4 },
      { text: '（七）总计 and （二）部分公开', line: 5 },
      { text: '表三 ', line: 8 },
      { text: ' 二、上年结转政府信息公开申请数量', line: 8 },
      { text: '(6)其他处理', line: 9 },
      { text: '', line: 10 },
      { text: '', line: 10 },
      { text: '申请人情况', line: 10 },
      { text: '', line: 10 },
      { text: '', line: 10 },
      { text: '总计', line: 11 }
    ])
  })

  it('catches a planted label, in any width of marks, with its file and line', () => {
    expect(spelledLabels('planted.ts', source)).toEqual([
      { file: 'planted.ts', line: 5, label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' },
      { file: 'planted.ts', line: 8, label: '二、上年结转政府信息公开申请数量' },
      { file: 'planted.ts', line: 9, label: '（六）其他处理' },
      { file: 'planted.ts', line: 10, label: '申请人情况' }
    ])
  })
})
