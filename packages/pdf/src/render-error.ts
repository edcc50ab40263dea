/**
 * Why a report cannot be drawn: a character no font of the set has, a text
 * longer than any real report's, or a font file that cannot be read. Thrown by `renderPdf` as a {@link RenderError} with a
 * stable code and a Chinese message.
 */

import { tooLongMessage, type Place } from '@report/model'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A character that no font of the set can draw.
 */
export interface MissingGlyph extends Place {
  readonly code: 'MISSING_GLYPH'
  readonly char: string
  /** `U+XXXX`. */
  readonly codePoint: string
  /** 1-based position of the character in its text. */
  readonly index: number
}

/**
 * A text longer than `MAX_TEXT_CHARS` (`length` UTF-16 units).
 */
export interface TextTooLong extends Place {
  readonly code: 'TEXT_TOO_LONG'
  readonly length: number
}

/**
 * A font file that cannot be read as a font.
 */
export interface FontUnreadable {
  readonly code: 'FONT_UNREADABLE'
  readonly file: string
  readonly reason: string
}

/**
 * Every reason a render fails.
 */
export type RenderFailure = MissingGlyph | TextTooLong | FontUnreadable

// -------------------------------------------------------------------------------------
// formatting
// -------------------------------------------------------------------------------------

/**
 * The Chinese message of a failure.
 *
 * @example
 * failureMessage({ code: 'MISSING_GLYPH', char: '𠀋', codePoint: 'U+2000B', index: 3, path: '/title', where: '标题' })
 * // '字符“𠀋”（U+2000B）在所有字体中都没有字形，无法排印：位于 标题 第3个字'
 */
export const failureMessage = (failure: RenderFailure): string => {
  switch (failure.code) {
    case 'MISSING_GLYPH':
      return `字符“${failure.char}”（${failure.codePoint}）在所有字体中都没有字形，无法排印：位于 ${failure.where} 第${failure.index}个字`
    case 'TEXT_TOO_LONG':
      return `${failure.where} ${tooLongMessage(failure.length)}；未排印`
    case 'FONT_UNREADABLE':
      return `无法读取字体文件 ${failure.file}：${failure.reason}`
  }
}

// -------------------------------------------------------------------------------------
// error
// -------------------------------------------------------------------------------------

/**
 * The error `renderPdf` throws for a report it cannot draw.
 *
 * @example
 * try { await renderPdf(report) } catch (e) { if (e instanceof RenderError) console.error(e.message, e.failure.code) }
 */
export class RenderError extends Error {
  override readonly name = 'RenderError'
  readonly code: RenderFailure['code']
  constructor(readonly failure: RenderFailure) {
    super(failureMessage(failure))
    this.code = failure.code
  }
}
