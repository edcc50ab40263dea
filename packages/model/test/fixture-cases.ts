/**
 * The fixture cases of the repository's `fixtures/` folder: every folder with a
 * `report.json` and an `expected-problems.json`, and its `previous.json` if any.
 */
import { FIXTURES } from '@report/fixtures'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { decodeReport, type Problem, type Report } from '../src/index.js'

/** The repository's fixtures folder. */
export { FIXTURES }

export interface FixtureCase {
  /** The folder, relative to `fixtures/`, e.g. `broken/t3-1-balance`. */
  readonly name: string
  readonly report: string
  readonly previous: string | undefined
  readonly expected: ReadonlyArray<Problem>
}

const folders = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => [join(dir, e.name), ...folders(join(dir, e.name))])

/** Every fixture case, sorted by name. */
export const fixtureCases = (): ReadonlyArray<FixtureCase> =>
  folders(FIXTURES)
    .filter((dir) => existsSync(join(dir, 'report.json')) && existsSync(join(dir, 'expected-problems.json')))
    .map((dir) => ({
      name: relative(FIXTURES, dir),
      report: join(dir, 'report.json'),
      previous: existsSync(join(dir, 'previous.json')) ? join(dir, 'previous.json') : undefined,
      expected: JSON.parse(readFileSync(join(dir, 'expected-problems.json'), 'utf8')) as ReadonlyArray<Problem>
    }))
    .sort((a, b) => a.name.localeCompare(b.name))

/** A fixture report, decoded; throws if it does not decode (for tests that need a valid one). */
export const readFixture = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURES, name, 'report.json'), 'utf8'))

/** A value decoded as a report; throws with its problems if it does not decode (for tests that need a valid one). */
export const decoded = (u: unknown): Report => {
  const result = decodeReport(u)
  if (result.report === undefined) throw new Error(JSON.stringify(result.problems))
  return result.report
}
