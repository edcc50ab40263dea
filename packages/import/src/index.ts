/**
 * @report/import: published annual reports (web page text, TAB- or `|`-separated
 * rows, markdown, HTML, PDF text) into reports of `@report/model`, with notes on
 * what was not understood or assumed, and the model's checks on the result.
 */
export { importReport, type ImportOptions, type ImportResult } from './import-report.js'
export { importDocument, type DocumentOptions } from './import-document.js'
export type { DocumentForm } from './read/sniff.js'
export type { PdfLimits } from './read/pdf-text.js'
export { note, type ImportNote, type NoteAt, type NoteCode } from './note.js'
export { decodeBytes, type Encoding, type DecodedText } from './read/decode-bytes.js'
export type { TableStatus } from './tables/table-read.js'
export { labelKey, containment, pairsOf } from './text/label-key.js'
export { tidySpaces, displayWidth } from './text/spacing.js'
export { splitRun } from './tables/digit-runs.js'
export { titleOf, yearAndAgency } from './outline/title.js'
export { publisherOf, scopeOf } from './outline/publisher.js'
