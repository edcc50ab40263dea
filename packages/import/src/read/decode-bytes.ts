/**
 * Bytes to text: UTF-8 with or without a byte-order mark, else GB18030 (which
 * includes GBK and GB2312), told apart by whether the bytes are valid UTF-8.
 */
import { note, type ImportNote } from '../note.js'

/** The encoding an input was read in. */
export type Encoding = 'utf-8' | 'gb18030'

/**
 * The text of the input and the encoding it was read in.
 */
export interface DecodedText {
  readonly text: string
  readonly encoding: Encoding
  readonly notes: ReadonlyArray<ImportNote>
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
const gb18030 = new TextDecoder('gb18030', { fatal: false })

/**
 * Decodes bytes: valid UTF-8 as UTF-8 (a BOM is dropped), anything else as GB18030
 * with a note; bytes that are not GB18030 either become U+FFFD with a note.
 *
 * @example
 * decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).text // 'A'
 */
export const decodeBytes = (bytes: Uint8Array): DecodedText => {
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8', notes: [] }
  } catch {
    const text = gb18030.decode(bytes)
    const replaced = text.includes('\uFFFD')
    return {
      text,
      encoding: 'gb18030',
      notes: [
        note('ENCODING_GB18030', '输入不是有效的 UTF-8，已按 GB18030（GBK）编码读取'),
        ...(replaced ? [note('ENCODING_INVALID', '部分字节不是有效的 GB18030 编码，已替换为“�”')] : [])
      ]
    }
  }
}
