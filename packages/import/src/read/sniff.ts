/**
 * What kind of file the bytes are, told by their content, never by their name: a
 * PDF (`%PDF-` near the start), a zip archive (`PK`, a `.docx` when it holds
 * `word/document.xml`), an OLE compound file (`D0 CF 11 E0`: a Word 97–2003
 * `.doc`, or an encrypted Office file), RTF, or else text or HTML.
 */

/** The forms of a document beside text and HTML: the files read (PDF, Word) and those refused. */
export type DocumentForm = 'pdf' | 'docx' | 'doc' | 'rtf' | 'zip'

/** The kinds of input told apart by their first bytes. */
export type Sniffed = 'pdf' | 'zip' | 'ole' | 'rtf' | 'text'

const startsWith = (bytes: Uint8Array, sig: ReadonlyArray<number>, at = 0): boolean => sig.every((b, i) => bytes[at + i] === b)

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-
const ZIP = [0x50, 0x4b] // PK
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66] // {\rtf
/** A PDF may have junk before its header; readers look this far. */
const PDF_WINDOW = 1024

/** The UTF-16 name of an encrypted Office file's stream. */
const ENCRYPTED_PACKAGE = [...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0])

/**
 * The kind of the bytes.
 *
 * @example
 * sniff(new TextEncoder().encode('%PDF-1.7')) // 'pdf'
 */
export const sniff = (bytes: Uint8Array): Sniffed => {
  if (startsWith(bytes, OLE)) return 'ole'
  if (startsWith(bytes, ZIP) && (bytes[2] === 0x03 || bytes[2] === 0x05 || bytes[2] === 0x07) && bytes[3] === bytes[2] + 1) return 'zip'
  if (startsWith(bytes, RTF)) return 'rtf'
  const window = Math.min(bytes.length - PDF.length, PDF_WINDOW)
  for (let at = 0; at <= window; at++) {
    if (bytes[at] === 0x25 && startsWith(bytes, PDF, at)) return 'pdf'
  }
  return 'text'
}

/**
 * Is an OLE compound file an encrypted Office document (a password-protected
 * `.docx` is stored this way) rather than a `.doc`?
 */
export const isEncryptedOffice = (bytes: Uint8Array): boolean => {
  const end = Math.min(bytes.length, 1 << 20) - ENCRYPTED_PACKAGE.length
  for (let at = 0; at <= end; at++) {
    if (bytes[at] === 0x45 && startsWith(bytes, ENCRYPTED_PACKAGE, at)) return true
  }
  return false
}
