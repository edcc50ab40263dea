/**
 * The bundled fonts as files: found in this package's `fonts/` folder or in
 * node_modules, and the WOFF2-only font
 * decompressed to a TTF once, into a cache folder of this package. The TTF is
 * written to a temporary file and renamed, so concurrent processes never see a
 * half-written font.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BundledFont } from './roles.js'

const here = dirname(fileURLToPath(import.meta.url))

/**
 * The folder holding decompressed fonts: `packages/pdf/.font-cache`.
 */
export const FONT_CACHE_DIR = join(here, '..', '..', '.font-cache')

/** This package's own fonts: `packages/pdf/fonts`. */
const OWN_FONTS = join(here, '..', '..', 'fonts')

/** The installed folder of an npm package, found as Node finds it: up through node_modules folders. */
const packageDir = (name: string): string => {
  for (let dir = here; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name)
    if (existsSync(join(candidate, 'package.json'))) return candidate
    if (dirname(dir) === dir) throw new Error(`找不到随附字体包 ${name}，请先运行 npm ci`)
  }
}

interface Woff2 {
  readonly decompress: (data: Uint8Array) => Promise<Uint8Array>
}

const decompressed = new Map<string, Promise<string>>()

/** Decompresses `source` to `target` through a temporary file in the same folder. */
const decompressTo = async (source: string, target: string): Promise<string> => {
  const woff2 = createRequire(import.meta.url)('wawoff2') as Woff2
  const ttf = await woff2.decompress(readFileSync(source))
  mkdirSync(dirname(target), { recursive: true })
  const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  try {
    writeFileSync(temporary, ttf)
    renameSync(temporary, target)
  } catch (e) {
    if (existsSync(temporary)) unlinkSync(temporary)
    throw e
  }
  return target
}

/**
 * The path of a bundled font as a TTF file, decompressing a WOFF2 font into the
 * cache on first use.
 *
 * @example
 * await bundledFontFile(BUNDLED_FONTS.kaiti) // '…/packages/pdf/.font-cache/lxgw-wenkai-latin-500-normal-7231496.ttf'
 */
/**
 * The path of a bundled font's file as it is shipped (a WOFF2 font not decompressed):
 * in this package's `fonts/` folder or in its npm package.
 *
 * @example
 * bundledFontSource(BUNDLED_FONTS.kaiti) // '…/node_modules/@fontsource/lxgw-wenkai/files/lxgw-wenkai-latin-500-normal.woff2'
 */
export const bundledFontSource = (font: BundledFont): string => join(font.package === undefined ? OWN_FONTS : packageDir(font.package), font.file)

export const bundledFontFile = async (font: BundledFont): Promise<string> => {
  const source = bundledFontSource(font)
  if (font.format !== 'woff2') return source
  const target = join(FONT_CACHE_DIR, `${basename(source, '.woff2')}-${statSync(source).size}.ttf`)
  if (existsSync(target)) return target
  const pending = decompressed.get(target) ?? decompressTo(source, target)
  decompressed.set(target, pending)
  return pending
}
