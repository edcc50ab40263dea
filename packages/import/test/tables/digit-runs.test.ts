import { describe, expect, it } from 'vitest'
import { splitRun } from '../../src/tables/digit-runs.js'

describe('run-together digits', () => {
  it('split only when exactly one reading exists', () => {
    expect(splitRun(['000000000000000'], 15)).toEqual({ kind: 'split', values: Array(15).fill('0') })
    expect(splitRun(['100'], 2)).toEqual({ kind: 'split', values: ['10', '0'] })
    expect(splitRun(['21', '00'], 3)).toEqual({ kind: 'split', values: ['21', '0', '0'] })
    expect(splitRun(['1234'], 3)).toEqual({ kind: 'ambiguous' })
    expect(splitRun(['00'], 3)).toEqual({ kind: 'impossible' })
    expect(splitRun(['9'.repeat(65)], 3)).toEqual({ kind: 'ambiguous' })
  })
})
