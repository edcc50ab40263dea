/**
 * Undo and redo over the edited report: every change is a new state; a run of
 * changes to one place (typing in one cell or paragraph) is one step.
 */

/**
 * The states of an edit, the current one last.
 */
export interface EditHistory<S> {
  readonly current: () => S
  /** Records a change; `place` groups consecutive changes to the same place into one step. */
  readonly change: (next: S, place: string) => void
  readonly undo: () => S | undefined
  readonly redo: () => S | undefined
  /** Starts again from `state`, forgetting every step (a file loaded). */
  readonly reset: (state: S) => void
}

/**
 * A history starting at `initial`, keeping at most `limit` steps.
 *
 * @example
 * const history = editHistory(report)
 * history.change(edited, '/tables/review/reconsideration/0')
 * history.undo() // report
 */
export const editHistory = <S>(initial: S, limit = 500): EditHistory<S> => {
  let past: Array<S> = []
  let future: Array<S> = []
  let current = initial
  let lastPlace: string | undefined
  return {
    current: () => current,
    change: (next, place) => {
      if (place !== lastPlace) past = [...past.slice(-limit + 1), current]
      current = next
      future = []
      lastPlace = place
    },
    undo: () => {
      const previous = past.pop()
      if (previous === undefined) return undefined
      future.push(current)
      current = previous
      lastPlace = undefined
      return current
    },
    redo: () => {
      const next = future.pop()
      if (next === undefined) return undefined
      past.push(current)
      current = next
      lastPlace = undefined
      return current
    },
    reset: (state) => {
      past = []
      future = []
      current = state
      lastPlace = undefined
    }
  }
}
