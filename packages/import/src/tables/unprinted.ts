/**
 * Printed blank or not printed: the model's S-1 warns of every blank cell
 * (`CELL_BLANK`) and every missing table; a row the text does not contain has its
 * one import note instead, and a table after the point where the text stops is not
 * missing from the report but from the page.
 */
import type { Problem } from '@report/model'

const S1_OF_PLACES: ReadonlySet<string> = new Set(['CELL_BLANK', 'TABLE_MISSING', 'TABLE_EMPTY'])
/** The sums of a table, which a table cut off by the end of the text cannot satisfy. */
const SUMS: ReadonlySet<string> = new Set(['APPLICATION_BALANCE', 'RESULTS_TOTAL'])

/** Is the JSON Pointer `path` one of `places` or under one? */
const underAny =
  (places: ReadonlySet<string>) =>
  (path: string): boolean => {
    for (let i = path.length; i > 0; i = path.lastIndexOf('/', i - 1)) if (places.has(path.slice(0, i))) return true
    return false
  }

/**
 * The problems without the S-1 warnings on places the text does not print (`unprinted`,
 * JSON Pointers of rows and tables), and without the sums of the tables the text
 * stops inside (`cut`).
 *
 * @example
 * withoutUnprinted(problems, ['/tables/applications/results/withheld'], []) // no CELL_BLANK under that row
 */
export const withoutUnprinted = (
  problems: ReadonlyArray<Problem>,
  unprinted: ReadonlyArray<string>,
  cut: ReadonlyArray<string>
): ReadonlyArray<Problem> => {
  if (unprinted.length === 0 && cut.length === 0) return problems
  const notPrinted = underAny(new Set(unprinted))
  const inCut = underAny(new Set(cut))
  return problems.filter((p) => !(S1_OF_PLACES.has(p.code) && notPrinted(p.path)) && !(SUMS.has(p.code) && inCut(p.path)))
}
