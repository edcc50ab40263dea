/**
 * Workbooks of plain tables, written and read with exceljs: one sheet per table, a
 * bold header row, frozen, with filters. The same sheets give the same bytes (fixed
 * document dates, fixed zip timestamps).
 */
import ExcelJS from 'exceljs'
import { Writable } from 'node:stream'
import { fixZipTimes } from './zip-times.js'

/** A cell of a table: text or a number (`null` for an empty cell when read back). */
export type CellValue = string | number

/**
 * One sheet: its name (at most 31 characters, none of `[]:*?/\`), its columns and
 * its rows, each row a value per column.
 */
export interface Sheet {
  readonly name: string
  readonly columns: ReadonlyArray<{ readonly header: string; readonly width?: number }>
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue>>
}

/** The document date every workbook carries, so that it is not the clock's. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1))

/**
 * The `.xlsx` bytes of `sheets`, written by exceljs's streaming writer: each row is
 * committed as it is added, so a table of 10,000 rows never stands in memory as
 * exceljs's cell objects (only the compressed bytes do).
 *
 * @example
 * await writeWorkbook([{ name: '单位', columns: [{ header: '单位' }, { header: '状态' }], rows: [['某某镇', '已收到']] }])
 */
export const writeWorkbook = async (sheets: ReadonlyArray<Sheet>): Promise<Uint8Array> => {
  const chunks: Array<Buffer> = []
  const sink = new Writable({
    write: (chunk: Buffer, _encoding, done) => {
      chunks.push(chunk)
      done()
    }
  })
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: false, useStyles: true })
  book.creator = 'report'
  book.lastModifiedBy = 'report'
  book.created = FIXED_DATE
  book.modified = FIXED_DATE
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] })
    ws.columns = sheet.columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(10, Math.min(60, c.header.length * 2 + 4)) }))
    if (sheet.columns.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } }
    const header = ws.getRow(1)
    header.font = { bold: true }
    header.commit()
    for (const row of sheet.rows) ws.addRow(row.map((v) => (v === '' ? null : v))).commit()
    ws.commit()
  }
  await book.commit()
  return fixZipTimes(new Uint8Array(Buffer.concat(chunks)))
}

/** A cell read back as a plain value. */
const plain = (value: ExcelJS.CellValue): CellValue | null => {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number') return value
  if (typeof value === 'boolean') return String(value)
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if ('richText' in value) return value.richText.map((r) => r.text).join('')
  if ('result' in value) return plain((value.result ?? null) as ExcelJS.CellValue)
  if ('text' in value) return String(value.text)
  return null
}

/**
 * The sheets of an `.xlsx` file as rows of values (header row included); an empty
 * cell is `null`, a formula its result, a rich text its plain text.
 */
export const readWorkbook = async (
  bytes: Uint8Array
): Promise<ReadonlyArray<{ readonly name: string; readonly rows: ReadonlyArray<ReadonlyArray<CellValue | null>> }>> => {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(Buffer.from(bytes) as never)
  return book.worksheets.map((ws) => {
    const rows: Array<Array<CellValue | null>> = []
    ws.eachRow({ includeEmpty: true }, (row) => {
      const cells: Array<CellValue | null> = []
      for (let c = 1; c <= ws.columnCount; c++) cells.push(plain(row.getCell(c).value))
      rows.push(cells)
    })
    return { name: ws.name, rows }
  })
}
