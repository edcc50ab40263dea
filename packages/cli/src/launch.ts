/**
 * Starts the `report` command as fast as it can: from the bundle that
 * build/bundle.mjs made (dist/report.cjs, one file instead of some 200 modules)
 * compiled with a V8 code cache, while every file it was made from is as it was
 * then; otherwise from dist/main.js as tsc built it. The cache is made by the
 * render build/bundle.mjs runs, else by the first run that finds none (from what
 * that run compiled), and kept beside the bundle, one per Node version and
 * machine, tagged with the bundle's hash; a cache that is missing, stale,
 * rejected by V8 or cannot be written is only slower, never an error.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Script } from 'node:vm'

const DIST = dirname(fileURLToPath(import.meta.url))
const BUNDLE = join(DIST, 'report.cjs')
const MANIFEST = join(DIST, 'report.cjs.json')

/** What build/bundle.mjs says of the bundle: its hash, and each file it was made from as `[path from dist/, size, mtimeMs]`. */
interface Manifest {
  readonly hash: string
  readonly inputs: ReadonlyArray<readonly [string, number, number]>
}

/** The bundle's manifest when the bundle is there and none of its files has changed since it was made. */
const freshManifest = (): Manifest | undefined => {
  let manifest: Manifest
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest
  } catch {
    return undefined
  }
  const unchanged = manifest.inputs.every(([file, size, mtimeMs]) => {
    const stats = statSync(join(DIST, file), { throwIfNoEntry: false })
    return stats !== undefined && stats.size === size && stats.mtimeMs === mtimeMs
  })
  return unchanged && existsSync(BUNDLE) ? manifest : undefined
}

/** The code cache of this Node version and machine. */
const cacheFile = (): string => join(DIST, '.cache', `report-${process.version}-${process.platform}-${process.arch}.v8`)

/** The cached code for the bundle of `hash`: the file is the hash (64 hex digits) then V8's data. */
const readCache = (hash: string): Buffer | undefined => {
  try {
    const bytes = readFileSync(cacheFile())
    return bytes.subarray(0, hash.length).toString('latin1') === hash ? bytes.subarray(hash.length) : undefined
  } catch {
    return undefined
  }
}

/** Writes the code V8 compiled while running `script` (called at exit), whole or not at all; a failure only leaves no cache. */
const writeCache = (script: Script, hash: string): void => {
  const file = cacheFile()
  const temp = `${file}.tmp-${process.pid}`
  try {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(temp, Buffer.concat([Buffer.from(hash, 'latin1'), script.createCachedData()]))
    renameSync(temp, file)
  } catch {
    // No cache: the next run compiles again.
  }
}

/** The bundle's way to load a package it left out: this module's `import()`, from the same folder. */
const importLeftOut = (specifier: string): Promise<unknown> => import(specifier)

/** Runs the bundle as Node runs a CommonJS module, with `__import` for the packages it left out. */
const runBundle = (hash: string): void => {
  const cachedData = readCache(hash)
  const script = new Script(`(function (exports, require, module, __filename, __dirname, __import) {${readFileSync(BUNDLE, 'utf8')}\n})`, {
    filename: BUNDLE,
    ...(cachedData === undefined ? {} : { cachedData })
  })
  if (cachedData === undefined || script.cachedDataRejected === true) process.once('exit', () => writeCache(script, hash))
  const wrapper = script.runInThisContext() as (
    exports: object,
    require: NodeJS.Require,
    module: object,
    filename: string,
    dirname: string,
    load: typeof importLeftOut
  ) => void
  const exported = {}
  wrapper(exported, createRequire(BUNDLE), { exports: exported }, BUNDLE, DIST, importLeftOut)
}

/**
 * Runs `report` with the process's arguments, from the bundle when it is fresh.
 */
export const launch = async (): Promise<void> => {
  const manifest = freshManifest()
  if (manifest === undefined) await import('./main.js')
  else runBundle(manifest.hash)
}
