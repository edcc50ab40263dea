/**
 * Each command loads only what it uses: the modules a run of the CLI loads are
 * recorded by a loader given with `--import`: ES modules by a resolve hook, each
 * appended to a file as it is resolved, and CommonJS modules (pdfmake, fontkit)
 * by the module cache, written at exit.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { tempDirs } from './temp-dirs.js'
import { BIN, ROOT } from './run-cli.js'

const REPORT = join(ROOT, 'fixtures/renshi-town-2020/report.json')
const MAIN = new URL('../dist/main.js', import.meta.url).pathname

const temp = tempDirs('report-loading-')

/** The recorder: every loaded module's URL or path, one a line, appended to `REPORT_LOADED`. */
const RECORDER = `
import { appendFileSync } from 'node:fs'
import { createRequire, register } from 'node:module'
const file = process.env.REPORT_LOADED
const Module = createRequire(import.meta.url)('node:module')
process.on('exit', () => appendFileSync(file, Object.keys(Module._cache).join('\\n') + '\\n'))
const hooks = \`import { appendFileSync } from 'node:fs'
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context)
  appendFileSync(\${JSON.stringify(file)}, resolved.url + '\\\\n')
  return resolved
}\`
register('data:text/javascript,' + encodeURIComponent(hooks))
`

/** The files (paths, `/`-separated) that `report <args>` run from `entry` resolved, and its exit status. */
const loadedBy = (entry: string, args: ReadonlyArray<string>): { readonly status: number | null; readonly loaded: ReadonlyArray<string> } => {
  const dir = temp()
  const recorder = join(dir, 'recorder.mjs')
  const record = join(dir, 'loaded.txt')
  writeFileSync(recorder, RECORDER)
  writeFileSync(record, '')
  const { status } = spawnSync(process.execPath, ['--import', pathToFileURL(recorder).href, entry, ...args.map((a) => a.replace('DIR', dir))], {
    cwd: ROOT,
    env: { ...process.env, REPORT_LOADED: record },
    encoding: 'utf8'
  })
  return {
    status,
    loaded: readFileSync(record, 'utf8')
      .split('\n')
      .filter((l) => l !== '')
  }
}

/** Which of `packages` (a folder under packages/ or node_modules/) any of `loaded` is in. */
const among = (loaded: ReadonlyArray<string>, packages: ReadonlyArray<string>): ReadonlyArray<string> =>
  packages.filter((p) => loaded.some((l) => l.includes(`/packages/${p}/`) || l.includes(`/node_modules/${p}/`)))

const NOT_FOR_A_PDF = ['import', 'docx', 'html', 'xlsx', 'exceljs', 'mammoth', 'pdfjs-dist']

describe('each command loads only what it uses', () => {
  for (const [name, entry] of [
    ['dist/main.js', MAIN],
    ['bin/report.js', BIN]
  ] as const)
    it(`render of one PDF (${name}) loads pdfmake and none of the importer, Word, HTML or Excel packages`, () => {
      const { status, loaded } = loadedBy(entry, ['render', REPORT, '-o', 'DIR/out.pdf', '--bundled-fonts'])
      expect(status).toBe(0)
      expect(among(loaded, ['pdfmake', 'pdfkit', 'fontkit'])).toEqual(['pdfmake', 'pdfkit', 'fontkit'])
      expect(among(loaded, NOT_FOR_A_PDF)).toEqual([])
      // bin/report.js runs the bundle, which holds the model: no file of the model's dist/ is loaded.
      expect(among(loaded, ['model'])).toEqual(entry === BIN ? [] : ['model'])
    })

  it('render --to docx loads the Word writer and not pdfmake', () => {
    const { status, loaded } = loadedBy(MAIN, ['render', REPORT, '-o', 'DIR/out.docx'])
    expect(status).toBe(0)
    expect(among(loaded, ['docx', 'pdfmake', 'import'])).toEqual(['docx'])
  })

  it('validate loads neither pdfmake nor the importer', () => {
    const { status, loaded } = loadedBy(MAIN, ['validate', REPORT])
    expect(status).toBe(0)
    expect(among(loaded, ['model', 'pdfmake', 'pdfkit', 'import', 'xlsx', 'exceljs'])).toEqual(['model'])
  })
})
