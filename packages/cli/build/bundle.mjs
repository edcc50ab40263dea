/**
 * Bundles the built `report` command into one CommonJS file, dist/report.cjs, that
 * bin/report.js runs with a V8 code cache (src/launch.ts; the bundle runs only
 * there, which gives it `__import`): the command, the model,
 * the view and the PDF renderer, each module as tsc built it. Kept out, loaded as
 * they are: the ES-module packages only some commands reach through `import()`
 * (importer, Excel, Word, HTML) and what the PDF renderer loads with a `require`
 * of its own (pdfmake, pdfkit, fontkit and their data files). Each module's
 * `import.meta.url` stays its own file's, so the paths it resolves are unchanged.
 *
 * Beside the bundle, dist/report.cjs.json: the bundle's hash and the size and time
 * of each file it was made from, for the launcher to run the bundle only while
 * none of them has changed since (`tsc -b` alone leaves it stale: the command then
 * runs from dist/main.js). Run by `npm run build` (and so `npm ci`) after `tsc -b`,
 * which then makes the launcher's code cache by rendering a report.
 */
import { fixturePath } from '@report/fixtures'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const DIST = join(dirname(fileURLToPath(import.meta.url)), '../dist')

/** The bundle, and its manifest beside it. */
export const BUNDLE = join(DIST, 'report.cjs')
export const MANIFEST = join(DIST, 'report.cjs.json')

/** Reached only through `import()` by the commands that need them. */
const EXTERNAL = ['@report/import', '@report/xlsx', '@report/docx', '@report/html']

/** `import.meta.url` of a bundled module: its own file's URL, found from the bundle's folder. */
const META_URL = "const __metaUrl = (file) => require('node:url').pathToFileURL(require('node:path').join(__dirname, file)).href"

/** Gives each module that reads `import.meta.url` its own file's, as a path from dist/. */
const ownMetaUrl = {
  name: 'own-import-meta-url',
  setup(plugin) {
    plugin.onLoad({ filter: /\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8')
      if (!text.includes('import.meta')) return undefined
      const file = relative(DIST, args.path).split(sep).join('/')
      return { contents: text.replaceAll('import.meta.url', `__metaUrl(${JSON.stringify(file)})`), loader: 'js' }
    })
  }
}

/**
 * The bundle with each `import()` of a package left out made a call of `__import`,
 * which the launcher passes in: an `import()` in code compiled by `vm.Script` needs
 * a callback that Node 20 gives only as an experimental feature, and loses when the
 * code comes from the cache.
 */
const withOwnImport = (code) => {
  const external = new RegExp(`\\bimport\\(("(?:${EXTERNAL.join('|')})")\\)`, 'g')
  const made = code.replace(external, '__import($1)')
  if (/\bimport\(/.test(made)) throw new Error('bundle: an import() of a module that is neither bundled nor left out')
  return made
}

/** Writes a file whole or not at all. */
const writeWhole = (file, content) => {
  const temp = `${file}.tmp-${process.pid}`
  writeFileSync(temp, content)
  renameSync(temp, file)
}

/**
 * Builds dist/report.cjs and its manifest from dist/main.js (which `tsc -b` made);
 * throws on any warning, so that nothing the bundle would get wrong goes unseen.
 */
export const bundle = async () => {
  const result = await build({
    entryPoints: [join(DIST, 'main.js')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: EXTERNAL,
    plugins: [ownMetaUrl],
    banner: { js: META_URL },
    metafile: true,
    write: false,
    logLevel: 'silent'
  })
  if (result.warnings.length > 0) throw new Error(`bundle: ${result.warnings.map((w) => w.text).join('; ')}`)
  const contents = withOwnImport(result.outputFiles[0].text)
  const inputs = Object.keys(result.metafile.inputs).map((input) => {
    const file = join(process.cwd(), input)
    const { size, mtimeMs } = statSync(file)
    return [relative(DIST, file).split(sep).join('/'), size, mtimeMs]
  })
  writeWhole(BUNDLE, contents)
  writeWhole(MANIFEST, JSON.stringify({ hash: createHash('sha256').update(contents).digest('hex'), inputs }))
}

/**
 * Makes the launcher's code cache (dist/.cache) anew by rendering the fixture
 * renshi-town-2020 through bin/report.js. The cache holds the code a run had
 * compiled when it wrote it, so one written by a first run that only validated
 * or printed the help would leave every later render to compile most of its
 * code again; later runs find a cache of the bundle's hash and keep it.
 */
const warmCache = () => {
  rmSync(join(DIST, '.cache'), { recursive: true, force: true })
  const dir = mkdtempSync(join(tmpdir(), 'report-bundle-'))
  try {
    const bin = join(DIST, '..', 'bin', 'report.js')
    const args = [bin, 'render', fixturePath('renshi-town-2020', 'report.json'), '-o', join(dir, 'report.pdf'), '--bundled-fonts']
    const { status, signal, error, stderr } = spawnSync(process.execPath, args, { encoding: 'utf8' })
    if (status !== 0) {
      const why = error?.message ?? (signal !== null ? `killed by ${signal}` : `exit ${status}: ${stderr}`)
      throw new Error(`bundle: the render that makes the code cache failed (${args.join(' ')}): ${why}`)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await bundle()
  warmCache()
}
