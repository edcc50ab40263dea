import { fixturePath } from '@report/fixtures'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hasStackTrace, jsonLines, runCli } from './run-cli.js'

const temp = (name: string, bytes: Uint8Array | string): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'report-import-doc-')), name)
  writeFileSync(file, bytes)
  return file
}

describe('report import: Word and PDF, by their content', () => {
  it.each(['hongze-district-2023', 'hongze-district-2024'])(
    '%s: the published PDF writes exactly the report its text writes, and pdfjs prints nothing',
    (name) => {
      const fromPdf = runCli(['import', `fixtures/${name}/source.pdf`])
      const fromText = runCli(['import', `fixtures/${name}/source.txt`])
      expect(fromPdf.stdout).toBe(readFileSync(fixturePath(name, 'report.json'), 'utf8'))
      expect(fromPdf.stdout).toBe(fromText.stdout)
      expect(fromPdf.status).toBe(fromText.status)
      // The notes and problems on stderr, naming pages instead of lines; nothing else.
      expect(fromPdf.stderr.split('\n').filter((l) => /Warning|Info:|pdf\.js|pdfjs/i.test(l))).toEqual([])
      expect(fromPdf.stderr).toContain('第 4 页 表三')
    }
  )

  it('reads a PDF and a .docx whatever their names', () => {
    const pdf = temp('report.txt', readFileSync(fixturePath('hongze-district-2024', 'source.pdf')))
    const { stdout } = runCli(['import', pdf, '--json'])
    expect(jsonLines(stdout)[0]).toMatchObject({ format: '2021', error: null })
    const docx = temp('template', readFileSync(fixturePath('national-template-2021', 'template.docx')))
    const blank = runCli(['import', docx, '--json'])
    expect(jsonLines(blank.stdout)[0]).toMatchObject({ ok: false, error: { code: 'REPORT_NOT_MADE' } })
    expect(JSON.stringify(jsonLines(blank.stdout)[0])).toContain('YEAR_NOT_FOUND')
  })

  it('refuses a .doc and a broken PDF in Chinese, exit 1, no stack trace', () => {
    const doc = new Uint8Array(1024)
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    const cases: ReadonlyArray<readonly [string, Uint8Array | string, string]> = [
      ['old.doc', doc, 'WORD_BINARY'],
      ['broken.pdf', '%PDF-1.7\n这不是 PDF\n', 'PDF_BROKEN']
    ]
    for (const [name, bytes, code] of cases) {
      const { status, stdout, stderr } = runCli(['import', temp(name, bytes)])
      expect(status).toBe(1)
      expect(stdout).toContain(`[${code}]`)
      expect(stdout).toContain('未能生成报告')
      expect(hasStackTrace(stdout + stderr)).toBe(false)
      expect(stderr).toBe('')
    }
  })
})
