/**
 * The hooks a file of browser tests shares: Chromium launched once (each test
 * awaits it, so a missing browser fails every test by name, not a skipped suite),
 * the artifacts folder made, and what each test opened closed after it.
 */
import { mkdirSync } from 'node:fs'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { launchChromium, type Chromium } from './chromium.js'
import { ARTIFACTS } from './paths.js'

export interface BrowserSuite {
  /** The browser, once launched. */
  readonly chromium: () => Promise<Chromium>
  /** Called, in order, after each test. */
  readonly closers: Array<() => Promise<void>>
}

/** Registers the hooks of a file of browser tests. */
export const browserSuite = (): BrowserSuite => {
  let launched: Promise<Chromium> | undefined
  beforeAll(() => {
    mkdirSync(ARTIFACTS, { recursive: true })
    launched = launchChromium()
    launched.catch(() => undefined)
  })
  afterAll(async () => (await launched?.catch(() => undefined))?.close())
  const closers: Array<() => Promise<void>> = []
  afterEach(async () => {
    for (const close of closers.splice(0)) await close()
  })
  return { chromium: () => launched ?? Promise.reject(new Error('Chromium is launched before the tests')), closers }
}
