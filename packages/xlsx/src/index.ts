/**
 * @report/xlsx: the summary workbooks of `report aggregate` and `report audit`
 * (exceljs), written the same bytes for the same tables, and read back (a roster
 * given as a workbook, the tests).
 */
export { writeWorkbook, readWorkbook, type Sheet, type CellValue } from './workbook.js'
export { fixZipTimes } from './zip-times.js'
