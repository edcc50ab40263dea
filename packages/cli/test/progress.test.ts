import { describe, expect, it } from 'vitest'
import { barLine, columnsOf, progress } from '../src/progress.js'

/** A terminal that reports `columns` and keeps what is written to it. */
const terminal = (columns: number | undefined) => {
  const written: Array<string> = []
  const stream = { isTTY: true, columns, write: (text: string) => written.push(text) > 0 } as unknown as NodeJS.WriteStream
  return { stream, written }
}

describe('progress', () => {
  it('draws in 80 columns when the terminal reports 0 (or none)', () => {
    expect(columnsOf({ columns: 0 })).toBe(80)
    expect(columnsOf({})).toBe(80)
    expect(columnsOf({ columns: 120 })).toBe(120)
    const { stream, written } = terminal(0)
    progress(2, stream).tick('a.json')
    expect(written).toEqual([`\r${'[###############...............] 1/2 a.json'.padEnd(80)}`])
  })

  it('fits a narrow terminal', () => {
    expect(barLine(1, 4, 'a.json', 24)).toBe('[#...] 1/4 a.json'.padEnd(24))
    expect(barLine(4, 4, 'a-long-name.json', 24)).toHaveLength(24)
  })

  it('prints a line above the bar and draws the bar again after it', () => {
    const { stream, written } = terminal(40)
    const bar = progress(2, stream)
    bar.tick('a.json')
    bar.above(() => stream.write('a.json → a.pdf\n'))
    expect(written.slice(1)).toEqual([`\r${' '.repeat(40)}\r`, 'a.json → a.pdf\n', `\r${barLine(1, 2, 'a.json', 40)}`])
  })
})
