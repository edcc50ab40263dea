/**
 * The fontkit instance pdfkit uses, and fonts parsed once and reused by every
 * document. pdfkit parses a font anew for each document it makes; here it is
 * handed a 12-byte token instead of the font file, which a font format
 * registered with `fontkit.registerFormat` resolves to the font parsed earlier,
 * its tables, glyphs and layout state already warm.
 */
import { createRequire } from 'node:module'
import { prepareLibraries } from '../library-loading.js'
import { runCache } from './run-cache.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What this package uses of a fontkit font.
 */
export interface FontkitFont {
  readonly postscriptName: string
  readonly familyName: string
  readonly unitsPerEm: number
  readonly ascent: number
  readonly descent: number
  /** The OS/2 table, where the typographic ascender and descender bound the ideographic em box. */
  readonly 'OS/2'?: { readonly typoAscender: number; readonly typoDescender: number }
  readonly availableFeatures: ReadonlyArray<string>
  readonly hasGlyphForCodePoint: (codePoint: number) => boolean
  readonly glyphForCodePoint: (codePoint: number) => { readonly advanceWidth: number }
}

interface FontkitCollection {
  readonly fonts: ReadonlyArray<FontkitFont>
}

interface FontFormat {
  new (stream: { readonly buffer: Uint8Array }): FontkitFont
  probe(buffer: Uint8Array): boolean
}

interface Fontkit {
  readonly create: (buffer: Uint8Array) => FontkitFont | FontkitCollection
  readonly registerFormat: (format: FontFormat) => void
}

let loaded: Fontkit | undefined

/**
 * pdfkit's own fontkit: the CommonJS build it requires, whose format list is the
 * one it reads, with the token format registered. Loaded on the first font parsed.
 */
const fontkit = (): Fontkit => {
  if (loaded === undefined) {
    const pdfkit = createRequire(import.meta.url).resolve('pdfkit')
    prepareLibraries(pdfkit)
    loaded = createRequire(pdfkit)('fontkit') as Fontkit
    loaded.registerFormat(Preparsed as unknown as FontFormat)
  }
  return loaded
}

// -------------------------------------------------------------------------------------
// parsing
// -------------------------------------------------------------------------------------

/**
 * Parses a font file's bytes; a collection (`.ttc`) gives its first font. With
 * `fill` (see `readFontFile`), a TrueType font's outlines are not read yet:
 * `fill` reads a range of the file into `bytes`.
 */
export const parseFont = (bytes: Uint8Array, fill?: (start: number, end: number) => void): FontkitFont => {
  const created = fontkit().create(bytes)
  const font = 'fonts' in created ? created.fonts[0] : created
  if (font === undefined) throw new Error('字体集合为空')
  withQuickLoca(font)
  if (fill !== undefined) readGlyphsWhenMade(font, fill)
  return memoizeSubsets(memoizeGlyphOutlines(memoizeLayout(memoizeCmap(withLazyPost(font)))))
}

/**
 * Keeps the glyph id of each code point looked up in `font`'s character map
 * (without a variation selector): fontkit searches the map anew for every
 * character of every text it shapes or measures, through its general table
 * decoder.
 */
const memoizeCmap = (font: FontkitFont): FontkitFont => {
  const processor = (font as unknown as { _cmapProcessor: { lookup: (codePoint: number, selector?: number) => number } })._cmapProcessor
  const lookup = processor.lookup.bind(processor)
  const ids = new Map<number, number>()
  processor.lookup = (codePoint, selector) => {
    if (selector) return lookup(codePoint, selector)
    let id = ids.get(codePoint)
    if (id === undefined) ids.set(codePoint, (id = lookup(codePoint)))
    return id
  }
  return font
}

/**
 * Has each glyph's outline read by `fill` as fontkit first makes the glyph: it
 * makes every glyph in `_getBaseGlyph` (cached there), and reads a glyph's
 * outline only through it. A font fontkit does not read as a TrueType font
 * (never one `readFontFile` leaves unread) has the rest of its file read now.
 */
const readGlyphsWhenMade = (font: FontkitFont, fill: (start: number, end: number) => void): void => {
  const { directory } = font as unknown as FontTables
  const glyf = directory.tables['glyf']
  const internals = font as unknown as {
    type: string
    loca: { readonly offsets: ReadonlyArray<number> }
    _glyphs: Record<number, object | undefined>
    _getBaseGlyph: (id: number, codePoints?: ReadonlyArray<number>) => object | null
  }
  if (internals.type !== 'TTF' || glyf === undefined || directory.tables['loca'] === undefined) return fill(0, Infinity)
  const made = internals._getBaseGlyph.bind(font)
  internals._getBaseGlyph = (id, codePoints) => {
    if (internals._glyphs[id] === undefined) {
      const { offsets } = internals.loca
      fill(glyf.offset + (offsets[id] ?? 0), glyf.offset + (offsets[id + 1] ?? 0))
    }
    return made(id, codePoints)
  }
}

// -------------------------------------------------------------------------------------
// post table
// -------------------------------------------------------------------------------------

/** What this module reaches of a fontkit font's table storage. */
interface FontTables {
  readonly stream: { readonly buffer: Uint8Array }
  readonly directory: { readonly tables: Readonly<Record<string, { readonly offset: number; readonly length: number } | undefined>> }
  readonly _tables: Record<string, unknown>
  readonly _decodeTable: (table: object) => unknown
}

/** The `post` fields past its fixed header, which only glyph names use: decoded with the whole table when first read. */
const POST_NAME_FIELDS = ['numberOfGlyphs', 'glyphNameIndex', 'names', 'offsets', 'map'] as const

/**
 * Hands fontkit a `post` table whose fixed header is read from its 32 bytes, the
 * rest (glyph names) decoded only when read. pdfkit reads `isFixedPitch` from it
 * when it embeds a font, and fontkit then decoded every glyph name (some 30,000
 * strings in LXGW WenKai): a tenth of a cold render.
 */
const withLazyPost = (font: FontkitFont): FontkitFont => {
  const { stream, directory, _tables: tables, _decodeTable: decodeTable } = font as unknown as FontTables
  const entry = directory.tables['post']
  if (entry === undefined || entry.length < 32 || 'post' in tables) return font
  const view = new DataView(stream.buffer.buffer, stream.buffer.byteOffset + entry.offset, 32)
  const fixed = (at: number): number => view.getInt32(at) / 65536
  const header: Record<string, number> = {
    version: fixed(0),
    italicAngle: fixed(4),
    underlinePosition: view.getInt16(8),
    underlineThickness: view.getInt16(10),
    isFixedPitch: view.getUint32(12),
    minMemType42: view.getUint32(16),
    maxMemType42: view.getUint32(20),
    minMemType1: view.getUint32(24),
    maxMemType1: view.getUint32(28)
  }
  let whole: Record<string, unknown> | undefined
  const decoded = (): Record<string, unknown> => (whole ??= decodeTable.call(font, { ...entry, tag: 'post' }) as Record<string, unknown>)
  for (const field of POST_NAME_FIELDS) Object.defineProperty(header, field, { enumerable: true, get: () => decoded()[field] })
  tables['post'] = header
  return font
}

// -------------------------------------------------------------------------------------
// loca table
// -------------------------------------------------------------------------------------

/**
 * Hands fontkit a `loca` table read, when first used, straight from the bytes:
 * the same version and offsets (the short ones doubled, marked processed, as
 * fontkit's own decoder leaves them), some 60,000 of them per font, read by a
 * loop instead of fontkit's general struct decoder. A table whose length is not
 * a whole number of offsets is left to fontkit.
 */
const withQuickLoca = (font: FontkitFont): FontkitFont => {
  const { stream, directory, _tables: tables } = font as unknown as FontTables
  const entry = directory.tables['loca']
  const version = (font as unknown as { head?: { indexToLocFormat: number } }).head?.indexToLocFormat
  const size = version === 0 ? 2 : version === 1 ? 4 : 0
  if (entry === undefined || size === 0 || entry.length % size !== 0 || 'loca' in tables) return font
  let loca: object | undefined
  const read = (): object => {
    const view = new DataView(stream.buffer.buffer, stream.buffer.byteOffset + entry.offset, entry.length)
    const offsets = new Array<number>(entry.length / size)
    for (let i = 0; i < offsets.length; i++) offsets[i] = size === 2 ? view.getUint16(i * 2) * 2 : view.getUint32(i * 4)
    return version === 0 ? { version, offsets, _processed: true } : { version, offsets }
  }
  Object.defineProperty(tables, 'loca', { enumerable: true, configurable: true, get: () => (loca ??= read()) })
  return font
}

// -------------------------------------------------------------------------------------
// layout cache
// -------------------------------------------------------------------------------------

interface GlyphRun {
  readonly glyphs: ReadonlyArray<object>
  readonly positions: ReadonlyArray<object>
  readonly advanceWidth: number
}

/** Each font's shaping, cached: the run fontkit made, never handed out. */
const shapers = new WeakMap<FontkitFont, (text: string, features: ReadonlyArray<string> | undefined) => GlyphRun>()

/**
 * Keeps the shaping results of `font` across documents (some hundred reports'
 * worth, whole lines of body text among them, a few tens of megabytes). pdfkit
 * shapes every word anew when OpenType features are asked for (here `chws`),
 * and fontkit sets up a shaping plan for each call: most of a warm render's
 * time. A cached run is handed out with fresh positions, since pdfkit scales
 * them in place.
 */
const memoizeLayout = (font: FontkitFont): FontkitFont => {
  const shape = (font as unknown as { layout: (text: string, features?: ReadonlyArray<string>) => GlyphRun }).layout.bind(font)
  const cache = runCache<GlyphRun>()
  const shaped = (text: string, features: ReadonlyArray<string> | undefined): GlyphRun => cache(text, features, () => shape(text, features ?? []))
  shapers.set(font, shaped)
  const layout = (text: string, features?: ReadonlyArray<string>): GlyphRun => {
    const run = shaped(text, features)
    return Object.assign(Object.create(Object.getPrototypeOf(run) as object) as GlyphRun, run, {
      positions: run.positions.map((p) => ({ ...p }))
    })
  }
  return Object.assign(font, { layout })
}

/**
 * How `text` is set in `font` with `features`, as pdfkit will draw it: its
 * advance in font units and its number of glyphs. Shaped once, from the cache
 * pdfkit draws from.
 *
 * @example
 * shapedRun(font, '”。', ['chws']) // { advance: 1500, glyphs: 2 } where the font has chws
 */
export const shapedRun = (font: FontkitFont, text: string, features: ReadonlyArray<string>): { readonly advance: number; readonly glyphs: number } => {
  const shaped = shapers.get(font)
  if (shaped === undefined) throw new Error('字体未经 parseFont 读取')
  const run = shaped(text, features)
  return { advance: run.advanceWidth, glyphs: run.glyphs.length }
}

// -------------------------------------------------------------------------------------
// glyph cache
// -------------------------------------------------------------------------------------

/** Whether `font` has variation axes: its glyph outlines are transformed in place when drawn. */
const isVariable = (font: FontkitFont): boolean => Object.keys((font as unknown as { variationAxes: object }).variationAxes).length > 0

interface TrueTypeGlyph {
  /** A TrueType glyph's outline decoder; CFF glyphs have none. */
  _decode?: () => unknown
}

/**
 * Keeps each glyph's decoded outline across documents. fontkit's subsetter
 * decodes every glyph it embeds, in every document, only to find the components
 * of composite glyphs: a sixth of a warm render. The decoded outline of a static
 * font never changes; a variable font's is transformed in place when drawn, so
 * it is left alone.
 */
const memoizeGlyphOutlines = (font: FontkitFont): FontkitFont => {
  if (isVariable(font)) return font
  const getGlyph = (font as unknown as { getGlyph: (id: number, codePoints?: ReadonlyArray<number>) => TrueTypeGlyph | null }).getGlyph.bind(font)
  const memoized = new WeakSet<TrueTypeGlyph>()
  const glyphOf = (id: number, codePoints?: ReadonlyArray<number>): TrueTypeGlyph | null => {
    const glyph = getGlyph(id, codePoints)
    if (glyph !== null && typeof glyph._decode === 'function' && !memoized.has(glyph)) {
      const decode = glyph._decode.bind(glyph)
      let decoded: { value: unknown } | undefined
      glyph._decode = () => (decoded ??= { value: decode() }).value
      memoized.add(glyph)
    }
    return glyph
  }
  return Object.assign(font, { getGlyph: glyphOf })
}

// -------------------------------------------------------------------------------------
// subset cache
// -------------------------------------------------------------------------------------

interface Subset {
  readonly glyphs: ReadonlyArray<number>
  encode: () => Uint8Array
}

/** Subsets kept per font: the fonts of headings and tables embed the same glyphs, in the same order, in most reports. */
const SUBSET_CACHE_LIMIT = 16

/**
 * Keeps the last subsets of `font` encoded, by their glyphs in order. A subset's
 * bytes are made from its glyphs alone, and the fonts of the headings (their
 * texts fixed by the format) and often the tables' embed the same glyphs in the
 * same order in report after report: fontkit wrote them anew each time. The
 * subsetter reads the font through {@link subsetView}.
 */
const memoizeSubsets = (font: FontkitFont): FontkitFont => {
  const createSubset = (font as unknown as { createSubset: () => Subset }).createSubset.bind(font)
  const encoded = new Map<string, Uint8Array>()
  let view: FontkitFont | undefined
  const subsetOf = (): Subset => {
    const subset = createSubset()
    Object.assign(subset, { font: (view ??= subsetView(font)) })
    const encode = subset.encode.bind(subset)
    subset.encode = () => {
      const key = subset.glyphs.join(',')
      let bytes = encoded.get(key)
      if (bytes === undefined) {
        if (encoded.size >= SUBSET_CACHE_LIMIT) encoded.clear()
        encoded.set(key, (bytes = encode()))
      }
      return bytes
    }
    return subset
  }
  return Object.assign(font, { createSubset: subsetOf })
}

interface CffTable {
  readonly globalSubrIndex: ReadonlyArray<unknown>
  readonly topDict: {
    readonly Private?: { readonly Subrs?: unknown } | null
    readonly FDArray?: ReadonlyArray<{ readonly Private?: { readonly Subrs?: unknown } | null }>
  }
}

/** Whether `font` is a CFF font whose charstrings call no subroutines, global or local: it has none. */
const hasNoSubroutines = (font: FontkitFont): boolean => {
  const cff = (font as unknown as { 'CFF '?: CffTable })['CFF ']
  if (cff === undefined) return false
  const privates = [cff.topDict.Private, ...(cff.topDict.FDArray ?? []).map((dict) => dict.Private)]
  return cff.globalSubrIndex.length === 0 && privates.every((dict) => dict === undefined || dict === null || !dict.Subrs)
}

/** A glyph as fontkit's CFF subsetter sees it when the font has no subroutines: no outline, no subroutine used. */
const NO_OUTLINE = Object.freeze({ path: null })

/**
 * `font` as fontkit's CFF subsetter reads it: the subsetter parses every glyph's
 * outline only to find the subroutines it calls, and a font without subroutines
 * (FandolFang) has none to find, so its glyphs are handed over unparsed (a
 * seventh of a cold render). Everything else is read from `font` itself.
 */
const withoutOutlines = (font: FontkitFont): FontkitFont => Object.create(font, { getGlyph: { value: () => NO_OUTLINE } }) as FontkitFont

/**
 * `font` as fontkit's TrueType subsetter reads it: the subsetter decodes every
 * glyph's outline only to find the components of composite glyphs, so a glyph
 * is handed over with a decoded outline only where the number of contours its
 * header starts with says it is composite; an empty glyph decodes to nothing, a
 * simple one to its number of contours. A variable font's glyphs, re-encoded
 * from their outlines, are handed over as they are.
 */
const withGlyphHeaders = (font: FontkitFont): FontkitFont => {
  const { stream, directory } = font as unknown as FontTables
  const glyf = directory.tables['glyf']
  const loca = (font as unknown as { loca?: { readonly offsets: ReadonlyArray<number> } }).loca
  if (glyf === undefined || loca === undefined || isVariable(font)) return font
  const bytes = new DataView(stream.buffer.buffer, stream.buffer.byteOffset + glyf.offset, glyf.length)
  const getGlyph = (font as unknown as { getGlyph: (id: number) => object }).getGlyph.bind(font)
  const glyphOf = (id: number): object => {
    const glyph = getGlyph(id)
    const [start, end] = [loca.offsets[id] ?? 0, loca.offsets[id + 1] ?? 0]
    const contours = start === end ? undefined : bytes.getInt16(start)
    if (contours !== undefined && contours < 0) return glyph
    const decoded = contours === undefined ? null : { numberOfContours: contours }
    return Object.create(glyph, { _decode: { value: () => decoded } }) as object
  }
  return Object.create(font, { getGlyph: { value: glyphOf } }) as FontkitFont
}

/** The font fontkit's subsetter reads in place of `font`: one that skips the outlines it needs not parse. */
const subsetView = (font: FontkitFont): FontkitFont => (hasNoSubroutines(font) ? withoutOutlines(font) : withGlyphHeaders(font))

// -------------------------------------------------------------------------------------
// tokens
// -------------------------------------------------------------------------------------

/** `RPTF`, then 0xFFFFFFFF so that no other format's probe can read the token as a font. */
const MAGIC = [0x52, 0x50, 0x54, 0x46, 0xff, 0xff, 0xff, 0xff]
const TOKEN_LENGTH = MAGIC.length + 4
const parsed: Array<FontkitFont> = []

const isToken = (buffer: Uint8Array): boolean => buffer.length === TOKEN_LENGTH && MAGIC.every((b, i) => buffer[i] === b)

/** A font format whose "files" are tokens; constructing it returns the font parsed before. */
function Preparsed(stream: { readonly buffer: Uint8Array }): FontkitFont {
  const { buffer } = stream
  const font = parsed[new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength).getUint32(MAGIC.length)]
  if (font === undefined) throw new Error('字体标记无效')
  return font
}
Preparsed.probe = isToken

/**
 * Whether `font` was parsed by {@link parseFont}: its shaping is cached.
 */
export const isParsed = (font: FontkitFont): boolean => shapers.has(font)

/**
 * A token pdfkit accepts in place of a font file, standing for `font`.
 */
export const tokenOf = (font: FontkitFont): Buffer => {
  let index = parsed.indexOf(font)
  if (index < 0) index = parsed.push(font) - 1
  const token = Buffer.alloc(TOKEN_LENGTH)
  token.set(MAGIC)
  token.writeUInt32BE(index, MAGIC.length)
  return token
}
