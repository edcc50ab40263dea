/**
 * The sample's pages as images, against the committed goldens, with a small
 * tolerance. Regenerate them on purpose only: `npm run golden:update -w @report/pdf`,
 * then look at every page before committing.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { ARTIFACTS, RENDERED } from './fixtures.js'
import { pdfImages } from './poppler.js'

const GOLDEN = new URL('./golden/', import.meta.url).pathname
const DPI = 30
/** At most this share of a page's pixels may differ (anti-aliasing, rasteriser versions). */
const TOLERANCE = 0.002

const pageFiles = (dir: string, prefix: string): ReadonlyArray<string> =>
  readdirSync(dir)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png'))
    .sort((a, b) => Number(/(\d+)\.png$/.exec(a)?.[1]) - Number(/(\d+)\.png$/.exec(b)?.[1]))

const rendered = join(ARTIFACTS, 'pages')
rmSync(rendered, { recursive: true, force: true })
mkdirSync(rendered, { recursive: true })
pdfImages(RENDERED.sample.file, join(rendered, 'sample'), DPI)
const pages = pageFiles(rendered, 'sample')

if (process.env['UPDATE_GOLDENS'] === '1') {
  for (const f of pageFiles(GOLDEN, 'sample')) rmSync(join(GOLDEN, f))
  for (const f of pages) writeFileSync(join(GOLDEN, f.replace(/-0*(\d+)\.png$/, '-$1.png')), readFileSync(join(rendered, f)))
}

describe('the sample looks like its golden pages', () => {
  const goldens = pageFiles(GOLDEN, 'sample')

  it('has as many pages as the goldens', () => {
    expect(pages.length).toBe(goldens.length)
  })

  it.each(goldens.map((g, i) => [g, pages[i]] as const))('%s', (golden, page) => {
    const expected = PNG.sync.read(readFileSync(join(GOLDEN, golden)))
    const actual = PNG.sync.read(readFileSync(join(rendered, page ?? '')))
    expect([actual.width, actual.height]).toEqual([expected.width, expected.height])
    const differing = pixelmatch(expected.data, actual.data, undefined, expected.width, expected.height, { threshold: 0.1 })
    expect(differing / (expected.width * expected.height)).toBeLessThanOrEqual(TOLERANCE)
  })
})
