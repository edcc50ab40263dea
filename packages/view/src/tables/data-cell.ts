/**
 * A data cell of a view table: the printed value and the JSON Pointer of its place.
 *
 * @since 0.1.0
 */
import { cellAt, toPointer, type Path, type Report } from '@report/model'
import { viewCell, type ViewCell } from '../document.js'

/**
 * The data cell at `path` of a report, printed as written (a blank stays blank).
 *
 * @category constructors
 * @since 0.1.0
 */
export const dataCell = (report: Report, path: Path, colSpan = 1): ViewCell =>
  viewCell('data', String(cellAt(report, path)), { colSpan, path: toPointer(path) })
