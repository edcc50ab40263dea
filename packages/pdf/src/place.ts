/**
 * Naming a text's place in the report for messages, from its JSON Pointer.
 */
import { describePath, fromPointer, type FormatVersion } from '@report/model'
import type { Place } from './render-error.js'

/**
 * The place of the text at `pointer`, named in Chinese.
 *
 * @example
 * describePlace('2019', '/sections/0/paragraphs/1') // { path: '/sections/0/paragraphs/1', where: '正文 第1节 第2段' }
 */
export const describePlace = (version: FormatVersion, pointer: string): Place => ({
  path: pointer,
  where: describePath(version, fromPointer(pointer))
})
