/**
 * Report JSON is UTF-8, and nothing else is guessed: bytes in another encoding are
 * refused with a Chinese message naming the encoding they seem to be in and how to
 * save the file as UTF-8 (Notepad's “ANSI” on a Chinese Windows is GB18030).
 */

const UTF8 = new TextDecoder('utf-8', { fatal: true })
const GB18030 = new TextDecoder('gb18030', { fatal: true })

/** How to save a file as UTF-8, the same advice for every refusal. */
const SAVE_AS_UTF8 = '请用文本编辑器另存为 UTF-8 编码（记事本：“另存为”，编码选“UTF-8”）后再试'

/**
 * Which byte-order mark of UTF-16 the bytes start with, if any.
 */
export const utf16Mark = (bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined => {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE'
  return undefined
}

/**
 * The message refusing a file in UTF-16 with a byte-order mark.
 */
export const utf16Refusal = (mark: 'UTF-16LE' | 'UTF-16BE'): string => `文件是 ${mark} 编码（带字节顺序标记），不是 UTF-8；${SAVE_AS_UTF8}`

/**
 * Bytes as UTF-8 text (a byte-order mark dropped), or why they are not: UTF-16
 * with a byte-order mark, bytes that read as GB18030 (GBK), or neither.
 *
 * @example
 * decodeUtf8(new TextEncoder().encode('{}')) // { text: '{}' }
 * decodeUtf8(Uint8Array.of(0xc4, 0xea)) // { refusal: '文件不是 UTF-8 编码，看来是 GB18030（GBK，记事本所谓“ANSI”）；请用…' }
 */
export const decodeUtf8 = (bytes: Uint8Array): { readonly text: string } | { readonly refusal: string } => {
  const mark = utf16Mark(bytes)
  if (mark !== undefined) return { refusal: utf16Refusal(mark) }
  try {
    return { text: UTF8.decode(bytes) } // the decoder drops a UTF-8 byte-order mark
  } catch {
    try {
      GB18030.decode(bytes)
      return { refusal: `文件不是 UTF-8 编码，看来是 GB18030（GBK，记事本所谓“ANSI”）；${SAVE_AS_UTF8}` }
    } catch {
      return { refusal: `文件不是有效的 UTF-8 文本；${SAVE_AS_UTF8}` }
    }
  }
}
