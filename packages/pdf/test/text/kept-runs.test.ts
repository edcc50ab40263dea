/**
 * What a process keeps of its text and fonts across documents (shaped runs,
 * pdfkit's scaled runs and glyph codes, encoded subsets) never shows in a PDF:
 * a report rendered after others gives the bytes it gives rendered first, in a
 * process of its own (the global setup's).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderPdf } from '../../src/index.js'
import { RENDERED, loadFixture } from '../fixtures.js'

const bundled = { systemFonts: false } as const

describe('runs and subsets kept across documents', () => {
  it('give a report the same bytes whatever was rendered before it', async () => {
    const [sample, hongze, department] = [loadFixture('renshi-town-2020'), loadFixture('hongze-district-2024'), loadFixture('example-department-2021')]
    const first = Buffer.from(await renderPdf(hongze, bundled))
    await renderPdf(sample, bundled)
    await renderPdf(department, bundled)
    const again = Buffer.from(await renderPdf(hongze, bundled))
    const sampleAfter = Buffer.from(await renderPdf(sample, bundled))
    expect(again.equals(first)).toBe(true)
    expect(first.equals(readFileSync(RENDERED.hongze.file))).toBe(true)
    expect(sampleAfter.equals(readFileSync(RENDERED.sample.file))).toBe(true)
  })
})
