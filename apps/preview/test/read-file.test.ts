import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_FILE_BYTES, tooLargeMessage } from '../src/protocol.js'
import { readOpenedFile } from '../src/read-file.js'

const dir = mkdtempSync(join(tmpdir(), 'preview-read-'))

describe('readOpenedFile', () => {
  it('reads a file', async () => {
    writeFileSync(join(dir, 'a.json'), '{}')
    expect(await readOpenedFile(join(dir, 'a.json'))).toEqual({ kind: 'bytes', bytes: Buffer.from('{}') })
  })

  it('names a missing file', async () => {
    expect(await readOpenedFile(join(dir, 'missing.json'))).toEqual({ kind: 'unreadable', message: 'missing.json：找不到此文件' })
  })

  it('names a folder', async () => {
    mkdirSync(join(dir, 'folder.json'))
    expect(await readOpenedFile(join(dir, 'folder.json'))).toEqual({ kind: 'unreadable', message: 'folder.json：这是目录，不是文件' })
  })

  it('refuses a file over the limit without reading it', async () => {
    writeFileSync(join(dir, 'big.json'), '')
    truncateSync(join(dir, 'big.json'), MAX_FILE_BYTES + 1)
    expect(await readOpenedFile(join(dir, 'big.json'))).toEqual({ kind: 'unreadable', message: tooLargeMessage('big.json', MAX_FILE_BYTES + 1) })
    expect(tooLargeMessage('big.json', MAX_FILE_BYTES + 1)).toBe('big.json：文件过大（10.1 MB），上限为 10 MB')
  })

  it('refuses a device at once, never reading it (/dev/zero would fill memory)', async () => {
    expect(await readOpenedFile('/dev/zero')).toEqual({ kind: 'unreadable', message: 'zero：不是普通文件（设备、管道或套接字），无法显示' })
  })

  it('refuses a FIFO without waiting for a writer', async () => {
    const fifo = join(dir, 'pipe.json')
    execFileSync('mkfifo', [fifo])
    expect(await readOpenedFile(fifo)).toEqual({ kind: 'unreadable', message: 'pipe.json：不是普通文件（设备、管道或套接字），无法显示' })
  })
})
