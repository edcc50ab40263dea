/**
 * The bundled command (dist/report.cjs run by bin/report.js through dist/launch.js)
 * gives the same bytes as the library, with and without its code cache; the
 * launcher runs the bundle only while it is fresh, and a code cache that is
 * missing, damaged or cannot be written only makes it compile again.
 */
import { parseReport, type Report } from '@report/model'
import { renderPdf } from '@report/pdf'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDirs } from './temp-dirs.js'
import { BIN, ROOT, runCli } from './run-cli.js'

const REPORT = join(ROOT, 'fixtures/renshi-town-2020/report.json')
const DIST = new URL('../dist/', import.meta.url).pathname

const temp = tempDirs('report-bundle-')

describe('the bundled command prints the same bytes as the library', () => {
  const report = parseReport(readFileSync(REPORT, 'utf8')).report as Report
  for (const pdfa of [false, true])
    it(`render${pdfa ? ' --pdfa' : ''} through bin/report.js, twice (the second from the code cache), is renderPdf's PDF byte for byte`, async () => {
      const dir = temp()
      const expected = Buffer.from(await renderPdf(report, { fontDirs: [], systemFonts: false, pdfa }))
      // No cache, which the build has made: the first run compiles the bundle afresh and writes one, the second reads it.
      rmSync(join(DIST, '.cache'), { recursive: true, force: true })
      for (const name of ['first.pdf', 'second.pdf']) {
        const { status } = runCli(['render', REPORT, '-o', join(dir, name), '--bundled-fonts', ...(pdfa ? ['--pdfa'] : [])], ROOT, BIN)
        expect(status).toBe(0)
        expect(readFileSync(join(dir, name)).equals(expected)).toBe(true)
      }
    })
})

describe('the bundled command loads the packages it left out', () => {
  it('render --to docx and --to html, and import, through bin/report.js twice (the second from the code cache) give what dist/main.js gives', () => {
    const dir = temp()
    const runs = [
      ['render', REPORT, '-o', 'OUT.docx'],
      ['render', REPORT, '-o', 'OUT.html'],
      ['import', join(ROOT, 'fixtures/renshi-town-2020/source.txt'), '-o', 'OUT.json']
    ]
    for (const [i, args] of runs.entries()) {
      const made = (name: string) => {
        const file = join(dir, `${name}-${i}${args.at(-1)?.slice(3) ?? ''}`)
        const run = runCli(
          args.map((a) => (a.startsWith('OUT') ? file : a)),
          ROOT,
          name === 'main' ? join(DIST, 'main.js') : BIN
        )
        expect(run.stderr).toBe('')
        expect(run.status).toBe(0)
        return readFileSync(file)
      }
      const expected = made('main')
      rmSync(join(DIST, '.cache'), { recursive: true, force: true })
      expect(made('first').equals(expected)).toBe(true)
      expect(made('second').equals(expected)).toBe(true)
    }
  })
})

describe('the build makes the code cache by a render', () => {
  it("npm run build leaves a cache of the bundle larger than a --help run's, which a render keeps as it is", () => {
    const file = join(DIST, '.cache', `report-${process.version}-${process.platform}-${process.arch}.v8`)
    rmSync(join(DIST, '.cache'), { recursive: true, force: true })
    expect(runCli(['--help'], ROOT, BIN).status).toBe(0)
    const help = statSync(file).size
    expect(spawnSync(process.execPath, [new URL('../build/bundle.mjs', import.meta.url).pathname]).status).toBe(0)
    const warmed = statSync(file)
    expect(warmed.size).toBeGreaterThan(help * 1.2)
    expect(runCli(['render', REPORT, '-o', join(temp(), 'report.pdf'), '--bundled-fonts'], ROOT, BIN).status).toBe(0)
    expect(statSync(file).mtimeMs).toBe(warmed.mtimeMs)
  })
})

/** A dist/ of its own for the launcher: launch.js, a bundle and a main.js that each say who ran, and a manifest of `source.js`. */
const launcherDir = (): string => {
  const dir = temp()
  const dist = join(dir, 'dist')
  mkdirSync(dist)
  copyFileSync(join(DIST, 'launch.js'), join(dist, 'launch.js'))
  writeFileSync(join(dist, 'main.js'), "process.stdout.write('main\\n')\n")
  writeFileSync(join(dist, 'report.cjs'), "process.stdout.write('bundle ' + typeof require + ' ' + __filename.endsWith('report.cjs') + '\\n')\n")
  writeFileSync(join(dist, 'source.js'), '// what the bundle was made from\n')
  const { size, mtimeMs } = statSync(join(dist, 'source.js'))
  writeFileSync(join(dist, 'report.cjs.json'), JSON.stringify({ hash: 'a'.repeat(64), inputs: [['source.js', size, mtimeMs]] }))
  return dist
}

/** Runs the launcher of `dist` and returns what it printed. */
const launch = (dist: string): string => {
  const { status, stdout, stderr } = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', `await (await import('${join(dist, 'launch.js')}')).launch()`],
    {
      encoding: 'utf8'
    }
  )
  expect(stderr).toBe('')
  expect(status).toBe(0)
  return stdout
}

const cacheOf = (dist: string): ReadonlyArray<string> => readdirSync(join(dist, '.cache'))

describe('the launcher', () => {
  it('runs the bundle as a CommonJS module while its files are as they were, and writes a code cache tagged with its hash once', () => {
    const dist = launcherDir()
    expect(launch(dist)).toBe('bundle function true\n')
    const [cache] = cacheOf(dist)
    expect(cache).toBe(`report-${process.version}-${process.platform}-${process.arch}.v8`)
    const file = join(dist, '.cache', cache ?? '')
    expect(readFileSync(file).subarray(0, 64).toString('latin1')).toBe('a'.repeat(64))
    const written = statSync(file).mtimeMs
    expect(launch(dist)).toBe('bundle function true\n')
    expect(statSync(file).mtimeMs).toBe(written)
  })

  it('runs dist/main.js when a file the bundle was made from has changed, or the manifest is missing', () => {
    const dist = launcherDir()
    writeFileSync(join(dist, 'source.js'), '// changed since the bundle was made\n')
    expect(launch(dist)).toBe('main\n')
    const other = launcherDir()
    writeFileSync(join(other, 'report.cjs.json'), '')
    expect(launch(other)).toBe('main\n')
  })

  it('a damaged cache is compiled over and written again; a cache that cannot be written is only not written', () => {
    const dist = launcherDir()
    launch(dist)
    const file = join(dist, '.cache', cacheOf(dist)[0] ?? '')
    writeFileSync(file, Buffer.concat([Buffer.from('a'.repeat(64), 'latin1'), Buffer.from('not V8 data')]))
    expect(launch(dist)).toBe('bundle function true\n')
    expect(readFileSync(file).length).toBeGreaterThan(64 + 'not V8 data'.length)
    const unwritable = launcherDir()
    writeFileSync(join(unwritable, '.cache'), 'a file where the folder would be')
    expect(launch(unwritable)).toBe('bundle function true\n')
  })
})
