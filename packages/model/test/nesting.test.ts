import { describe, expect, it } from 'vitest'
import { MAX_NESTING, nestsTooDeeply, parseReport, validateReport, valueNestsTooDeeply } from '../src/index.js'
import { readFixture } from './fixture-cases.js'

const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth)

describe('nesting', () => {
  it('counts brackets outside strings only', () => {
    expect(nestsTooDeeply(nested(3), 3)).toBe(false)
    expect(nestsTooDeeply(nested(4), 3)).toBe(true)
    expect(nestsTooDeeply(`{"a":"${'['.repeat(100)}\\"["}`, 3)).toBe(false)
  })

  it('refuses JSON nested 5,000 deep as JSON_TOO_DEEP, before parsing it', () => {
    const { report, problems } = parseReport(`{"title":${nested(5000)}}`)
    expect(report).toBeUndefined()
    expect(problems.map((p) => [p.code, p.path, p.where])).toEqual([['JSON_TOO_DEEP', '', '文件']])
    expect(problems[0]?.message).toContain('嵌套过深')
  })

  it('refuses a deep value given already parsed, without recursion', () => {
    let deep: unknown = 1
    for (let i = 0; i < 100_000; i += 1) deep = [deep]
    expect(valueNestsTooDeeply(deep)).toBe(true)
    expect(validateReport({ ...(readFixture('renshi-town-2020') as object), extra: deep }).problems.map((p) => p.code)).toEqual(['JSON_TOO_DEEP'])
  })

  it('takes every fixture, far below the bound', () => {
    expect(valueNestsTooDeeply(readFixture('renshi-town-2020'), 6)).toBe(false)
    expect(MAX_NESTING).toBeGreaterThan(6)
  })
})
