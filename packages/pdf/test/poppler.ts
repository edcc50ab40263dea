/**
 * Reading PDFs back with poppler-utils (Debian `poppler-utils`): text, word boxes,
 * metadata and page images.
 */
import { execFileSync } from 'node:child_process'

/** The text of a PDF, or of its page `page`, in content-stream order (`pdftotext -raw`). */
export const pdfText = (file: string, page?: number): string =>
  execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', ...(page === undefined ? [] : ['-f', String(page), '-l', String(page)]), file, '-'], {
    encoding: 'utf8'
  })

/** `pdfinfo` fields, and with `meta` the XMP metadata. */
export const pdfInfo = (file: string, meta = false): string => execFileSync('pdfinfo', [...(meta ? ['-meta'] : []), file], { encoding: 'utf8' })

export interface Box {
  readonly xMin: number
  readonly yMin: number
  readonly xMax: number
  readonly yMax: number
}

export interface PageLayout {
  readonly width: number
  readonly height: number
  /** Each text line with its words' text. */
  readonly lines: ReadonlyArray<Box & { readonly text: string }>
}

const box = (attrs: string): Box => {
  const n = (key: string) => Number(new RegExp(`${key}="([\\d.]+)"`).exec(attrs)?.[1])
  return { xMin: n('xMin'), yMin: n('yMin'), xMax: n('xMax'), yMax: n('yMax') }
}

/** Pages, lines and words with their boxes in points from the top left (`pdftotext -bbox-layout`). */
export const pdfLayout = (file: string): ReadonlyArray<PageLayout> => {
  const html = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, width, height, body = '']) => ({
    width: Number(width),
    height: Number(height),
    lines: [...body.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)].map(([, attrs = '', words = '']) => ({
      ...box(attrs),
      text: [...words.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join('')
    }))
  }))
}

/** Page images as PNG files `prefix-N.png` (`pdftoppm`), grey, at `dpi`. */
export const pdfImages = (file: string, prefix: string, dpi: number): void => {
  execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-png', file, prefix])
}

/** Each page's words with their boxes in points from the top left (`pdftotext -bbox`). */
export const pdfWords = (file: string): ReadonlyArray<ReadonlyArray<Box & { readonly text: string }>> => {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  return [...html.matchAll(/<page [^>]*>([\s\S]*?)<\/page>/g)].map(([, body = '']) =>
    [...body.matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map(([, attrs = '', text = '']) => ({ ...box(attrs), text }))
  )
}

/** One page as a grey image at `dpi`: its width, height and one byte a pixel (0 black, 255 white). */
export const pageImage = (file: string, page: number, dpi: number): { readonly width: number; readonly height: number; readonly grey: Uint8Array } => {
  const pgm = execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-f', String(page), '-l', String(page), file], { maxBuffer: 256 * 1024 * 1024 })
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))
  if (header === null) throw new Error('pdftoppm did not give a PGM image')
  const [whole = '', width = '0', height = '0'] = header
  return { width: Number(width), height: Number(height), grey: new Uint8Array(pgm.subarray(whole.length)) }
}

/** An image from {@link pageImage}. */
export type PageImage = ReturnType<typeof pageImage>

/** The y (points from the top) of each horizontal rule drawn across `[x0, x1]` (points) of a page image at `dpi`. */
export const rulesAcross = (image: PageImage, dpi: number, x0: number, x1: number): ReadonlyArray<number> => {
  const px = 72 / dpi
  const [from, to] = [Math.round(x0 / px), Math.round(x1 / px)]
  const rows: Array<number> = []
  for (let y = 0; y < image.height; y++) {
    let dark = 0
    for (let x = from; x < to; x++) if ((image.grey[y * image.width + x] ?? 255) < 170) dark += 1
    if (dark >= 0.9 * (to - from)) rows.push(y)
  }
  // Adjacent pixel rows are one rule.
  return rows.filter((y, i) => rows[i - 1] !== y - 1).map((y) => (y + 0.5) * px)
}

/** The y (points from the top) of the lowest ink of a page image at `dpi` between `top` and `bottom` (points), or `top` if there is none. */
export const inkBottom = (image: PageImage, dpi: number, top: number, bottom: number): number => {
  const px = 72 / dpi
  for (let y = Math.min(image.height, Math.floor(bottom / px)) - 1; y >= Math.ceil(top / px); y--) {
    for (let x = 0; x < image.width; x++) if ((image.grey[y * image.width + x] ?? 255) < 128) return (y + 1) * px
  }
  return top
}
