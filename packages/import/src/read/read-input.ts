/**
 * The input as text: bytes decoded (UTF-8 or GB18030), a string taken as it is
 * (without a byte-order mark), and its form told from its content.
 */
import { decodeBytes, type DecodedText } from './decode-bytes.js'
import { looksLikeHtml } from './html-lines.js'

/**
 * The input's text, its encoding, its form (HTML or plain text) and the notes of
 * its decoding.
 */
export interface Input extends DecodedText {
  readonly form: 'text' | 'html'
}

/**
 * Reads the input: bytes in their encoding, a string as UTF-8.
 *
 * @example
 * readInput('<p>一、总体情况</p>').form // 'html'
 */
export const readInput = (input: Uint8Array | string): Input => {
  const decoded: DecodedText = typeof input === 'string' ? { text: input.replace(/^\uFEFF/, ''), encoding: 'utf-8', notes: [] } : decodeBytes(input)
  return { ...decoded, form: looksLikeHtml(decoded.text) ? 'html' : 'text' }
}
