/**
 * The sample's pages as images, and its tables 二 and 三 cropped at 150 dpi (so
 * that a cell's text moved by a pixel shows), against the committed goldens,
 * with a small tolerance. Regenerate them on purpose only: `npm run golden:update -w @report/pdf`,
 * then look at every page before committing.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { ARTIFACTS, RENDERED } from './fixtures.js'
import { execFileSync } from 'node:child_process'
import { mm } from '../src/index.js'
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

/**
 * The tables' pages of the sample, cropped at 150 dpi to the text block and 1 mm
 * around it: table 二 and the start of table 三, then the rest of table 三 under
 * its header rows again.
 */
const CROP_DPI = 150
const TABLES = [
  { name: 'table-2.png', page: 3 },
  { name: 'table-3.png', page: 4 }
] as const
const px = (points: number) => String(Math.round((points * CROP_DPI) / 72))
for (const { name, page } of TABLES) {
  const crop = ['-x', px(mm(27)), '-y', px(mm(36)), '-W', px(mm(158)), '-H', px(mm(227))]
  const args = ['-r', String(CROP_DPI), '-gray', '-png', '-singlefile', '-f', String(page), '-l', String(page), ...crop]
  execFileSync('pdftoppm', [...args, RENDERED.sample.file, join(rendered, name.replace(/\.png$/, ''))])
}

if (process.env['UPDATE_GOLDENS'] === '1') {
  for (const f of pageFiles(GOLDEN, 'sample')) rmSync(join(GOLDEN, f))
  for (const f of pages) writeFileSync(join(GOLDEN, f.replace(/-0*(\d+)\.png$/, '-$1.png')), readFileSync(join(rendered, f)))
  for (const { name } of TABLES) writeFileSync(join(GOLDEN, name), readFileSync(join(rendered, name)))
}

/** The share of pixels that differ between two PNG files of the same size. */
const difference = (goldenFile: string, actualFile: string): number => {
  const expected = PNG.sync.read(readFileSync(goldenFile))
  const actual = PNG.sync.read(readFileSync(actualFile))
  expect([actual.width, actual.height]).toEqual([expected.width, expected.height])
  const differing = pixelmatch(expected.data, actual.data, undefined, expected.width, expected.height, { threshold: 0.1 })
  return differing / (expected.width * expected.height)
}

describe('the sample looks like its golden pages', () => {
  const goldens = pageFiles(GOLDEN, 'sample')

  it('has as many pages as the goldens', () => {
    expect(pages.length).toBe(goldens.length)
  })

  it.each(goldens.map((g, i) => [g, pages[i]] as const))('%s', (golden, page) => {
    expect(difference(join(GOLDEN, golden), join(rendered, page ?? ''))).toBeLessThanOrEqual(TOLERANCE)
  })
})

describe('the sample’s tables 二 and 三 look like their golden crops at 150 dpi', () => {
  it.each(TABLES.map((t) => t.name))('%s', (name) => {
    expect(difference(join(GOLDEN, name), join(rendered, name))).toBeLessThanOrEqual(TOLERANCE)
  })
})
