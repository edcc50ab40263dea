/**
 * The fonts of a render, loaded once per file and kept for the life of the
 * process: each role's parsed font, its metrics and its pdfmake family.
 */
import { RenderError } from '../render-error.js'
import type { FontFile, FontFiles } from './discover.js'
import { readFontFile } from './font-file.js'
import { parseFont, tokenOf, type FontkitFont } from './fontkit.js'
import { FONT_ROLES, type FontRole } from './roles.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A loaded font: its file, the pdfmake family that draws it and its metrics.
 */
export interface LoadedFont {
  readonly file: FontFile
  /** The pdfmake font family, one per file. */
  readonly family: string
  readonly font: FontkitFont
  /** The token pdfkit reads in place of the file. */
  readonly token: Buffer
  /** pdfkit's line height in ems: (ascent − descent) / units per em. */
  readonly lineHeight: number
  /** The ascent in ems: where pdfkit puts the baseline below a line's top. */
  readonly ascender: number
  /** The em box in ems, from the OS/2 typographic ascender and descender (the hhea ones without an OS/2 table): where a Han character's body sits, above and below the baseline. */
  readonly emBox: { readonly top: number; readonly bottom: number }
  /** OpenType features applied to text: `chws` where the font has it. */
  readonly features: ReadonlyArray<string>
}

/**
 * The font of every role.
 */
export type FontSet = Readonly<Record<FontRole, LoadedFont>>

// -------------------------------------------------------------------------------------
// loading
// -------------------------------------------------------------------------------------

const loaded = new Map<string, Promise<Omit<LoadedFont, 'file'>>>()

const load = async (path: string): Promise<Omit<LoadedFont, 'file'>> => {
  let font: FontkitFont
  try {
    const { bytes, fill } = readFontFile(path)
    font = parseFont(bytes, fill)
  } catch (e) {
    throw new RenderError({ code: 'FONT_UNREADABLE', file: path, reason: (e as Error).message })
  }
  const token = tokenOf(font)
  return {
    family: `F${token.readUInt32BE(8)}`,
    font,
    token,
    lineHeight: (font.ascent - font.descent) / font.unitsPerEm,
    ascender: font.ascent / font.unitsPerEm,
    emBox: { top: (font['OS/2']?.typoAscender ?? font.ascent) / font.unitsPerEm, bottom: (font['OS/2']?.typoDescender ?? font.descent) / font.unitsPerEm },
    features: font.availableFeatures.includes('chws') ? ['chws'] : []
  }
}

/**
 * Loads the font of every role, parsing each file once per process.
 *
 * @example
 * const fonts = await loadFontSet(await discoverFonts({ systemFonts: false }))
 * fonts.kaiti.font.familyName // 'LXGW WenKai'
 */
export const loadFontSet = async (files: FontFiles): Promise<FontSet> => {
  const entries = await Promise.all(
    FONT_ROLES.map(async (role) => {
      const file = files[role]
      const pending = loaded.get(file.path) ?? load(file.path)
      loaded.set(file.path, pending)
      pending.catch(() => loaded.delete(file.path))
      return [role, { file, ...(await pending) }] as const
    })
  )
  return Object.fromEntries(entries) as Record<FontRole, LoadedFont>
}
