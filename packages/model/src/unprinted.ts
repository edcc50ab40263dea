/**
 * Printed blank or not printed: the places a report's `unprinted` names (rows or
 * tables the published text does not print at all), as the checks ask about them.
 */
import { toPointer, type Path } from './place.js'
import type { Report } from './report.js'

/** The test of a report that prints every place. */
const NOTHING = (): boolean => false

/**
 * A test of whether a JSON Pointer is one of the report's unprinted places or under
 * one: for callers that hold their places' pointers already.
 */
export const unprintedPointerIn = (report: Report): ((pointer: string) => boolean) => {
  if (report.unprinted === undefined || report.unprinted.length === 0) return NOTHING
  const places = new Set(report.unprinted)
  return (pointer) => {
    for (let i = pointer.length; i > 0; i = pointer.lastIndexOf('/', i - 1)) if (places.has(pointer.slice(0, i))) return true
    return false
  }
}

/**
 * A test of whether a path is one of the report's unprinted places or under one.
 *
 * @example
 * unprintedIn(report)(['tables', 'applications', 'results', 'other', 'overdue', 0]) // true when that row is unprinted
 */
export const unprintedIn = (report: Report): ((path: Path) => boolean) => {
  const atPointer = unprintedPointerIn(report)
  // Most reports print everything: no pointer is made for them.
  return atPointer === NOTHING ? NOTHING : (path) => atPointer(toPointer(path))
}
