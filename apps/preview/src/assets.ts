/**
 * The files the preview serves besides the opened report, as a fixed list made at
 * start: the page vite built into `dist/page`, and the bundled fonts the PDF uses,
 * with the style sheet that names them. Nothing else on disk is reachable.
 */
import { BUNDLED_FONTS, FONT_ROLES, bundledFontSource, type BundledFont } from '@report/pdf'
import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { basename, extname, join, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ROUTES } from './protocol.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A served file, or a served text made at start.
 */
export type Asset =
  | { readonly kind: 'file'; readonly file: string; readonly type: string; readonly immutable: boolean }
  | { readonly kind: 'text'; readonly text: string; readonly type: string }

/**
 * The served assets by request path.
 */
export type Assets = ReadonlyMap<string, Asset>

// -------------------------------------------------------------------------------------
// constants
// -------------------------------------------------------------------------------------

/**
 * The folder vite builds the page into: `apps/preview/dist/page`.
 */
export const PAGE_DIR = fileURLToPath(new URL('../dist/page/', import.meta.url))

const CSS_TYPE = 'text/css; charset=utf-8'

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': CSS_TYPE,
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff2': 'font/woff2'
}

const typeOf = (file: string): string => TYPES[extname(file)] ?? 'application/octet-stream'

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/** The built page: every file of `dir` under its relative path; `/` is index.html. */
const pageAssets = async (dir: string): Promise<ReadonlyArray<[string, Asset]>> => {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`预览页面尚未构建（缺少 ${join(dir, 'index.html')}）：请先运行 npm run build -w @report/preview`)
  }
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry): [string, Asset] => {
      const file = join(entry.parentPath, entry.name)
      const path =
        '/' +
        file
          .slice(dir.length)
          .split(sep)
          .filter((s) => s !== '')
          .join('/')
      return [path, { kind: 'file', file, type: typeOf(file), immutable: path.startsWith('/assets/') }]
    })
    .flatMap(([path, asset]): ReadonlyArray<[string, Asset]> =>
      path === '/index.html'
        ? [
            ['/', asset],
            [path, asset]
          ]
        : [[path, asset]]
    )
}

const FONT_FORMATS: Readonly<Record<BundledFont['format'], string>> = { ttf: 'truetype', otf: 'opentype', woff2: 'woff2' }

/** The bundled fonts of @report/pdf, each file once, and the style sheet naming each role's. */
const fontAssets = (): ReadonlyArray<[string, Asset]> => {
  const files = new Set(FONT_ROLES.map((role) => bundledFontSource(BUNDLED_FONTS[role])))
  const faces = FONT_ROLES.map((role) => {
    const font = BUNDLED_FONTS[role]
    const format = FONT_FORMATS[font.format]
    return `@font-face { font-family: "report-${role}"; src: url("/fonts/${basename(font.file)}") format("${format}"); font-display: swap; }`
  })
  return [
    [ROUTES.fonts, { kind: 'text', text: faces.join('\n') + '\n', type: CSS_TYPE }],
    ...[...files].map((file): [string, Asset] => [`/fonts/${basename(file)}`, { kind: 'file', file, type: typeOf(file), immutable: true }])
  ]
}

/**
 * Every served asset: the built page in `dir` and the bundled fonts; an error with
 * a Chinese message when the page has not been built.
 *
 * @example
 * (await loadAssets()).has('/') // true
 */
export const loadAssets = async (dir: string = PAGE_DIR): Promise<Assets> => new Map([...(await pageAssets(dir)), ...fontAssets()])
