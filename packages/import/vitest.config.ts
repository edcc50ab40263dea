import { defineConfig } from 'vitest/config'

// The fuzz tests import thousands of damaged reports: with every package's tests running in parallel
// on two cores, one can take longer than vitest's 5 s default.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], typecheck: { enabled: false }, testTimeout: 60_000 }
})
