/**
 * The font tables `parseFont` reads lazily, by a quicker way or not at all (the
 * `post` table's glyph names, the `loca` offsets, the outlines of a CFF font
 * without subroutines when it is subset), from a file `readFontFile` reads but
 * for a TrueType font's outlines, give what fontkit gives reading them all.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { readFontFile } from '../src/fonts/font-file.js'
import { parseFont } from '../src/fonts/fontkit.js'
import { discoverFonts, FONT_ROLES } from '../src/index.js'

interface PlainFont {
  readonly post: Record<string, unknown>
  readonly loca?: { readonly offsets: ReadonlyArray<number> }
  readonly directory: { readonly tables: Readonly<Record<string, { readonly offset: number } | undefined>> }
  readonly numGlyphs: number
  glyphForCodePoint(codePoint: number): { readonly id: number; readonly name: string; readonly advanceWidth: number; readonly path: { toSVG(): string } }
  createSubset(): { includeGlyph(id: number): number; encode(): Uint8Array }
}

/** fontkit as pdfkit loads it, for fonts parsed as fontkit parses them. */
const fontkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as { create(bytes: Uint8Array): PlainFont }

const files = await discoverFonts({ systemFonts: false })
const TEXT = '中华人民共和国政府信息公开条例，“第一条”。ABC 2020年（一）é ü ñ Å'

/** The first few composite glyphs of a TrueType font (their number of contours negative), to subset with their components. */
const compositeGlyphs = (font: PlainFont, bytes: Buffer): Array<number> => {
  const [glyf, offsets] = [font.directory.tables['glyf'], font.loca?.offsets ?? []]
  if (glyf === undefined) return []
  const ids = offsets.flatMap((start, id) =>
    start !== offsets[id + 1] && id + 1 < offsets.length && bytes.readInt16BE(glyf.offset + start) < 0 ? [id] : []
  )
  return ids.slice(0, 4)
}

describe.each(FONT_ROLES)('the %s font parsed once', (role) => {
  const bytes = readFileSync(files[role].path)
  const plain = fontkit.create(bytes)
  const file = readFontFile(files[role].path)
  const parsed = parseFont(file.bytes, file.fill) as unknown as PlainFont

  it('is read but for its outlines where it is a TrueType font', () => {
    expect(file.fill === undefined).toBe(role === 'fangsong')
  })

  it('has the outlines and advances fontkit reads', () => {
    for (const char of TEXT) {
      const [mine, theirs] = [parsed.glyphForCodePoint(char.codePointAt(0) ?? 0), plain.glyphForCodePoint(char.codePointAt(0) ?? 0)]
      expect([mine.advanceWidth, mine.path.toSVG()]).toEqual([theirs.advanceWidth, theirs.path.toSVG()])
    }
  })

  it('has the post table fontkit decodes, glyph names included', () => {
    expect({ ...parsed.post }).toEqual({ ...plain.post })
    for (const char of TEXT) {
      const codePoint = char.codePointAt(0) ?? 0
      expect(parsed.glyphForCodePoint(codePoint).name).toBe(plain.glyphForCodePoint(codePoint).name)
    }
  })

  it('has the loca table fontkit decodes', () => {
    expect(parsed.loca === undefined ? undefined : { ...parsed.loca }).toEqual(plain.loca === undefined ? undefined : { ...plain.loca })
  })

  it('embeds the subset fontkit embeds', () => {
    const [mine, theirs] = [parsed.createSubset(), plain.createSubset()]
    for (const char of TEXT) {
      const codePoint = char.codePointAt(0) ?? 0
      mine.includeGlyph(parsed.glyphForCodePoint(codePoint).id)
      theirs.includeGlyph(plain.glyphForCodePoint(codePoint).id)
    }
    for (const id of compositeGlyphs(plain, bytes)) [mine, theirs].forEach((subset) => subset.includeGlyph(id))
    expect(Buffer.from(mine.encode()).equals(Buffer.from(theirs.encode()))).toBe(true)
  })
})
