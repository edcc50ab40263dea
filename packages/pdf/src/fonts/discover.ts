/**
 * Which file fills each font role: the user's official fonts in `--font-dir`
 * folders and `REPORT_FONT_DIR`, then those in the usual font folders of Windows,
 * macOS and Linux (and TeX Live's Fandol fonts), then the bundled defaults.
 */
import { readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { basename, delimiter, extname, join } from 'node:path'
import { bundledFontFile } from './bundled-file.js'
import { BUNDLED_FONTS, FONT_EXTENSIONS, FONT_ROLES, OFFICIAL_FONTS, type FontRole } from './roles.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Where a font was found: a folder the user named, a system font folder, or the
 * fonts bundled with this package.
 */
export type FontSource = 'font-dir' | 'system' | 'bundled'

/**
 * The file that fills a role.
 */
export interface FontFile {
  readonly role: FontRole
  readonly path: string
  readonly source: FontSource
}

/**
 * The file of every role.
 */
export type FontFiles = Readonly<Record<FontRole, FontFile>>

/**
 * Where to look for fonts.
 */
export interface FontSearch {
  /** Folders searched first (`--font-dir`). */
  readonly fontDirs?: ReadonlyArray<string>
  /** Search the system font folders and `REPORT_FONT_DIR` (default true); false uses the bundled fonts only. */
  readonly systemFonts?: boolean
}

/**
 * The environment variable naming more font folders, separated as in `PATH`.
 */
export const FONT_DIR_ENV = 'REPORT_FONT_DIR'

// -------------------------------------------------------------------------------------
// folders
// -------------------------------------------------------------------------------------

/**
 * The usual font folders of a platform, TeX Live's Fandol folder included.
 *
 * @example
 * systemFontDirs('win32', { WINDIR: 'C:\\Windows' })[0] // 'C:\\Windows/Fonts'
 */
export const systemFontDirs = (platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string = homedir()): ReadonlyArray<string> => {
  if (platform === 'win32') {
    return [
      join(env['WINDIR'] ?? 'C:\\Windows', 'Fonts'),
      ...(env['LOCALAPPDATA'] === undefined ? [] : [join(env['LOCALAPPDATA'], 'Microsoft', 'Windows', 'Fonts')])
    ]
  }
  if (platform === 'darwin') {
    return ['/System/Library/Fonts', '/Library/Fonts', join(home, 'Library', 'Fonts'), '/usr/local/texlive']
  }
  return [
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    join(home, '.local', 'share', 'fonts'),
    join(home, '.fonts'),
    '/usr/share/texlive',
    '/usr/local/texlive'
  ]
}

const MAX_DEPTH = 8

/** Font files under `dir`, in a stable order; unreadable folders are skipped. */
const fontFilesUnder = (dir: string, depth = 0): ReadonlyArray<string> => {
  let entries
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return []
  }
  return entries
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) return depth < MAX_DEPTH ? fontFilesUnder(path, depth + 1) : []
      return FONT_EXTENSIONS.has(extname(entry.name).toLowerCase()) ? [path] : []
    })
}

/** The first file matching a role's names, best name first. */
const officialFont = (role: FontRole, files: ReadonlyArray<string>): string | undefined => {
  for (const pattern of OFFICIAL_FONTS[role]) {
    const found = files.find((f) => pattern.test(basename(f, extname(f)).toLowerCase()))
    if (found !== undefined) return found
  }
  return undefined
}

// -------------------------------------------------------------------------------------
// discovery
// -------------------------------------------------------------------------------------

/**
 * The file of every role: an official font when one is found, else the bundled one.
 *
 * @example
 * (await discoverFonts({ systemFonts: false })).kaiti.source // 'bundled'
 */
export const discoverFonts = async (search: FontSearch = {}): Promise<FontFiles> => {
  const system = search.systemFonts !== false
  const envDirs = system ? (process.env[FONT_DIR_ENV] ?? '').split(delimiter).filter((d) => d !== '') : []
  const userFiles = [...(search.fontDirs ?? []), ...envDirs].flatMap((d) => fontFilesUnder(d))
  const systemFiles = system ? systemFontDirs(process.platform, process.env).flatMap((d) => fontFilesUnder(d)) : []
  const entries = await Promise.all(
    FONT_ROLES.map(async (role): Promise<FontFile> => {
      const user = officialFont(role, userFiles)
      if (user !== undefined) return { role, path: user, source: 'font-dir' }
      const installed = officialFont(role, systemFiles)
      if (installed !== undefined) return { role, path: installed, source: 'system' }
      return { role, path: await bundledFontFile(BUNDLED_FONTS[role]), source: 'bundled' }
    })
  )
  return Object.fromEntries(entries.map((f) => [f.role, f])) as Record<FontRole, FontFile>
}

const discovered = new Map<string, Promise<FontFiles>>()

/**
 * The font files for a search, looked up once per process.
 *
 * @example
 * (await fontsFor({ systemFonts: false })).fangsong.source // 'bundled'
 */
export const fontsFor = (search: FontSearch): Promise<FontFiles> => {
  const key = JSON.stringify([search.fontDirs ?? [], search.systemFonts !== false])
  const pending = discovered.get(key) ?? discoverFonts(search)
  discovered.set(key, pending)
  return pending
}
