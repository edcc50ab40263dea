import { defineConfig } from 'vitest/config'

// `npm run lint`: the scan of every package's source for statutory labels spelled outside the model.
export default defineConfig({
  test: { include: ['test/labels-spelled-once.test.ts'], typecheck: { enabled: false } }
})
