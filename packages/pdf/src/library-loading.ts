/**
 * What pdfkit and fontkit load when they are required, made cheaper before they
 * are: their pure-JavaScript inflate (`tiny-inflate`, which unpacks fontkit's and
 * unicode-properties' Unicode tables on load) replaced by Node's own, and the
 * code a render never runs (pdfkit's AES and SHA-256, used only to encrypt, and
 * fontkit's Brotli decoder, used only for WOFF2 files) loaded on first use
 * instead: a tenth of a cold render. Each stand-in is put in Node's module cache
 * under the real file's name, only where that module is not loaded already; what
 * it gives is what the module gives.
 */
import { createRequire, Module } from 'node:module'
import { inflateRawSync } from 'node:zlib'

const require = createRequire(import.meta.url)

/** Puts `value` in Node's module cache as what the module of `file` exports, unless that module is loaded already. */
const standIn = (file: string, value: unknown): void => {
  if (require.cache[file] !== undefined) return
  require.cache[file] = Object.assign(new Module(file), { filename: file, loaded: true, exports: value })
}

/** The module of `file` loaded on first use: its stand-in taken out of the cache, then the file required. */
const onFirstUse = (file: string): (() => Record<PropertyKey, unknown>) => {
  let loaded: Record<PropertyKey, unknown> | undefined
  return () => {
    if (loaded === undefined) {
      delete require.cache[file]
      loaded = require(file) as Record<PropertyKey, unknown>
    }
    return loaded
  }
}

/** An object module loaded on first use of any of its properties. */
const deferredObject = (file: string): object => {
  const load = onFirstUse(file)
  return new Proxy({}, { get: (_, key) => load()[key] })
}

/** A function module loaded on its first call. */
const deferredFunction = (file: string): ((...args: ReadonlyArray<unknown>) => unknown) => {
  const load = onFirstUse(file) as unknown as () => (...args: ReadonlyArray<unknown>) => unknown
  return (...args) => load()(...args)
}

/**
 * `tiny-inflate`'s function done by zlib: the raw DEFLATE stream `source`
 * inflated into `dest`, which is returned, cut to the inflated length (by its
 * own `slice`, as `tiny-inflate` cuts it) when that is shorter.
 */
const inflate = (source: Uint8Array, dest: Uint8Array): Uint8Array => {
  const inflated = inflateRawSync(source)
  dest.set(inflated.subarray(0, dest.length))
  return inflated.length < dest.length ? dest.slice(0, inflated.length) : dest
}

let prepared = false

/**
 * Puts the stand-ins in place for the pdfkit (and its fontkit) that `pdfkitFile`
 * names; called before either is first required. Later calls do nothing.
 */
export const prepareLibraries = (pdfkitFile: string): void => {
  if (prepared) return
  prepared = true
  const fromPdfkit = createRequire(pdfkitFile)
  standIn(fromPdfkit.resolve('@noble/ciphers/aes'), deferredObject(fromPdfkit.resolve('@noble/ciphers/aes')))
  standIn(fromPdfkit.resolve('@noble/hashes/sha2'), deferredObject(fromPdfkit.resolve('@noble/hashes/sha2')))
  const fromFontkit = createRequire(fromPdfkit.resolve('fontkit'))
  standIn(fromFontkit.resolve('brotli/decompress.js'), deferredFunction(fromFontkit.resolve('brotli/decompress.js')))
  const tries = [fromFontkit.resolve('unicode-trie'), createRequire(fromFontkit.resolve('unicode-properties')).resolve('unicode-trie')]
  for (const file of new Set([fromFontkit.resolve('tiny-inflate'), ...tries.map((trie) => createRequire(trie).resolve('tiny-inflate'))]))
    standIn(file, inflate)
}
