import { defineConfig } from 'vitest/config'

// html-validate loads its rules on the first call and Chromium starts per fixture: seconds alone, more with every package testing at once.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], typecheck: { enabled: false }, testTimeout: 60_000, hookTimeout: 120_000 }
})
