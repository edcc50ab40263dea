import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, get, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSession } from '../src/session.js'
import { SAMPLE, SAMPLE_TEXT } from './paths.js'

/** A server in this process, answering at once: whether it can answer shows whether the event loop is free. */
let pong: Server
let dir: string
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'preview-off-thread-'))
  pong = createServer((_, res) => res.end('pong'))
  await new Promise<void>((resolve) => pong.listen(0, '127.0.0.1', resolve))
})
afterAll(async () => {
  await new Promise((resolve) => pong.close(resolve))
  rmSync(dir, { recursive: true, force: true })
})

const ping = (): Promise<string> =>
  new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port: (pong.address() as AddressInfo).port, path: '/' }, (res) => {
      let body = ''
      res.on('data', (c: Buffer) => (body += c.toString()))
      res.on('end', () => resolve(body))
    }).on('error', reject)
  })

/** The sample's published text with 40,000 table-row lines after it: over a second of importing. */
const slowText = (): Buffer => Buffer.from(readFileSync(SAMPLE_TEXT, 'utf8') + '\n' + '其他对外管理服务事项\t0\t0\t0\n'.repeat(40_000))

/** The sample with three paragraphs of 80,000 characters (each under the limit of one text): slow to print. */
const slowReport = (): Buffer => {
  const report = JSON.parse(readFileSync(SAMPLE, 'utf8')) as { sections: Array<{ paragraphs: Array<string> }> }
  for (let i = 0; i < 3; i++) report.sections[0]?.paragraphs.push('本机关依法公开政府信息。'.repeat(6_667))
  return Buffer.from(JSON.stringify(report))
}

describe('the viewer never blocked', () => {
  it('answers a request while a slow file is imported, then shows it', async () => {
    const file = join(dir, 'report.json')
    copyFileSync(SAMPLE, file)
    const session = await openSession(file)
    try {
      const ended: Array<string> = []
      const loading = session.openDropped('slow.txt', slowText()).then((state) => {
        ended.push('import')
        return state
      })
      // Asked after the import began, answered before it ends: the import runs on a worker, not on this event loop.
      expect(await ping()).toBe('pong')
      ended.push('ping')
      expect(await loading).toMatchObject({ name: 'slow.txt', origin: 'drop', version: 2, kind: 'report' })
      expect(ended).toEqual(['ping', 'import'])
    } finally {
      session.close()
    }
  }, 120_000)

  it('answers a request while a slow PDF is printed, then gives it whole', async () => {
    const file = join(dir, 'report.json')
    copyFileSync(SAMPLE, file)
    const session = await openSession(file)
    try {
      await session.openDropped('slow.json', slowReport())
      const ended: Array<string> = []
      const printing = session.pdf().then((pdf) => {
        ended.push('pdf')
        return pdf
      })
      expect(await ping()).toBe('pong')
      ended.push('ping')
      const pdf = await printing
      expect(ended).toEqual(['ping', 'pdf'])
      expect(
        Buffer.from(pdf ?? [])
          .subarray(0, 5)
          .toString('latin1')
      ).toBe('%PDF-')
    } finally {
      session.close()
    }
  }, 300_000)
})
