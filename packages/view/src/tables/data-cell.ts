/**
 * A data cell of a view table: the printed value and the JSON Pointer of its place.
 */
import { cellAt, toPointer, type Path, type Report } from '@report/model'
import { viewCell, type ViewCell } from '../document.js'

/**
 * The data cell at `path` of a report, printed as written (a blank stays blank).
 */
export const dataCell = (report: Report, path: Path, colSpan = 1): ViewCell =>
  viewCell('data', String(cellAt(report, path)), { colSpan, path: toPointer(path) })
