import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

// The page is built once into dist/page and served by the preview's own server
// (src/server.ts), which serves nothing else: vite never serves at run time.
export default defineConfig({
  root: fileURLToPath(new URL('./page', import.meta.url)),
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist/page', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2048
  }
})
