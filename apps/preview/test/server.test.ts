import { BUNDLED_FONTS, FONT_ROLES } from '@report/pdf'
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_FILE_BYTES, ROUTES, tooLargeMessage, VERSION_HEADER } from '../src/protocol.js'
import { startPreview, type Preview } from '../src/server.js'
import { jsonOf, rawRequest } from './http.js'
import { expectedProblems, SAMPLE, SAMPLE_EXPECTED } from './paths.js'

let preview: Preview
beforeAll(async () => {
  preview = await startPreview({ file: SAMPLE })
})
afterAll(() => preview.close())

describe('the preview server', () => {
  it('listens on 127.0.0.1 and serves the page with a strict content security policy', async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{32}$/)
    const page = await rawRequest(preview.url, '/')
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.headers['content-security-policy']).toContain("default-src 'self'; script-src 'self'")
    expect(page.body.toString('utf8')).toContain('<title>报告预览</title>')
  })

  it('serves the opened report as state and as PDF', async () => {
    const state = jsonOf(await rawRequest(preview.url, ROUTES.state)) as { name: string; version: number; kind: string; problems: Array<unknown> }
    expect([state.name, state.version, state.kind, state.problems.length]).toEqual(['report.json', 1, 'report', expectedProblems(SAMPLE_EXPECTED).length])
    const pdf = await rawRequest(preview.url, ROUTES.pdf)
    expect(pdf.status).toBe(200)
    expect(pdf.headers[VERSION_HEADER]).toBe('1')
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })

  it('serves the fonts the PDF uses, for the HTML document', async () => {
    const css = (await rawRequest(preview.url, ROUTES.fonts)).body.toString('utf8')
    expect([...css.matchAll(/font-family: "(report-[a-z]+)"/g)].map((m) => m[1])).toEqual(FONT_ROLES.map((role) => `report-${role}`))
    const urls = [...new Set([...css.matchAll(/url\("([^"]+)"\)/g)].map((m) => m[1] ?? ''))]
    expect(urls).toHaveLength(new Set(FONT_ROLES.map((role) => BUNDLED_FONTS[role].file)).size)
    for (const url of urls) {
      const font = await rawRequest(preview.url, url)
      expect([font.status, font.headers['content-type']]).toEqual([200, `font/${url.slice(url.lastIndexOf('.') + 1)}`])
      expect(font.body.length).toBeGreaterThan(1_000_000)
    }
  })

  it.each([
    '/../package.json',
    '/../../../fixtures/renshi-town-2020/report.json',
    '/assets/../../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/%2E%2E/package.json',
    '/assets/..%2f..%2fpackage.json',
    '/assets/..%5c..%5cpackage.json',
    '/assets\\..\\..\\package.json',
    '//etc/passwd',
    '/%2fetc%2fpasswd',
    'http://127.0.0.1/etc/passwd'
  ])('refuses %s with 403', async (path) => {
    const response = await rawRequest(preview.url, path)
    expect(response.status).toBe(403)
    expect((jsonOf(response) as { code: string }).code).toBe('PATH_REFUSED')
  })

  it.each(['/package.json', '/src/server.ts', '/report.json', '/dist/page/index.html', '/fixtures/renshi-town-2020/report.json', '/etc/passwd'])(
    'serves nothing but its own assets: %s is 404',
    async (path) => {
      const response = await rawRequest(preview.url, path)
      expect(response.status).toBe(404)
      expect(jsonOf(response)).toEqual({ code: 'NOT_FOUND', message: `没有这个地址：${path}` })
    }
  )

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const response = await rawRequest(preview.url, '/', { headers: { host: `evil.example:${new URL(preview.url).port}` } })
    expect(response.status).toBe(403)
    expect((jsonOf(response) as { code: string }).code).toBe('HOST_REFUSED')
  })

  it('refuses a file posted from another site', async () => {
    const response = await rawRequest(preview.url, ROUTES.open, {
      method: 'POST',
      headers: { origin: 'http://evil.example', 'x-file-name': 'a.json' },
      body: readFileSync(SAMPLE)
    })
    expect(response.status).toBe(403)
    expect((jsonOf(response) as { code: string }).code).toBe('ORIGIN_REFUSED')
    expect(preview.session.state().origin).toBe('file')
  })

  it('refuses an upload declared over the limit before reading it', async () => {
    const size = MAX_FILE_BYTES + 1
    const response = await rawRequest(preview.url, ROUTES.open, {
      method: 'POST',
      headers: { 'x-file-name': encodeURIComponent('大文件.json'), 'content-length': String(size), 'x-preview-token': preview.token }
    })
    expect(response.status).toBe(413)
    expect(jsonOf(response)).toEqual({ code: 'FILE_TOO_LARGE', message: tooLargeMessage('大文件.json', size) })
  })

  it('stops reading an upload that grows over the limit', async () => {
    const response = await rawRequest(preview.url, ROUTES.open, {
      method: 'POST',
      headers: { 'x-file-name': 'big.json', 'transfer-encoding': 'chunked', 'x-preview-token': preview.token },
      body: new Uint8Array(MAX_FILE_BYTES + 1024)
    })
    expect(response.status).toBe(413)
    expect((jsonOf(response) as { code: string }).code).toBe('FILE_TOO_LARGE')
    expect(preview.session.state().origin).toBe('file')
  })

  it('refuses other methods', async () => {
    const response = await rawRequest(preview.url, ROUTES.state, { method: 'DELETE' })
    expect(response.status).toBe(405)
  })
})
