/**
 * The document packed into the same bytes for the same input. docx's Packer
 * stamps the current time in `docProps/core.xml` and on every zip entry; this
 * repacks its parts, in docx's order, with a fixed date in both.
 */
import { Packer, type File } from 'docx'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'

/** The date written as the document's creation and modification, and on its zip entries. */
export const FIXED_DATE = '2000-01-01T00:00:00Z'

const CORE = 'docProps/core.xml'

/** `core.xml` with its created and modified dates fixed. */
const fixedCore = (xml: string): string =>
  xml.replace(
    /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
    (_, open: string, _name: string, close: string) => `${open}${FIXED_DATE}${close}`
  )

/**
 * The DOCX bytes of `file`, without the clock, each part of `edits` rewritten by
 * its function.
 */
export const packDocument = async (file: File, edits: Readonly<Record<string, (xml: string) => string>> = {}): Promise<Uint8Array> => {
  const parts = unzipSync(await Packer.toBuffer(file))
  for (const [path, edit] of Object.entries({ ...edits, [CORE]: fixedCore })) {
    const part = parts[path]
    if (part !== undefined) parts[path] = strToU8(edit(strFromU8(part)))
  }
  // fflate writes the local time's fields: a local midnight is the same fields in every time zone.
  return zipSync(parts, { level: 6, mtime: new Date(2000, 0, 1) })
}
