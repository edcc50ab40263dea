import { formatReportJson, newReport } from '@report/model'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { EXPORT_NAMES, MAX_FILE_BYTES, ROUTES, STAMP_HEADER, TOKEN_HEADER, type Source } from '../src/protocol.js'
import { stampOf } from '../src/save-file.js'
import { startPreview, type Preview } from '../src/server.js'
import { jsonOf, rawRequest } from './http.js'

const made = newReport({ agency: '某某镇人民政府', year: 2025, publisher: 'township' })
const BLANK = made.report === undefined ? '' : formatReportJson(made.report)
const EDITED = BLANK.replace('"paragraphs": []', '"paragraphs": ["本年度，我镇认真落实政府信息公开工作。"]')

/** The built report command (npm test builds every package first). */
const CLI = fileURLToPath(new URL('../../../packages/cli/dist/main.js', import.meta.url))

const previews: Array<Preview> = []
afterEach(async () => {
  for (const p of previews.splice(0)) await p.close()
})

const opened = async (): Promise<{ preview: Preview; file: string; headers: Record<string, string> }> => {
  const file = join(mkdtempSync(join(tmpdir(), 'preview-save-')), '2025.json')
  writeFileSync(file, BLANK)
  const preview = await startPreview({ file })
  previews.push(preview)
  const origin = new URL(preview.url).origin
  return { preview, file, headers: { origin, [TOKEN_HEADER]: preview.token, [STAMP_HEADER]: stampOf(Buffer.from(BLANK)) } }
}

const saveWith = (preview: Preview, headers: Record<string, string>, body = EDITED) =>
  rawRequest(preview.url, ROUTES.save, { method: 'POST', headers, body: Buffer.from(body) })

describe('saving from the editor', () => {
  it('serves the opened file with its stamp, and writes it atomically, keeping the previous version as .bak', async () => {
    const { preview, file, headers } = await opened()
    const source = jsonOf(await rawRequest(preview.url, ROUTES.source)) as Source
    expect([source.name, source.editable, source.text, source.stamp]).toEqual(['2025.json', true, BLANK, stampOf(Buffer.from(BLANK))])
    const saved = await saveWith(preview, headers)
    expect([saved.status, jsonOf(saved)]).toEqual([200, { stamp: stampOf(Buffer.from(EDITED)) }])
    expect(readFileSync(file, 'utf8')).toBe(EDITED)
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(BLANK)
    // No temporary file is left beside it.
    expect(readdirSync(dirname(file)).sort()).toEqual(['2025.json', '2025.json.bak'])
  })

  it('refuses a save when the file changed on disk since it was loaded, and writes nothing', async () => {
    const { preview, file, headers } = await opened()
    writeFileSync(file, BLANK.replace('某某镇人民政府2025', '某某镇人民政府 2025'))
    const refused = await saveWith(preview, headers)
    expect(refused.status).toBe(409)
    expect(jsonOf(refused)).toMatchObject({ code: 'FILE_CHANGED' })
    expect(readFileSync(file, 'utf8')).not.toBe(EDITED)
  })

  it.each([
    ['without the token', (h: Record<string, string>) => ({ ...h, [TOKEN_HEADER]: '' }), 'TOKEN_REFUSED'],
    ['with a wrong token', (h: Record<string, string>) => ({ ...h, [TOKEN_HEADER]: '0'.repeat(32) }), 'TOKEN_REFUSED'],
    ['from another origin', (h: Record<string, string>) => ({ ...h, origin: 'http://evil.example' }), 'ORIGIN_REFUSED']
  ])('refuses a save %s with 403, the file untouched', async (_, change, code) => {
    const { preview, file, headers } = await opened()
    const refused = await saveWith(preview, change(headers))
    expect([refused.status, (jsonOf(refused) as { code: string }).code]).toEqual([403, code])
    expect(readFileSync(file, 'utf8')).toBe(BLANK)
  })

  it('refuses what is not a report, and a body over the limit', async () => {
    const { preview, file, headers } = await opened()
    const invalid = await saveWith(preview, headers, '{"format": "2021"')
    expect([invalid.status, (jsonOf(invalid) as { code: string }).code]).toEqual([400, 'REPORT_INVALID'])
    const big = await rawRequest(preview.url, ROUTES.save, { method: 'POST', headers: { ...headers, 'content-length': String(MAX_FILE_BYTES + 1) } })
    expect([big.status, (jsonOf(big) as { code: string }).code]).toEqual([413, 'FILE_TOO_LARGE'])
    expect(readFileSync(file, 'utf8')).toBe(BLANK)
  })

  it.each(EXPORT_NAMES)(
    'exports %s as report render --to makes it, with the token only',
    async (format) => {
      const { preview, file, headers } = await opened()
      writeFileSync(file, EDITED)
      const exported = await rawRequest(preview.url, `${ROUTES.export}/${format}`, { method: 'POST', headers, body: Buffer.from(EDITED) })
      expect(exported.status).toBe(200)
      expect(exported.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''2025.${format}`)
      const out = join(dirname(file), `cli.${format}`)
      const cli = spawnSync(process.execPath, [CLI, 'render', file, '-o', out, '--to', format], { encoding: 'utf8' })
      expect(cli.status).toBe(0)
      expect(Buffer.compare(exported.body, readFileSync(out))).toBe(0)
      const refused = await rawRequest(preview.url, `${ROUTES.export}/${format}`, {
        method: 'POST',
        headers: { origin: headers['origin'] ?? '' },
        body: Buffer.from(EDITED)
      })
      expect(refused.status).toBe(403)
    },
    240_000
  ) // two renders, one in a new process: minutes when every package's tests share two cores

  it('refuses to export a report with errors, as report render does without --allow-errors', async () => {
    const { preview, headers } = await opened()
    const broken = EDITED.replace('"newReceived": ["", "", "", "", "", "", ""]', '"newReceived": [1, "", "", "", "", "", 1]')
    const refused = await rawRequest(preview.url, `${ROUTES.export}/pdf`, { method: 'POST', headers, body: Buffer.from(broken) })
    expect([refused.status, (jsonOf(refused) as { code: string }).code]).toEqual([409, 'REPORT_HAS_ERRORS'])
  })
})
