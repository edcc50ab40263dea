/**
 * The editor's side of the opened file: its text with a stamp (SHA-256 of its
 * bytes), and saving an edited report over it atomically (a temporary file in
 * the same folder, then a rename; the previous version kept as `<file>.bak`),
 * refused when the file changed on disk since the edit began or when the text is
 * not a report.
 */
import { parseReport } from '@report/model'
import { createHash } from 'node:crypto'
import { copyFile, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What a save did: written (with the new stamp), or refused with a code and a
 * Chinese message.
 */
export type SaveOutcome =
  | { readonly kind: 'saved'; readonly stamp: string }
  | { readonly kind: 'refused'; readonly status: number; readonly code: SaveRefusal; readonly message: string }

/**
 * Why a save was refused.
 */
export type SaveRefusal = 'FILE_CHANGED' | 'REPORT_INVALID' | 'SAVE_FAILED'

// -------------------------------------------------------------------------------------
// stamps
// -------------------------------------------------------------------------------------

/**
 * The stamp of some bytes: their SHA-256 in hex.
 */
export const stampOf = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

/**
 * The stamp of the file on disk now, or undefined when it cannot be read.
 */
export const currentStamp = async (file: string): Promise<string | undefined> => {
  try {
    return stampOf(await readFile(file))
  } catch {
    return undefined
  }
}

// -------------------------------------------------------------------------------------
// saving
// -------------------------------------------------------------------------------------

const refused = (status: number, code: SaveRefusal, message: string): SaveOutcome => ({ kind: 'refused', status, code, message })

const UTF8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Writes `bytes` (a report's JSON text) over `file` if the file on disk still has
 * the stamp `base`: to a temporary file beside it, the current file copied to
 * `<file>.bak`, then the temporary file renamed over it. Never leaves half a file.
 *
 * @example
 * await saveReport('/tmp/2025.json', bytes, stampLoaded) // { kind: 'saved', stamp: '…' }
 */
export const saveReport = async (file: string, bytes: Uint8Array, base: string): Promise<SaveOutcome> => {
  let text: string
  try {
    text = UTF8.decode(bytes)
  } catch {
    return refused(400, 'REPORT_INVALID', '保存的内容不是 UTF-8 文本，未保存')
  }
  const { report, problems } = parseReport(text)
  if (report === undefined) {
    const first = problems[0]
    return refused(400, 'REPORT_INVALID', `保存的内容不是有效的报告（${first === undefined ? '' : `${first.where}：${first.message}`}），未保存`)
  }
  const now = await currentStamp(file)
  if (now !== base) {
    return refused(
      409,
      'FILE_CHANGED',
      `${basename(file)} 在载入后已被其他程序修改${now === undefined ? '（或已删除）' : ''}，未保存：您的修改仍在页面中，可选择覆盖或载入磁盘上的版本`
    )
  }
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`)
  try {
    await writeFile(temp, bytes)
    if (now !== undefined) await copyFile(file, `${file}.bak`)
    await rename(temp, file)
  } catch (e) {
    await rm(temp, { force: true })
    return refused(500, 'SAVE_FAILED', `${basename(file)}：无法写入（${(e as NodeJS.ErrnoException).code ?? String(e)}），未保存`)
  }
  return { kind: 'saved', stamp: stampOf(bytes) }
}
