import { defineConfig } from 'vitest/config'

// The tests run the built command in child processes, several rendering PDFs on a worker pool:
// under a loaded machine one can take longer than vitest's 5 s default.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], globalSetup: ['test/global-setup.mjs'], typecheck: { enabled: false }, testTimeout: 30_000 }
})
