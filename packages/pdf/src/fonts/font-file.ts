/**
 * A font file read as far as a render needs it. A TrueType font's outlines
 * (its `glyf` table, most of a CJK font's bytes: some 50 of the 64 MB the
 * bundled fonts weigh) are read glyph by glyph as fontkit first makes each
 * glyph; every other table is read whole, and any other font file all at once.
 * The bytes not yet read are zeros in a buffer of the file's size, which the
 * system gives as untouched pages.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'

/**
 * A font file's bytes, some perhaps still to be read.
 */
export interface FontFileBytes {
  readonly bytes: Buffer
  /** Reads the bytes from `start` to `end` of the file into `bytes`; absent when all are read. */
  readonly fill?: (start: number, end: number) => void
}

/** The sfnt versions of a TrueType font: 1.0, and Apple's `true`. */
const TRUETYPE = new Set([0x00010000, 0x74727565])

const TABLE_RECORD = 16

/**
 * The bytes of the font file at `path`. A TrueType font without variations is
 * read but for its outlines, and its file stays open for the life of the
 * process (as its parsed font does) for `fill` to read them.
 *
 * @example
 * const { bytes, fill } = readFontFile('/usr/share/fonts/simsun.ttf')
 */
export const readFontFile = (path: string): FontFileBytes => {
  const fd = openSync(path, 'r')
  try {
    const size = fstatSync(fd).size
    const bytes = Buffer.alloc(size)
    const fill = (start: number, end: number): void => {
      for (let at = start, read = 1; at < Math.min(end, size) && read > 0; at += read) read = readSync(fd, bytes, at, Math.min(end, size) - at, at)
    }
    fill(0, 12)
    const tableCount = size < 12 ? 0 : bytes.readUInt16BE(4)
    fill(12, 12 + tableCount * TABLE_RECORD)
    const tables = Array.from({ length: tableCount }, (_, i) => 12 + i * TABLE_RECORD).map((at) => ({
      tag: bytes.toString('latin1', at, at + 4),
      offset: bytes.readUInt32BE(at + 8),
      length: bytes.readUInt32BE(at + 12)
    }))
    const lazy = size >= 12 && TRUETYPE.has(bytes.readUInt32BE(0)) && tables.some((t) => t.tag === 'glyf') && !tables.some((t) => t.tag === 'fvar')
    if (!lazy) {
      fill(0, size)
      closeSync(fd)
      return { bytes }
    }
    for (const table of tables) if (table.tag !== 'glyf') fill(table.offset, table.offset + table.length)
    return { bytes, fill }
  } catch (e) {
    closeSync(fd)
    throw e
  }
}
