/** @report/xlsx: Writes and reads the summary workbooks of aggregate and audit (exceljs), kept apart for its size. */
export {}
