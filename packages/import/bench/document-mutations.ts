/**
 * Damaged copies of real files for the fuzz of `importDocument` (its test runs a
 * few hundred, `npm run fuzz:documents -w @report/import` a hundred thousand): bytes
 * changed, spans overwritten, deleted or repeated, the file cut short, and for a
 * zip its own structures damaged (the end record, directory entries and local
 * headers, their sizes made to lie). Seeded, so a failure can be made again.
 */

/** One damaged file: what was done to which file, and the bytes. */
export interface Mutant {
  readonly file: string
  readonly kind: string
  readonly seed: number
  readonly bytes: Uint8Array
}

/** A small, seeded generator of 32-bit numbers (mulberry32). */
export const random = (seed: number): (() => number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ZIP_SIGNATURES = [0x06054b50, 0x02014b50, 0x04034b50]

/** The offsets of a zip's own records (end record, directory entries, local headers). */
const zipRecords = (bytes: Uint8Array): ReadonlyArray<number> => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const out: Array<number> = []
  for (let i = 0; i + 4 <= bytes.length; i++) if (ZIP_SIGNATURES.includes(view.getUint32(i, true))) out.push(i)
  return out
}

type Damage = (bytes: Uint8Array, next: () => number, records: ReadonlyArray<number>) => Uint8Array

const int = (next: () => number, n: number): number => Math.floor(next() * n)

const concat = (...parts: ReadonlyArray<Uint8Array>): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

const DAMAGES: Readonly<Record<string, Damage>> = {
  /** A few bytes changed anywhere. */
  bytes: (bytes, next) => {
    const out = Uint8Array.from(bytes)
    const count = 1 + int(next, 16)
    for (let k = 0; k < count; k++) out[int(next, out.length)] = int(next, 256)
    return out
  },
  /** A span overwritten with noise. */
  burst: (bytes, next) => {
    const out = Uint8Array.from(bytes)
    const length = 1 + int(next, 512)
    const at = int(next, Math.max(1, out.length - length))
    for (let k = 0; k < length && at + k < out.length; k++) out[at + k] = int(next, 256)
    return out
  },
  /** The file cut short. */
  truncate: (bytes, next) => bytes.slice(0, int(next, bytes.length)),
  /** A span taken out (every offset after it is wrong). */
  delete: (bytes, next) => {
    const at = int(next, bytes.length)
    const length = 1 + int(next, 4096)
    return concat(bytes.subarray(0, at), bytes.subarray(Math.min(bytes.length, at + length)))
  },
  /** A span repeated. */
  repeat: (bytes, next) => {
    const at = int(next, bytes.length)
    const span = bytes.subarray(at, Math.min(bytes.length, at + 1 + int(next, 4096)))
    return concat(bytes.subarray(0, at), span, span, bytes.subarray(at + span.length))
  },
  /** The last few kilobytes damaged: a PDF's cross-reference table and trailer, a zip's directory. */
  tail: (bytes, next) => {
    const out = Uint8Array.from(bytes)
    const from = Math.max(0, out.length - 4096)
    const count = 1 + int(next, 24)
    for (let k = 0; k < count; k++) out[from + int(next, out.length - from)] = int(next, 256)
    return out
  },
  /** A zip's records damaged: a field of an end record, directory entry or local header (sizes, offsets, counts) set to noise. */
  zip: (bytes, next, records) => {
    const out = Uint8Array.from(bytes)
    const view = new DataView(out.buffer)
    const count = 1 + int(next, 4)
    for (let k = 0; k < count && records.length > 0; k++) {
      const at = (records[int(next, records.length)] ?? 0) + 4 + 2 * int(next, 14)
      if (at + 4 > out.length) continue
      const pick = next()
      // Small lies, huge lies and zeros: a size or an offset off by a little, a bomb's size, nothing.
      const value =
        pick < 0.3 ? view.getUint32(at, true) + int(next, 64) - 32 : pick < 0.6 ? 0xffffffff - int(next, 1 << 20) : pick < 0.8 ? 0 : int(next, 2 ** 32)
      view.setUint32(at, value >>> 0, true)
    }
    return out
  }
}

/** The damages that apply to any file, and those only to a zip. */
const ANY = ['bytes', 'burst', 'truncate', 'delete', 'repeat', 'tail']
const ZIP = [...ANY, 'zip', 'zip']

/**
 * The `n` damaged copies of the files (names to bytes), round robin over files, with
 * damages drawn from the seed; a zip gets its own structures damaged too.
 *
 * @example
 * for (const m of mutants({ 'a.pdf': bytes }, 10, 1)) await importDocument(m.bytes)
 */
export function* mutants(files: Readonly<Record<string, Uint8Array>>, n: number, seed: number): Generator<Mutant> {
  const entries = Object.entries(files)
  const records = new Map(entries.map(([name, bytes]) => [name, zipRecords(bytes)]))
  for (let i = 0; i < n; i++) {
    const [file, bytes] = entries[i % entries.length] as [string, Uint8Array]
    const own = (records.get(file)?.length ?? 0) > 0 && bytes[0] === 0x50 ? ZIP : ANY
    const next = random(seed + i * 7919)
    const kind = own[int(next, own.length)] as string
    yield { file, kind, seed: seed + i * 7919, bytes: (DAMAGES[kind] as Damage)(bytes, next, records.get(file) ?? []) }
  }
}
