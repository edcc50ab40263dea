import { describe, expect, it } from 'vitest'
import { MAX_TEXT_CHARS, checkCharacters, setAt, tooLongTexts, validateReport } from '../src/index.js'
import { readFixture } from './fixture-cases.js'

const sample = readFixture('renshi-town-2020')

const found = (u: unknown) => validateReport(u).problems.filter((p) => p.code.startsWith('TEXT_') && p.code.endsWith('_CHARACTER'))

describe('checkCharacters', () => {
  it('finds nothing in a fixture', () => {
    expect(found(sample)).toEqual([])
  })

  it('makes U+FFFD (text garbled by a wrong decoding) an error naming its place and position', () => {
    const problems = found(setAt(sample, ['agency'], '开江县\uFFFD\uFFFD镇人民政府'))
    expect(problems.map(({ code, severity, path, where }) => ({ code, severity, path, where }))).toEqual([
      { code: 'TEXT_REPLACEMENT_CHARACTER', severity: 'error', path: '/agency', where: '机关名称' }
    ])
    expect(problems[0]?.message).toMatch(/^第 4 个字符是“\uFFFD”/)
  })

  it('makes a control character an error, but not a tab or a line break', () => {
    expect(found(setAt(sample, ['title'], '报告\t\r\n')).length).toBe(0)
    const problems = found(setAt(sample, ['title'], '报\u0007告'))
    expect(problems.map((p) => [p.code, p.path])).toEqual([['TEXT_CONTROL_CHARACTER', '/title']])
    expect(problems[0]?.message).toContain('U+0007')
  })

  it('is one of the checks of validate', () => {
    const decoded = validateReport(setAt(sample, ['title'], '\uFFFD'))
    expect(decoded.report === undefined ? [] : checkCharacters(decoded.report).map((p) => p.code)).toEqual(['TEXT_REPLACEMENT_CHARACTER'])
  })

  it('makes a text longer than any real report’s an error naming its place and length, and one exactly at the limit none', () => {
    const at = (length: number) => setAt(sample, ['sections', 0, 'paragraphs', 0], '公开'.repeat(length / 2))
    const problems = validateReport(at(MAX_TEXT_CHARS + 2)).problems.filter((p) => p.code === 'TEXT_TOO_LONG')
    expect(problems.map(({ code, severity, path }) => ({ code, severity, path }))).toEqual([
      { code: 'TEXT_TOO_LONG', severity: 'error', path: '/sections/0/paragraphs/0' }
    ])
    expect(problems[0]?.message).toMatch(/^长 100002 字，超过一处文字 100000 字的上限/)
    expect(validateReport(at(MAX_TEXT_CHARS)).problems.filter((p) => p.code === 'TEXT_TOO_LONG')).toEqual([])
  })

  it('lists the texts too long with their places and lengths for the renderers', () => {
    const decoded = validateReport(setAt(sample, ['title'], '报'.repeat(MAX_TEXT_CHARS + 1)))
    expect(decoded.report === undefined ? [] : tooLongTexts(decoded.report)).toEqual([{ path: '/title', where: '标题', length: MAX_TEXT_CHARS + 1 }])
  })
})
