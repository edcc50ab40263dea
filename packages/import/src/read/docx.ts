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

/** The main part as the package's relationships name it (`_rels/.rels`), else `word/document.xml`. */
const mainPart = (zip: Zip): string => {
  if (!zip.entries.has('_rels/.rels')) return DOCUMENT_PART
  try {
    const rels = new TextDecoder().decode(zip.read('_rels/.rels'))
    const target = /Type="[^"]*\/officeDocument"[^>]*Target="\/?([^"]+)"|Target="\/?([^"]+)"[^>]*Type="[^"]*\/officeDocument"/.exec(rels)
    return target?.[1] ?? target?.[2] ?? DOCUMENT_PART
  } catch {
    return DOCUMENT_PART
  }
}

/** What converting a `.docx` gave: its HTML, or why there is none. */
export type DocxHtml = { readonly kind: 'html'; readonly html: string } | { readonly kind: 'too-large' | 'broken' | 'encrypted'; readonly message: string }

// -------------------------------------------------------------------------------------
// a lean main part
// -------------------------------------------------------------------------------------

/** Tracked changes of properties: they hold properties of their own (a `w:rPr` in a `w:rPrChange`), so go first. */
const PROPERTY_CHANGES =
  /<w:(rPrChange|pPrChange|tblPrChange|tcPrChange|trPrChange|sectPrChange|tblGridChange|numberingChange)\b[^>]*?(?:\/>|>[\s\S]*?<\/w:\1>)/g
/** A paragraph's properties; kept only as the mark of a deleted paragraph (mammoth joins it to the next). */
const PARAGRAPH_PROPERTIES = /<w:pPr\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:pPr>)/g
/** A row's properties; kept only as the mark of a deleted row (mammoth leaves it out). */
const ROW_PROPERTIES = /<w:trPr\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:trPr>)/g
/** A cell's properties; only its merges are kept (mammoth's colspan and rowspan). */
const CELL_PROPERTIES = /<w:tcPr\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:tcPr>)/g
const MERGES = /<w:(?:gridSpan|vMerge|hMerge)\b[^>]*\/>/g
/** Formatting and bookkeeping that mammoth reads but the report does not need (not a deleted paragraph's mark). */
const FORMATTING =
  /<w:rPr\b(?!><w:del\/>)[^>]*?(?:\/>|>[\s\S]*?<\/w:rPr>)|<w:(tblPr|tblPrEx|tblGrid|sectPr)\b[^>]*?(?:\/>|>[\s\S]*?<\/w:\1>)|<w:(?:proofErr|bookmarkStart|bookmarkEnd|lastRenderedPageBreak|noProof)\b[^>]*\/>|\s(?:w14|wp14|w15):[A-Za-z]+="[^"]*"|\sw:rsid[A-Za-z]*="[^"]*"/g

/**
 * The main part without what only draws the document: run and table formatting,
 * paragraph styles and numbering, revision ids. A WPS template is a fifth of its size
 * this way and mammoth reads it three times as fast; the text, the tables and their
 * merged cells, deleted rows and paragraph marks are as they were.
 *
 * @example
 * leanDocumentXml('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>规章</w:t></w:r></w:p>')
 * // '<w:p><w:r><w:t>规章</w:t></w:r></w:p>'
 */
export const leanDocumentXml = (xml: string): string =>
  xml
    .replace(PROPERTY_CHANGES, '')
    .replace(PARAGRAPH_PROPERTIES, (_, inner?: string) =>
      /<w:rPr\b[^>]*>[\s\S]*?<w:del\b/.test(inner ?? '') ? '<w:pPr><w:rPr><w:del/></w:rPr></w:pPr>' : ''
    )
    .replace(ROW_PROPERTIES, (_, inner?: string) => (/<w:del\b/.test(inner ?? '') ? '<w:trPr><w:del/></w:trPr>' : ''))
    .replace(CELL_PROPERTIES, (_, inner?: string) => `<w:tcPr>${(inner ?? '').match(MERGES)?.join('') ?? ''}</w:tcPr>`)
    .replace(FORMATTING, '')

// -------------------------------------------------------------------------------------
// mammoth
// -------------------------------------------------------------------------------------

/** The longest main part (in characters, formatting left out) given to mammoth; a report's is well under 1 MB. */
export const MAX_MAIN_PART = 6 * 1024 * 1024

/** Parts mammoth reads for styles and list numbering, which the report does not use: left out. */
const UNUSED_PARTS = new Set(['word/styles.xml', 'word/numbering.xml'])

/** The archive as mammoth reads a document: whether a part exists, and a part's bytes or text (the main part lean, when `lean`). */
const mammothFile = (zip: Zip, main: string, lean: boolean) => ({
  exists: (name: string): boolean => zip.entries.has(name) && !(lean && UNUSED_PARTS.has(name)),
  read: (name: string, encoding?: string): Promise<string | Uint8Array> => {
    try {
      const bytes = zip.read(name)
      if (encoding === undefined) return Promise.resolve(bytes)
      if (encoding === 'base64') return Promise.resolve(Buffer.from(bytes).toString('base64'))
      const text = /^utf-?8$/i.test(encoding)
        ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
        : new TextDecoder(encoding).decode(bytes)
      if (name !== main) return Promise.resolve(text)
      const part = lean ? leanDocumentXml(text) : text
      // mammoth holds the whole part as a DOM, about 60 bytes a character: a bound on the memory and time it takes.
      if (part.length > MAX_MAIN_PART) {
        throw new ZipError(
          'too-large',
          `正文（${main}）${lean ? '去掉格式后' : ''}有 ${Math.ceil(part.length / 1024 / 1024)} MB，超过 ${MAX_MAIN_PART / 1024 / 1024} MB 的上限`
        )
      }
      return Promise.resolve(part)
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
  const convert = async (lean: boolean): Promise<string> => {
    // mammoth reads a `file` (exists/read) as it reads the archives it opens itself (lib/unzip.js).
    const input = { file: mammothFile(zip, mainPart(zip), lean) } as unknown as Parameters<typeof mammoth.convertToHtml>[0]
    const { value } = await mammoth.convertToHtml(input, { convertImage: noImages, externalFileAccess: false, includeDefaultStyleMap: false })
    return value
  }
  try {
    return { kind: 'html', html: await convert(true) }
  } catch (e) {
    if (e instanceof ZipError) return { kind: e.kind, message: e.message }
  }
  try {
    // The lean part should never be the fault; if it is, the part as it is.
    return { kind: 'html', html: await convert(false) }
  } catch (e) {
    if (e instanceof ZipError) return { kind: e.kind, message: e.message }
    return { kind: 'broken', message: e instanceof Error ? e.message : String(e) }
  }
}
