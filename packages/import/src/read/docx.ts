/**
 * A Word document (`.docx`) to HTML, for the HTML reader: mammoth 1.13 converts
 * it, keeping merged table cells as `colspan`/`rowspan`. mammoth is given the
 * archive through {@link openZip}, never the bytes: the archive's inflated size is
 * checked before anything is inflated, and each part is inflated no further than
 * its directory entry says (a zip bomb stops there). Images are not read; no file
 * outside the document is opened.
 */
import { MAX_UNZIPPED_BYTES } from '@report/model'
import mammoth from 'mammoth'
import { openZip, ZipError, type Zip } from './zip.js'

/** The main part of a Word document: what tells a `.docx` from another zip. */
export const DOCUMENT_PART = 'word/document.xml'

/** What converting a `.docx` gave: its HTML, or why there is none. */
export type DocxHtml = { readonly kind: 'html'; readonly html: string } | { readonly kind: 'too-large' | 'broken' | 'encrypted'; readonly message: string }

/** The archive as mammoth reads a document: whether a part exists, and a part's bytes or text. */
const mammothFile = (zip: Zip) => ({
  exists: (name: string): boolean => zip.entries.has(name),
  read: (name: string, encoding?: string): Promise<string | Uint8Array> => {
    try {
      const bytes = zip.read(name)
      if (encoding === undefined) return Promise.resolve(bytes)
      if (encoding === 'base64') return Promise.resolve(Buffer.from(bytes).toString('base64'))
      return Promise.resolve(new TextDecoder(encoding).decode(bytes))
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)))
    }
  }
})

/** Images are left out: the report is its text and tables. */
const noImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }))

/**
 * Opens a zip's central directory, or says why it cannot be opened.
 */
export const openDocx = (bytes: Uint8Array): Zip | Exclude<DocxHtml, { kind: 'html' }> => {
  try {
    return openZip(bytes, MAX_UNZIPPED_BYTES)
  } catch (e) {
    return e instanceof ZipError ? { kind: e.kind, message: e.message } : { kind: 'broken', message: String(e) }
  }
}

/**
 * The HTML of a Word document whose archive is open; never rejects.
 *
 * @example
 * const zip = openDocx(bytes)
 * if (!('kind' in zip)) (await docxHtml(zip)).kind // 'html'
 */
export const docxHtml = async (zip: Zip): Promise<DocxHtml> => {
  try {
    // mammoth reads a `file` (exists/read) as it reads the archives it opens itself (lib/unzip.js).
    const input = { file: mammothFile(zip) } as unknown as Parameters<typeof mammoth.convertToHtml>[0]
    const { value } = await mammoth.convertToHtml(input, { convertImage: noImages, externalFileAccess: false })
    return { kind: 'html', html: value }
  } catch (e) {
    if (e instanceof ZipError) return { kind: e.kind, message: e.message }
    return { kind: 'broken', message: e instanceof Error ? e.message : String(e) }
  }
}
