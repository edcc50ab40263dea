/**
 * Opening another report by dropping it on the page (or choosing it): one file at a
 * time, refused with a Chinese message above the size limit.
 */
import { MAX_FILE_BYTES, tooLargeMessage } from '../src/protocol.js'

/**
 * The file of a drop or a choice, or the Chinese message saying why it is refused.
 *
 * @example
 * chosenFile([]) // '拖入的内容不是文件'
 */
export const chosenFile = (files: ArrayLike<File>): File | string => {
  const file = files[0]
  if (file === undefined) return '拖入的内容不是文件'
  if (files.length > 1) return `一次只能打开一个文件，拖入了 ${files.length} 个`
  if (file.size > MAX_FILE_BYTES) return tooLargeMessage(file.name, file.size)
  return file
}

/**
 * Accepts files dropped anywhere on the page: while a file is dragged over it,
 * `document.body` has the class `dragging`.
 */
export const acceptDrops = (onFile: (file: File) => void, onRefused: (message: string) => void): void => {
  let depth = 0
  const dragging = (on: boolean): void => {
    document.body.classList.toggle('dragging', on)
  }
  window.addEventListener('dragenter', (e) => {
    e.preventDefault()
    depth += 1
    dragging(true)
  })
  window.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1)
    if (depth === 0) dragging(false)
  })
  window.addEventListener('dragover', (e) => e.preventDefault())
  window.addEventListener('drop', (e) => {
    e.preventDefault()
    depth = 0
    dragging(false)
    const file = chosenFile(e.dataTransfer?.files ?? [])
    if (typeof file === 'string') onRefused(file)
    else onFile(file)
  })
}
