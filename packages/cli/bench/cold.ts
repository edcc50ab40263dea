/**
 * The cold bench: `report render … --bundled-fonts` as a user runs it, from
 * process start to the file on disk, interleaved with Typst in a new process
 * (load, fonts, compile, write the same document) and with node running an empty
 * script (the floor no Node program goes below); then the parts of a cold render,
 * timed step by step in a child that imports the modules itself (`cold-parts.ts`).
 * Each process's CPU time (`child.ts`) is printed beside its wall time.
 */
import { interleaved, loadAverages, median, ms, msSpread, ratio, spread, table, target, writeFigures } from '@report/bench'
import { fontsFor, loadFontSet } from '@report/pdf'
import { buildView } from '@report/view'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runNode } from './child.js'
import { SAMPLE, SAMPLE_PATH } from './sample.js'
import { fontPaths, typstDocument } from './typst-document.js'

/** Timed runs of each process (after one untimed run of each). */
const RUNS = 15
const TARGET_MS = 300
const MAX_PDF_KB = 200

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url))
const CLI = here('../bin/report.js')
const work = mkdtempSync(join(tmpdir(), 'report-cold-bench-'))

const cpu: Record<string, Array<number>> = {}

/** Runs node with `args` as the run `name`, recording its CPU time. Resolves to its stdout. */
const node = (name: string, args: ReadonlyArray<string>): string => {
  const run = runNode(args)
  ;(cpu[name] ??= []).push(run.cpuMs)
  return run.stdout
}

const fonts = await loadFontSet(await fontsFor({ systemFonts: false }))
const typ = join(work, 'sample.typ')
writeFileSync(typ, typstDocument(buildView(SAMPLE), fonts, new Date('2021-01-27T00:00:00+08:00')))
const empty = join(work, 'empty.mjs')
writeFileSync(empty, '')

interface Parts {
  readonly boot: number
  readonly load: number
  readonly fonts: number
  readonly render: number
  readonly write: number
}
const parts: Array<Parts> = []
const tasks = {
  cli: (r: number) => node('cli', [CLI, 'render', SAMPLE_PATH, '-o', join(work, `cli-${r}.pdf`), '--bundled-fonts']),
  typst: (r: number) => node('typst', [here('./typst-cold.js'), typ, join(work, `typst-${r}.pdf`), ...fontPaths(fonts)]),
  node: () => node('node', [empty]),
  parts: (r: number) => parts.push(JSON.parse(node('parts', [here('./cold-parts.js'), SAMPLE_PATH, join(work, `parts-${r}.pdf`)])) as Parts)
}

try {
  console.log(`@report/cli cold bench: process start → file, the sample renshi-town-2020, load ${loadAverages()}`)
  for (const task of Object.values(tasks)) task(-1)
  parts.length = 0
  for (const list of Object.values(cpu)) list.length = 0
  const { wall: t } = await interleaved(tasks, RUNS)
  const [cli, typst, bare] = [spread(t.cli), spread(t.typst), spread(t.node)]
  const cpuOf = (name: string) => median(cpu[name] ?? [])
  console.log(`\ncold, ${RUNS} runs of each, interleaved`)
  console.log(
    table([
      ['', 'process start → file', '× Typst', '× node', 'CPU', 'CPU × Typst'],
      [
        'report render --bundled-fonts (the CLI)',
        msSpread(cli),
        ratio(cli.median, typst.median),
        ratio(cli.median, bare.median),
        ms(cpuOf('cli')),
        ratio(cpuOf('cli'), cpuOf('typst'))
      ],
      ['Typst, new process (load, fonts, compile, write)', msSpread(typst), '1.00×', ratio(typst.median, bare.median), ms(cpuOf('typst')), '1.00×'],
      ['node, empty script (floor)', msSpread(bare), ratio(bare.median, typst.median), '1.00×', ms(cpuOf('node')), ratio(cpuOf('node'), cpuOf('typst'))]
    ])
  )
  const step = (name: keyof Parts) => spread(parts.map((p) => p[name]))
  const sum = spread(parts.map((p) => p.boot + p.load + p.fonts + p.render + p.write))
  console.log(`\nits parts, timed in a child that imports the modules itself (cold-parts.js), ${RUNS} runs`)
  console.log(
    table([
      ['node start (to the first line of the script)', msSpread(step('boot'))],
      ['module load (model, view, pdf, the render command)', msSpread(step('load'))],
      ['fonts (find and parse the bundled fonts)', msSpread(step('fonts'))],
      ['first render (decode, lay out, draw)', msSpread(step('render'))],
      ['write the file', msSpread(step('write'))],
      ['sum of the parts', msSpread(sum)],
      ['the CLI beyond them (options, checks, exit)', ms(cli.median - sum.median)]
    ])
  )
  const kb = statSync(join(work, 'cli-0.pdf')).size / 1024
  const cold = cli.median / typst.median
  console.log(
    `\ncold: ${cold.toFixed(2)}× Typst, ${target(cli.median, 'at most', TARGET_MS, ' ms')}; the PDF ${kb.toFixed(0)} KB, ${target(kb, 'at most', MAX_PDF_KB, ' KB')}`
  )
  writeFigures('cold', { cold }, { cold: cpuOf('cli') / cpuOf('typst') })
} finally {
  rmSync(work, { recursive: true, force: true })
}
