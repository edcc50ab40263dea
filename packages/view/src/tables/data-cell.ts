/**
 * The places of a view table: each data cell's printed value with its place, and
 * the places of the table and of its header.
 */
import { cellAt, placeOf, TABLE_NAMES, type Path, type Place, type Report, type TableRole } from '@report/model'
import { viewCell, type ViewCell } from '../document.js'

/**
 * The data cell at `path` of a report, printed as written (a blank stays blank).
 */
export const dataCell = (report: Report, path: Path, colSpan = 1): ViewCell =>
  viewCell('data', String(cellAt(report, path)), { colSpan, place: placeOf(report.format, path) })

/**
 * The place of a table, and the place named for its header rows and row labels.
 */
export const tablePlaces = (report: Report, table: TableRole): { readonly place: Place; readonly headerPlace: Place } => {
  const place = placeOf(report.format, ['tables', table])
  return { place, headerPlace: { path: place.path, where: `${TABLE_NAMES[table]} 表头与行标题` } }
}
