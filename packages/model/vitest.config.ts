import { defineConfig } from 'vitest/config'

export default defineConfig({
  // The scan of every package's source for spelled labels runs in `npm run lint`, so that a change elsewhere
  // does not re-run the model's tests.
  test: { include: ['test/**/*.test.ts'], exclude: ['test/labels-spelled-once.test.ts'], typecheck: { enabled: false } }
})
