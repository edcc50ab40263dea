/**
 * Render time grows linearly with the length of one paragraph: the CPU time of
 * a paragraph eight times as long, the longest text a report may hold
 * (`MAX_TEXT_CHARS`), is about eight times as much, not 64 (pdfmake given the
 * whole paragraph as one text node took 22 times as long).
 */
import { MAX_TEXT_CHARS, type Report } from '@report/model'
import { describe, expect, it } from 'vitest'
import { renderPdf } from '../src/index.js'
import { loadFixture } from './fixtures.js'

const sample = loadFixture('renshi-town-2020')
const SENTENCE = '本机关认真贯彻落实《中华人民共和国政府信息公开条例》，共收到申请123件，全部按时答复。'

/** The sample with its first paragraph replaced by `length` characters of body text. */
const withParagraph = (length: number): Report => {
  const [first, ...rest] = sample.sections
  if (first === undefined) throw new Error('the sample has sections')
  const text = SENTENCE.repeat(Math.ceil(length / SENTENCE.length)).slice(0, length)
  return { ...sample, sections: [{ ...first, paragraphs: [text, ...first.paragraphs.slice(1)] }, ...rest] }
}

/** The median CPU time of three renders, in milliseconds: this process's CPU, so other processes on a busy machine do not count. */
const work = async (report: Report): Promise<number> => {
  const times: Array<number> = []
  for (let i = 0; i < 3; i++) {
    const start = process.cpuUsage()
    await renderPdf(report, { systemFonts: false })
    const { user, system } = process.cpuUsage(start)
    times.push((user + system) / 1e3)
  }
  return times.sort((a, b) => a - b)[1] ?? 0
}

describe('render time', () => {
  it('grows linearly with the length of one paragraph (8× the text, under 16× the time)', async () => {
    const [small, large] = [withParagraph(MAX_TEXT_CHARS / 8), withParagraph(MAX_TEXT_CHARS)]
    await work(small) // warm-up: fonts parsed, shaping cached
    const ratio = (await work(large)) / (await work(small))
    expect(ratio).toBeLessThan(16)
  }, 300_000)
})
