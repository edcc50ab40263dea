/**
 * Table 三 as a grid of ten columns: three for the nested row labels, seven for the
 * applicants. The header holds the 勾稽关系 note and the merged applicant headers;
 * group rows span the rows below them.
 */
import { APPLICANT_COLUMNS, APPLICANT_HEADER, APPLICATION_ROWS, ROW_COLUMNS, type RowLabel, type Report } from '@report/model'
import { viewCell, type TableBlock, type ViewCell } from '../document.js'
import { dataCell, tablePlaces } from './data-cell.js'

const LABEL_COLUMNS = 3
const ORGANISATIONS = APPLICANT_COLUMNS.slice(1, 6)

const header: ReadonlyArray<ReadonlyArray<ViewCell>> = [
  [
    viewCell('header', APPLICANT_HEADER.balanceNote, { colSpan: LABEL_COLUMNS, rowSpan: 3 }),
    viewCell('header', APPLICANT_HEADER.applicants, { colSpan: ROW_COLUMNS.length })
  ],
  [
    viewCell('header', APPLICANT_COLUMNS[0], { rowSpan: 2 }),
    viewCell('header', APPLICANT_HEADER.organisations, { colSpan: ORGANISATIONS.length }),
    viewCell('header', APPLICANT_COLUMNS[6], { rowSpan: 2 })
  ],
  ORGANISATIONS.map((label) => viewCell('header', label))
]

const leafCount = (row: RowLabel): number => (row.children === undefined ? 1 : row.children.reduce((n, c) => n + leafCount(c), 0))

/** The grid rows of `row`, whose label starts at column `depth` of the label columns. */
const rowsOf = (report: Report, row: RowLabel, depth: number, path: ReadonlyArray<string>): Array<Array<ViewCell>> => {
  const here = [...path, row.key]
  if (row.children === undefined) {
    return [
      [
        viewCell('label', row.label, { colSpan: LABEL_COLUMNS - depth }),
        ...ROW_COLUMNS.map((c) => dataCell(report, ['tables', 'applications', ...here, c]))
      ]
    ]
  }
  const rows = row.children.flatMap((child) => rowsOf(report, child, depth + 1, here))
  const [first = []] = rows
  rows[0] = [viewCell('label', row.label, { rowSpan: leafCount(row) }), ...first]
  return rows
}

/**
 * The grid of table 三 (the report must have the table).
 */
export const applicationsTable = (report: Report): TableBlock => ({
  kind: 'table',
  table: 'applications',
  ...tablePlaces(report, 'applications'),
  // Group columns one and four characters wide, a wide leaf column, applicant columns three characters wide.
  widths: [0.4, 1.35, 3.5, ...ROW_COLUMNS.map(() => 1)],
  header,
  body: APPLICATION_ROWS[report.format].flatMap((row) => rowsOf(report, row, 0, []))
})
