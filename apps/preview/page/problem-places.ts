/**
 * Where a problem is in the HTML document: the elements whose `data-path` is its
 * JSON Pointer, or else the nearest ones (the cells of its row, the blocks of its
 * section); cells with problems are marked, and a chosen problem's place is
 * highlighted and scrolled to.
 */
import type { Problem } from '@report/model'
import { SEVERITY_NAMES } from './problem-list.js'

// -------------------------------------------------------------------------------------
// finding
// -------------------------------------------------------------------------------------

/**
 * The elements of `root` that show the value at `pointer`: those with exactly that
 * path, else those inside it (`/tables/applications/results/total` finds the cells
 * of that row, `/sections/0` the blocks of that section), else the same for its
 * parent. A top-level list (`/sections`, `/tables`) is too wide to be a place: a
 * problem there has only its exact element, if any.
 *
 * @example
 * placesOf(document, '/tables/applications/newReceived/0') // [<td data-path="/tables/applications/newReceived/0">]
 */
export const placesOf = (root: ParentNode, pointer: string): ReadonlyArray<HTMLElement> => {
  const all = [...root.querySelectorAll<HTMLElement>('[data-path]')]
  for (let p = pointer; p !== ''; p = p.slice(0, p.lastIndexOf('/'))) {
    const exact = all.filter((e) => e.dataset['path'] === p)
    if (exact.length > 0) return exact
    const topLevel = p.lastIndexOf('/') === 0
    const inside = topLevel ? [] : all.filter((e) => e.dataset['path']?.startsWith(`${p}/`) === true)
    if (inside.length > 0) return inside
  }
  return []
}

// -------------------------------------------------------------------------------------
// marking
// -------------------------------------------------------------------------------------

/**
 * Marks the places of every problem: `has-error` or `has-warning`, with the
 * problems' messages as the element's tooltip.
 */
export const markProblems = (root: ParentNode, problems: ReadonlyArray<Problem>): void => {
  const messages = new Map<HTMLElement, Array<string>>()
  for (const problem of problems) {
    for (const place of placesOf(root, problem.path)) {
      place.classList.add(`has-${problem.severity}`)
      messages.set(place, [...(messages.get(place) ?? []), `${SEVERITY_NAMES[problem.severity]}：${problem.message}`])
    }
  }
  messages.forEach((lines, place) => {
    if (place.classList.contains('has-error')) place.classList.remove('has-warning')
    place.title = lines.join('\n')
  })
}

/**
 * Highlights the places of `pointer` (or, when it has none, the fallback, such as
 * the title) and scrolls the first into the middle of its pane.
 */
export const focusPlaces = (root: ParentNode, pointer: string, fallback: HTMLElement | null): ReadonlyArray<HTMLElement> => {
  root.querySelectorAll('.is-focused').forEach((e) => e.classList.remove('is-focused'))
  const found = placesOf(root, pointer)
  const places = found.length > 0 ? found : fallback === null ? [] : [fallback]
  places.forEach((place) => place.classList.add('is-focused'))
  places[0]?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'smooth' })
  return places
}
