import { describe, expect, it } from 'vitest'
import { TEXT_INPUTS, textMutant } from '../bench/text-mutations.js'
import { importReport } from '../src/index.js'

// The full 100,000 run once with `npm run fuzz:text -w @report/import`; here a bounded count.
describe('damaged copies of the real texts give a report or notes, never an exception', () => {
  it('2,000 mutations of the 13 texts', () => {
    expect(TEXT_INPUTS).toHaveLength(13)
    const failed: Array<string> = []
    for (let seed = 0; seed < 2_000; seed++) {
      const mutant = textMutant(seed)
      try {
        const result = importReport(mutant.bytes, { name: mutant.name })
        if (result.report === undefined && result.notes.length === 0) failed.push(`${seed} ${mutant.kind}: nothing`)
      } catch (e) {
        failed.push(`${seed} ${mutant.kind}: ${String(e)}`)
      }
    }
    expect(failed).toEqual([])
  }, 300_000)
})
