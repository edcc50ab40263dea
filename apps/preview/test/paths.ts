/**
 * The fixtures the tests read, shared from the repository's fixtures/ folder.
 */
import { fixturePath } from '@report/fixtures'
import type { Problem } from '@report/model'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const fixture = (path: string): string => fixturePath(path)

export const SAMPLE = fixture('renshi-town-2020/report.json')
export const SAMPLE_EXPECTED = fixture('renshi-town-2020/expected-problems.json')
export const SAMPLE_TEXT = fixture('renshi-town-2020/source.txt')
export const T3_1 = fixture('broken/t3-1-balance/report.json')
export const T3_1_EXPECTED = fixture('broken/t3-1-balance/expected-problems.json')
export const S_1 = fixture('broken/s-1-incomplete/report.json')
export const S_1_EXPECTED = fixture('broken/s-1-incomplete/expected-problems.json')
export const TRUNCATED = fixture('broken/json-truncated/report.json')
export const expectedProblems = (file: string): ReadonlyArray<Problem> => JSON.parse(readFileSync(file, 'utf8')) as ReadonlyArray<Problem>

export const ARTIFACTS = fileURLToPath(new URL('../test-artifacts/', import.meta.url))
