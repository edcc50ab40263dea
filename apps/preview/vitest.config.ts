import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: false },
    globalSetup: ['test/build-page.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000
  }
})
