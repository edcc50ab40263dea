/**
 * Fixed timestamps in a zip archive: exceljs's zip writer stamps every entry with
 * the clock, so the same workbook would differ from run to run. Every entry's DOS
 * time and date, in its central directory record and its local header, is set to
 * 1980-01-01 00:00 (the earliest DOS date); the contents and their checksums are
 * untouched.
 */

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50
/** 1980-01-01 as a DOS date: day 1, month 1, year 0. */
const DOS_DATE = (1 << 5) | 1

const endOfDirectory = (view: DataView): number => {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at
  }
  throw new Error('not a zip archive: no end of central directory')
}

/**
 * A copy of a zip archive with every entry's time and date fixed.
 *
 * @example
 * fixZipTimes(await workbook.xlsx.writeBuffer()) // the same bytes for the same workbook
 */
export const fixZipTimes = (zip: Uint8Array): Uint8Array => {
  const bytes = new Uint8Array(zip)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = endOfDirectory(view)
  const entries = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== DIRECTORY_ENTRY) throw new Error(`not a zip archive: bad directory entry at ${at}`)
    view.setUint16(at + 12, 0, true)
    view.setUint16(at + 14, DOS_DATE, true)
    const local = view.getUint32(at + 42, true)
    if (view.getUint32(local, true) !== LOCAL_HEADER) throw new Error(`not a zip archive: bad local header at ${local}`)
    view.setUint16(local + 10, 0, true)
    view.setUint16(local + 12, DOS_DATE, true)
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return bytes
}
