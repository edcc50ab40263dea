/**
 * vitest global setup: renders the fixture PDFs once, with the bundled fonts, for
 * every test file to read.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { renderPdf } from '../src/index.js'
import { ARTIFACTS, RENDERED, loadFixture } from './fixtures.js'

export default async function setup(): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true })
  for (const { fixture, file, pdfa } of Object.values(RENDERED)) {
    writeFileSync(file, await renderPdf(loadFixture(fixture), { systemFonts: false, pdfa }))
  }
}
