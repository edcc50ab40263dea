import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  interleaved,
  interleavedRates,
  loadAverages,
  median,
  missingFigures,
  msSpread,
  perSecond,
  quantile,
  rates,
  readFigures,
  spread,
  summaryLine,
  table,
  target,
  writeFigures
} from '../src/index.js'

describe('stats', () => {
  it('takes the median of odd and even counts, whatever the order', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })

  it('interpolates quantiles between ranks', () => {
    const xs = Array.from({ length: 11 }, (_, i) => 10 - i)
    expect(quantile(xs, 0.1)).toBe(1)
    expect(quantile(xs, 0.9)).toBe(9)
    expect(quantile([1, 2], 0.25)).toBe(1.25)
  })

  it('gives p10–p90 from ten samples up, min–max below', () => {
    expect(spread([5, 1, 3])).toEqual({ median: 3, low: 1, high: 5, range: 'min–max', n: 3 })
    const ten = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]
    expect(spread(ten)).toEqual({ median: 55, low: 19, high: 91, range: 'p10–p90', n: 10 })
    expect(() => spread([])).toThrow('no samples')
  })
})

describe('format', () => {
  it('prints a spread with its range and count', () => {
    expect(msSpread({ median: 46.23, low: 44, high: 49.14, range: 'p10–p90', n: 30 })).toBe('46.2 ms (p10–p90 44.0–49.1, n 30)')
    expect(msSpread({ median: 652.4, low: 0.5, high: 7.25, range: 'min–max', n: 5 })).toBe('652 ms (min–max 0.500–7.25, n 5)')
  })

  it('says whether a target is met', () => {
    expect(target(1.4, 'at most', 1.25, '× Typst')).toBe('target ≤ 1.25× Typst: NOT met')
    expect(target(52_000, 'at least', 50_000, '/s')).toBe('target ≥ 50,000/s: met')
  })

  it('aligns columns, the last one free', () => {
    expect(
      table([
        ['a', '1 ms', 'x'],
        ['bb', '10 ms', 'long note']
      ])
    ).toBe('a    1 ms  x\nbb  10 ms  long note')
  })

  it("gives the machine's three load averages, two decimals each", () => {
    expect(loadAverages()).toMatch(/^\d+\.\d\d \d+\.\d\d \d+\.\d\d$/)
  })
})

describe('summary line', () => {
  const figures = { warm: 1.4, warm20: 1.904, cold: 1.749, checks: 31_000.4, import: 1499.6, batch1000: 24.63 }

  it('has exactly the form scripts read', () => {
    expect(summaryLine(figures)).toBe('bench: warm 1.40× Typst, warm20 1.90× Typst, cold 1.75× Typst, checks 31000/s, import 1500/s, batch1000 24.6 s')
  })

  it('opens with its label', () => {
    expect(summaryLine({ warm: 1.2 }, 'bench by CPU time')).toBe(
      'bench by CPU time: warm 1.20× Typst, warm20 missing, cold missing, checks missing, import missing, batch1000 missing'
    )
  })

  it('names a figure no bench wrote', () => {
    const { cold: _, ...rest } = figures
    expect(summaryLine(rest)).toBe('bench: warm 1.40× Typst, warm20 1.90× Typst, cold missing, checks 31000/s, import 1500/s, batch1000 24.6 s')
    expect(missingFigures({ ...rest, import: Number.NaN })).toEqual(['cold', 'import'])
  })

  it('merges the figures each bench wrote to the results folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-results-'))
    try {
      writeFigures('render', { warm: 1.4, warm20: 1.904 }, { warm: 1.2, warm20: 1.7 }, dir)
      writeFigures('checks', { checks: 31_000.4 }, { checks: 40_000 }, dir)
      expect(readFigures(dir)).toEqual({ wall: { warm: 1.4, warm20: 1.904, checks: 31_000.4 }, cpu: { warm: 1.2, warm20: 1.7, checks: 40_000 } })
      expect(readFigures(join(dir, 'absent'))).toEqual({ wall: {}, cpu: {} })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('interleaved rounds', () => {
  it('starts each round one task further along and times every call', async () => {
    const order: Array<string> = []
    const { wall, cpu } = await interleaved(
      { a: (r: number) => order.push(`a${r}`), b: (r: number) => order.push(`b${r}`), c: (r: number) => order.push(`c${r}`) },
      3
    )
    expect(order).toEqual(['a0', 'b0', 'c0', 'b1', 'c1', 'a1', 'c2', 'a2', 'b2'])
    expect([wall.a.length, wall.b.length, wall.c.length, cpu.a.length, cpu.b.length, cpu.c.length]).toEqual([3, 3, 3, 3, 3, 3])
  })
})

describe('CPU time', () => {
  it('counts the work of a task, not the time it waits', async () => {
    let sum = 0
    const work = () => {
      for (let i = 0; i < 1e8; i++) sum += i % 7
    }
    const { wall, cpu } = await interleaved({ work, sleep: () => new Promise((resolve) => setTimeout(resolve, 50)) }, 1)
    expect(sum).toBeGreaterThan(0)
    expect(wall.sleep[0]).toBeGreaterThanOrEqual(49)
    expect((cpu.work[0] ?? 0) - (cpu.sleep[0] ?? 0)).toBeGreaterThan(40)
  })
})

describe('rates', () => {
  it('gives a wall and a CPU rate a round, after a warm-up round, each call given its index', () => {
    const seen: Array<number> = []
    const r = rates((i) => seen.push(i), 5, 3)
    expect(seen).toEqual(Array.from({ length: 20 }, (_, i) => i))
    expect([r.wall.length, r.cpu.length]).toEqual([3, 3])
    expect(perSecond(spread([31_234.5, 30_000, 32_000]))).toBe('31,235/s (min–max 30,000–32,000, n 3)')
  })

  it('of several tasks, starts each round one task further along, the warm-up round included', () => {
    const seen: Array<string> = []
    const r = interleavedRates({ a: (i) => seen.push(`a${i}`), b: (i) => seen.push(`b${i}`) }, 2, 2)
    expect(seen).toEqual(['a0', 'a1', 'b2', 'b3', 'b4', 'b5', 'a6', 'a7', 'a8', 'a9', 'b10', 'b11'])
    expect([r.a.wall.length, r.a.cpu.length, r.b.wall.length, r.b.cpu.length]).toEqual([2, 2, 2, 2])
  })
})
