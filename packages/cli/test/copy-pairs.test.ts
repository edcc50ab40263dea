import { SIGNATURE_SIZE } from '@report/model'
import { describe, expect, it } from 'vitest'
import { copyPairs, type Signed } from '../src/audit/copy-pairs.js'

/** `n` reports with unrelated signatures (seeded), every 100th a copy of the one before, of another agency. */
const batch = (n: number): ReadonlyArray<Signed> => {
  let seed = n
  const next = () => {
    seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0
    return seed
  }
  const out: Array<Signed> = []
  for (let id = 0; id < n; id++) {
    const copied = id % 100 === 99 ? out[id - 1] : undefined
    const minima = copied?.signature.minima ?? Int32Array.from({ length: SIGNATURE_SIZE }, next)
    out.push({ id, agency: `示例县第${id}号单位`, signature: { minima, runs: 800 } })
  }
  return out
}

const cpuMs = (task: () => unknown): number => {
  const start = process.cpuUsage()
  task()
  const { user, system } = process.cpuUsage(start)
  return (user + system) / 1000
}

describe('copyPairs (R-2 across a batch)', () => {
  it('finds every planted copy and nothing else', () => {
    const pairs = copyPairs(batch(1000))
    expect(pairs.map((p) => [p.a, p.b, p.share])).toEqual(Array.from({ length: 10 }, (_, k) => [k * 100 + 98, k * 100 + 99, 1]))
  })

  it('never pairs two reports of one agency', () => {
    const [a, b] = batch(100).slice(98)
    expect(copyPairs([a, { ...b, agency: '第98号单位' }] as ReadonlyArray<Signed>)).toEqual([])
  })

  it('grows linearly: four times the reports take well under the sixteen times a comparison of every pair would (CPU time)', () => {
    const small = batch(2000)
    const large = batch(8000)
    copyPairs(small)
    const ratio = Math.min(...[0, 1, 2].map(() => cpuMs(() => copyPairs(large)))) / Math.min(...[0, 1, 2].map(() => cpuMs(() => copyPairs(small))))
    expect(ratio).toBeLessThan(9)
  }, 120_000)
})
