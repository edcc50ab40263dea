/**
 * The fuzz of `importDocument` over the real PDFs and Word files: each damaged copy
 * must give a report or notes saying why not, never an exception, and never take
 * longer than the PDF time limit and a margin (a hang). `npm test` runs
 * FUZZ_MUTATIONS (default 400: about 30 s here) of them and prints what each kind of
 * damage gave; `npm run fuzz:documents -w @report/import` runs 100,000, outside the tests.
 */
import { fixturePath } from '@report/fixtures'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importDocument, type ImportResult } from '../../src/index.js'
import { filledTemplate, TEMPLATE } from '../read/documents.js'
import { mutants, type Mutant } from '../../bench/document-mutations.js'

const COUNT = Number(process.env.FUZZ_MUTATIONS ?? 400)
const SEED = Number(process.env.FUZZ_SEED ?? 20_240_601)
/** The PDF time limit in the fuzz, and the margin past it that counts as a hang. */
const PDF_LIMIT_MS = 10_000
const HANG_MS = PDF_LIMIT_MS + 5_000

/** What one damaged file gave (not the result itself: a hundred thousand of them do not fit in memory). */
interface Outcome {
  readonly mutant: Omit<Mutant, 'bytes'>
  readonly ms: number
  readonly report: boolean
  /** The code of the last note, when there is no report. */
  readonly code?: string
  readonly ok: boolean
  readonly error?: string
}

const wellFormed = (result: ImportResult): boolean =>
  (result.report !== undefined || result.notes.length > 0) && result.notes.every((n) => /^[A-Z0-9_]+$/.test(n.code) && n.message !== '' && n.where !== '')

const summary = (outcomes: ReadonlyArray<Outcome>): string => {
  const byKind = new Map<string, { n: number; reports: number; codes: Map<string, number> }>()
  for (const { mutant, report, code } of outcomes) {
    const key = `${mutant.file.endsWith('.pdf') ? 'pdf' : 'docx'} ${mutant.kind}`
    const row = byKind.get(key) ?? { n: 0, reports: 0, codes: new Map<string, number>() }
    row.n += 1
    if (report) row.reports += 1
    else row.codes.set(code ?? 'ERROR', (row.codes.get(code ?? 'ERROR') ?? 0) + 1)
    byKind.set(key, row)
  }
  const lines = [...byKind.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([key, r]) =>
        `${key.padEnd(16)} ${String(r.n).padStart(6)}  report ${String(r.reports).padStart(6)}  ${[...r.codes.entries()]
          .sort((a, b) => b[1] - a[1])
          .map(([c, n]) => `${c} ${n}`)
          .join(', ')}`
    )
  const times = outcomes.map((o) => o.ms).sort((a, b) => a - b)
  const slowest = [...outcomes].sort((a, b) => b.ms - a.ms)[0]
  return [
    `fuzz: ${outcomes.length} mutations (seed ${SEED}), median ${times[Math.floor(times.length / 2)]?.toFixed(0)} ms, slowest ${slowest?.ms.toFixed(0)} ms (${slowest?.mutant.file} ${slowest?.mutant.kind} seed ${slowest?.mutant.seed})`,
    ...lines
  ].join('\n')
}

describe('importDocument over damaged PDFs and Word files', () => {
  it(
    `${COUNT} mutations: a report or notes every time, no exception, no hang`,
    async () => {
      const files = {
        'hongze-district-2023.pdf': new Uint8Array(readFileSync(fixturePath('hongze-district-2023', 'source.pdf'))),
        'hongze-district-2024.pdf': new Uint8Array(readFileSync(fixturePath('hongze-district-2024', 'source.pdf'))),
        'filled-template.docx': await filledTemplate(),
        'template.docx': new Uint8Array(readFileSync(TEMPLATE))
      }
      const outcomes: Array<Outcome> = []
      for (const { bytes, ...mutant } of mutants(files, COUNT, SEED)) {
        const start = performance.now()
        try {
          const result: ImportResult = await importDocument(bytes, { name: mutant.file, pdf: { timeoutMs: PDF_LIMIT_MS } })
          const ms = performance.now() - start
          const code = result.notes.at(-1)?.code
          outcomes.push({ mutant, ms, report: result.report !== undefined, ...(code === undefined ? {} : { code }), ok: wellFormed(result) })
        } catch (e) {
          outcomes.push({ mutant, ms: performance.now() - start, report: false, ok: false, error: e instanceof Error ? e.message : String(e) })
        }
      }
      console.log(summary(outcomes))
      const bad = outcomes.filter((o) => !o.ok || o.ms > HANG_MS)
      expect(bad.map((o) => ({ file: o.mutant.file, kind: o.mutant.kind, seed: o.mutant.seed, ms: Math.round(o.ms), error: o.error }))).toEqual([])
    },
    Math.max(120_000, COUNT * 1_000)
  )
})
