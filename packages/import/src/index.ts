/**
 * @report/import: published annual reports (web page text, TAB- or `|`-separated
 * rows, markdown, HTML, PDF text) into reports of `@report/model`, with notes on
 * what was not understood or assumed, and the model's checks on the result.
 */
export { importReport, type ImportOptions, type ImportResult } from './import-report.js'
export { note, type ImportNote, type NoteCode } from './note.js'
export { decodeBytes, type Encoding, type DecodedText } from './decode-bytes.js'
export type { TableStatus } from './table-read.js'
/** The model's table roles, also here for the callers of `ImportResult.tables`. */
export type { TableRole } from '@report/model'
export { labelKey, containment, pairsOf, tidySpaces, displayWidth } from './normalise.js'
export { splitRun } from './digit-runs.js'
export { publisherOf, scopeOf, titleOf, yearAndAgency } from './metadata.js'
