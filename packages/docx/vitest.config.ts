import { defineConfig } from 'vitest/config'

// LibreOffice converts each DOCX in a few seconds alone, far longer with every package testing at once.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], typecheck: { enabled: false }, testTimeout: 120_000, hookTimeout: 120_000 }
})
