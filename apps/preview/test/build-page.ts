/**
 * Builds the page with vite before the tests, so they always serve the page of
 * the sources under test.
 */
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

export default async (): Promise<void> => {
  await build({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)) })
}
