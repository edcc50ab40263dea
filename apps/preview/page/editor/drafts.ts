/**
 * Unsaved edits kept in the browser (localStorage), one per opened file, so that
 * what was typed survives a reload of the page or a closed tab.
 */

/**
 * An unsaved edit: the report's JSON text and the stamp of the file it began from.
 */
export interface Draft {
  readonly text: string
  readonly stamp: string
}

const keyOf = (file: string): string => `report-preview:draft:${file}`

/**
 * The draft of a file (by its key from the server), if any.
 */
export const loadDraft = (file: string): Draft | undefined => {
  try {
    const raw = localStorage.getItem(keyOf(file))
    const draft = raw === null ? undefined : (JSON.parse(raw) as Partial<Draft>)
    return typeof draft?.text === 'string' && typeof draft.stamp === 'string' ? { text: draft.text, stamp: draft.stamp } : undefined
  } catch {
    return undefined
  }
}

/**
 * Keeps the draft of a file; false when the browser refused (storage full or off).
 */
export const keepDraft = (file: string, draft: Draft): boolean => {
  try {
    localStorage.setItem(keyOf(file), JSON.stringify(draft))
    return true
  } catch {
    return false
  }
}

/**
 * Forgets the draft of a file (it was saved, or given up).
 */
export const dropDraft = (file: string): void => {
  try {
    localStorage.removeItem(keyOf(file))
  } catch {
    // Nothing kept, nothing to forget.
  }
}
