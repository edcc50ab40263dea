/**
 * A second chance for a PDF whose end is lost (a download cut short, a damaged
 * cross-reference stream): pdfjs rebuilds the cross-reference table by scanning
 * the objects, but only with a trailer naming the document's catalog, and a
 * cross-reference stream at the end of the file is that trailer. Such a file gets a
 * trailer appended that names the catalog found among its objects, so that the
 * pages it still holds can be read. Encrypted files are left as they are.
 */

/** The type of a cross-reference stream. */
const XREF_TYPE = /\/XRef(?![A-Za-z])/g

/** An object whose dictionary (before its `endobj`) is a catalog. */
const CATALOG = /(\d{1,10})\s+(\d{1,5})\s+obj\s*<<(?:(?!endobj)[^]){0,4000}?\/Type\s*\/Catalog(?![A-Za-z])/g

/**
 * The bytes with a trailer naming their catalog appended, or `undefined` when no
 * catalog is found outside an object stream, or the file is encrypted. With
 * `rebuild`, pdfjs is made to rebuild the whole table even when the file's own end
 * is whole: the appended `startxref` points at no table, and the file's
 * cross-reference streams are renamed (in place), so that only the objects found by
 * scanning count — for a table whose entries are damaged, not lost.
 *
 * @example
 * withTrailer(new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<</Type /Catalog /Pages 2 0 R>>\nendobj\n'))
 * // the same bytes and '\nendstream\nendobj\ntrailer\n<</Root 1 0 R>>\n%%EOF\n'
 */
export const withTrailer = (data: Uint8Array, rebuild = false): Uint8Array | undefined => {
  const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1')
  if (text.includes('/Encrypt')) return undefined
  // The last one: an incremental update's catalog replaces the first.
  const catalog = [...text.matchAll(CATALOG)].at(-1)
  if (catalog === undefined) return undefined
  // The object the file stops in is ended first: pdfjs finds the trailer after an `endobj`.
  const end = rebuild ? 'startxref\n0\n%%EOF\n' : '%%EOF\n'
  const trailer = new TextEncoder().encode(`\nendstream\nendobj\ntrailer\n<</Root ${catalog[1]} ${catalog[2]} R>>\n${end}`)
  const out = new Uint8Array(data.length + trailer.length)
  out.set(data)
  if (rebuild) for (const m of text.matchAll(XREF_TYPE)) out[(m.index ?? 0) + 4] = 0x58 // /XRef → /XReX
  out.set(trailer, data.length)
  return out
}
