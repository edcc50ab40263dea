/**
 * The parts of a cold render, for the cold bench: `node cold-parts.js report.json
 * out.pdf` does what `report render --bundled-fonts` does on its way to the file,
 * step by step, and prints each step's milliseconds as JSON: node's own start (to
 * this script's first line), loading the modules (the model, the view, the PDF and
 * the CLI's render command), finding and parsing the bundled fonts, the first
 * render (decode and draw), and writing the file.
 */
import { writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'

const boot = performance.now()
const [input, output] = process.argv.slice(2)
if (input === undefined || output === undefined) throw new Error('usage: cold-parts.js report.json out.pdf')
let at = boot
const lap = (): number => {
  const now = performance.now()
  const ms = now - at
  at = now
  return ms
}

const [model, pdf] = await Promise.all([
  import('@report/model'),
  import('@report/pdf'),
  import('@report/view'),
  import(new URL('../dist/commands/render.js', import.meta.url).href)
])
const load = lap()
await pdf.loadFontSet(await pdf.fontsFor({ systemFonts: false }))
const fontsMs = lap()
const { report } = model.decodeReport(JSON.parse(await readFile(input, 'utf8')))
if (report === undefined) throw new Error(`${input} does not decode`)
const bytes = await pdf.renderPdf(report, { systemFonts: false })
const render = lap()
writeFileSync(output, bytes)
const write = lap()
process.stdout.write(`${JSON.stringify({ boot, load, fonts: fontsMs, render, write })}\n`)
