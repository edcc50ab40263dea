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
  const past: Array<S> = []
  const future: Array<S> = []
  let current = initial
  let lastPlace: string | undefined
  /** Moves one state from `from` to current, the current one onto `to`. */
  const step = (from: Array<S>, to: Array<S>): S | undefined => {
    const next = from.pop()
    if (next === undefined) return undefined
    to.push(current)
    current = next
    lastPlace = undefined
    return current
  }
  return {
    current: () => current,
    change: (next, place) => {
      if (place !== lastPlace) {
        past.push(current)
        if (past.length > limit) past.shift()
      }
      current = next
      future.length = 0
      lastPlace = place
    },
    undo: () => step(past, future),
    redo: () => step(future, past),
    reset: (state) => {
      past.length = 0
      future.length = 0
      current = state
      lastPlace = undefined
    }
  }
}
