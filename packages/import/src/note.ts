/**
 * Import notes: what the importer did not understand, where, and what it assumed.
 * Values, collected, never thrown; each has a stable English code and a Chinese
 * message.
 */
import type { Place } from '@report/model'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The stable code of an import note.
 */
export type NoteCode =
  | 'ENCODING_GB18030'
  | 'ENCODING_INVALID'
  | 'INPUT_EMPTY'
  | 'TEXT_TRADITIONAL'
  | 'TEXT_TRUNCATED'
  | 'TITLE_NOT_FOUND'
  | 'YEAR_NOT_FOUND'
  | 'YEAR_ASSUMED'
  | 'AGENCY_NOT_FOUND'
  | 'YEAR_FROM_TEXT'
  | 'AGENCY_FROM_TEXT'
  | 'AGENCY_FROM_PAGE'
  | 'PUBLISHER_ASSUMED'
  | 'SCOPE_ASSUMED'
  | 'PUBLISHED_NOT_FOUND'
  | 'PUBLISHED_FROM_SIGNATURE'
  | 'FORMAT_ASSUMED'
  | 'FORMAT_MIXED'
  | 'PREAMBLE'
  | 'SECTION_NOT_FOUND'
  | 'OUTLINE_PRE_2019'
  | 'TEXT_AFTER_TABLE'
  | 'TABLE_NOT_FOUND'
  | 'ROW_NOT_FOUND'
  | 'TABLE_SKELETON'
  | 'VALUES_REPAIRED'
  | 'VALUES_NOT_PAIRED'
  | 'ROW_LABEL_ASSUMED'
  | 'ROW_SHORT'
  | 'FIELDS_CUT'
  | 'VALUES_SURPLUS'
  | 'VALUES_UNLABELLED'
  | 'VALUE_INVALID'
  | 'DIGITS_SPLIT'
  | 'DIGITS_AMBIGUOUS'
  | 'GROUP_AS_ONE_ROW'
  | 'GROUP_HAS_VALUES'
  | 'REPORT_INVALID'
  | 'INPUT_TOO_LARGE'
  | 'FILE_UNSUPPORTED'
  | 'WORD_BINARY'
  | 'DOCX_BROKEN'
  | 'DOCX_INCOMPLETE'
  | 'DOCX_TOO_LARGE'
  | 'PDF_BROKEN'
  | 'PDF_ENCRYPTED'
  | 'PDF_NO_TEXT'
  | 'PDF_PAGES_NOT_READ'
  | 'PDF_TIMEOUT'

/**
 * One note, with the parts of a `Place` it has: `where` names its place in Chinese
 * (the input line first, `全文` for the whole text); `path`, the JSON Pointer, only
 * when the note is about one place of the report. `line` is the 1-based line of the
 * input (of the HTML source for HTML).
 */
export interface ImportNote extends Pick<Place, 'where'>, Partial<Pick<Place, 'path'>> {
  readonly code: NoteCode
  readonly message: string
  readonly line?: number
}

/**
 * Where a note is: an input line, a place in the report, or both.
 */
export type NoteAt = Partial<Place> & { readonly line?: number | undefined }

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A note at an input line (when known) and a place in the report (when there is one).
 *
 * @example
 * note('ROW_NOT_FOUND', '未找到此行，各单元格按空白处理', { line: 12, where: '表三 （六）其他处理' })
 */
export const note = (code: NoteCode, message: string, at: NoteAt = {}): ImportNote => {
  const where = [at.line === undefined ? undefined : `第 ${at.line} 行`, at.where].filter((s) => s !== undefined && s !== '').join(' ')
  return {
    code,
    where: where === '' ? '全文' : where,
    message,
    ...(at.line === undefined ? {} : { line: at.line }),
    ...(at.path === undefined ? {} : { path: at.path })
  }
}
