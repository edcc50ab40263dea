import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sentencesMatching } from '../src/checks/sentences.js'
import { decodeReport, sentencesOf, setAt, type Report } from '../src/index.js'
import { FIXTURES } from './fixture-cases.js'

const base = decodeReport(JSON.parse(readFileSync(join(FIXTURES, 'example-department-2021', 'report.json'), 'utf8'))).report as Report
const PARAGRAPH = ['sections', 0, 'paragraphs', 0]
const withParagraph = (text: string): Report => setAt(base, PARAGRAPH, text)
const filtered = (report: Report, pattern: RegExp) => sentencesOf(report).filter((s) => pattern.test(s.plain))
/** The texts of the changed paragraph's sentences that `pattern` is found in. */
const found = (report: Report, pattern: RegExp) =>
  sentencesMatching(report, pattern)
    .filter((s) => s.path.join('/') === PARAGRAPH.join('/'))
    .map((s) => s.text)

describe('sentencesMatching', () => {
  it('refuses a pattern with the g or y flag, whose lastIndex would carry from one test to the next', () => {
    expect(() => sentencesMatching(base, /公开/g)).toThrow(TypeError)
    expect(() => sentencesMatching(base, /公开/y)).toThrow(TypeError)
  })

  it('finds what filtering every sentence finds, in order', () => {
    for (const pattern of [/申请/, /公开|提供/, /\d件/, /我局/]) expect(sentencesMatching(base, pattern)).toEqual(filtered(base, pattern))
  })

  it('reads a paragraph whose plain form differs from its text sentence by sentence', () => {
    // Only the plain form (spaces removed, full-width digits made ASCII) says 我局 and 12件.
    const report = withParagraph('我 局全年收到申请１２件。其他事项。')
    expect(found(report, /我局/)).toEqual(['我 局全年收到申请１２件。'])
    expect(found(report, /12件/)).toEqual(['我 局全年收到申请１２件。'])
  })

  it('tests each sentence of a paragraph that matches as a whole', () => {
    const report = withParagraph('全年收到申请。其中自然人申请。我局办结。')
    expect(found(report, /申请/)).toEqual(['全年收到申请。', '其中自然人申请。'])
    // The whole matches across a sentence's end, where no sentence does.
    expect(found(report, /申请。其中/)).toEqual([])
  })
})
