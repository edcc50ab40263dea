/**
 * The DOCX opened by the program that opens it: LibreOffice Writer (Debian's
 * `libreoffice-writer`) converts it to PDF, and the PDF's text gives back every
 * label and number of the view in order, on numbered pages whose numbers sit right
 * on odd pages and left on even ones; body text is set 28 characters a line in the
 * Chinese font fontconfig gives for the official ones (Debian's
 * `fonts-arphic-uming`, installed by .ci/run), and no vertical merge of a table runs
 * over a page break. Its pages, drawn at 150 dpi, are kept in test-artifacts/ to be
 * looked at.
 */
import type { Block, DocumentView } from '@report/view'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { fixtureDocx } from './docx-parts.js'

/** The DOCX converted to PDF by LibreOffice, in a fresh profile so that parallel runs do not share one. */
const convert = (bytes: Uint8Array, name: string): string => {
  const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8' })
  if (probe.error !== undefined)
    throw new Error(`soffice (LibreOffice Writer) is not installed: apt-get install libreoffice-writer (${probe.error.message})`)
  const dir = mkdtempSync(join(tmpdir(), 'report-docx-lo-'))
  const docx = join(dir, `${name}.docx`)
  writeFileSync(docx, bytes)
  const profile = pathToFileURL(join(dir, 'profile')).href
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, docx], {
    stdio: 'ignore'
  })
  return join(dir, `${name}.pdf`)
}

/** Every text of the view in reading order: table cells row by row. */
const textsOf = (view: DocumentView): ReadonlyArray<string> =>
  view.blocks.flatMap((b: Block): ReadonlyArray<string> => {
    switch (b.kind) {
      case 'title':
        return b.lines
      case 'heading':
        return [b.text]
      case 'paragraph':
        return [(b.runIn ?? '') + b.text]
      case 'table':
        return [...b.header, ...b.body].flatMap((row) => row.map((c) => c.text))
      case 'signature':
        return [b.agency, ...(b.date === undefined ? [] : [b.date])]
    }
  })

const ARTIFACTS = new URL('../test-artifacts/', import.meta.url).pathname

/** The Chinese font families fontconfig has, in one of which LibreOffice draws the official fonts' text. */
const chineseFonts = (): string => execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim()

/** Han characters and full-width marks only: a line of these is measured in characters. */
const FULL_WIDTH_ONLY = /^[\u3000-\u303f\u2014\u2018-\u201d\u2026\u3400-\u9fff\uff01-\uff5e]+$/u

const PAGE_NUMBER = /^— (\d+) —$/
const squeeze = (s: string) => s.replace(/\s+/g, '')

/** The first text of `texts` not found in order in `text`, or undefined. */
const firstMissing = (text: string, texts: ReadonlyArray<string>): string | undefined => {
  let at = 0
  for (const t of texts) {
    const found = text.indexOf(squeeze(t), at)
    if (found < 0) return t
    at = found + squeeze(t).length
  }
  return undefined
}

describe.each(['renshi-town-2020', 'example-department-2021'])('LibreOffice opens the DOCX of %s', async (name) => {
  const { view, bytes } = await fixtureDocx(name)
  const pdf = convert(bytes, name)
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1])
  const lines = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).split('\n')

  it('gives back every label and number of the view in order', () => {
    const body = squeeze(lines.filter((l) => !PAGE_NUMBER.test(l.trim())).join(''))
    expect(firstMissing(body, textsOf(view))).toBeUndefined()
    // the title, the first heading and the date, where a reader expects them
    expect(body.startsWith(squeeze(textsOf(view).slice(0, 3).join('')))).toBe(true)
    expect(body.endsWith(squeeze(textsOf(view).slice(-2).join('')))).toBe(true)
  })

  it('numbers every page — N —, odd pages at the right, even pages at the left', () => {
    expect(pages).toBeGreaterThan(2)
    const numbers = lines.map((l) => PAGE_NUMBER.exec(l.trim())?.[1]).filter((n) => n !== undefined)
    expect(numbers).toEqual(Array.from({ length: pages }, (_, i) => String(i + 1)))
    // pdftotext -bbox: each page's last words are its page number; x in points on a 595 pt page
    const bbox = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' })
    const lastDash = [...bbox.split('<page ').slice(1)].map((page) => {
      const dashes = [...page.matchAll(/<word xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>—<\/word>/g)]
      return Number(dashes.at(-1)?.[2])
    })
    lastDash.forEach((xMax, i) => {
      // the text block runs from 79.4 pt to 521.6 pt; one 4号 character is 14 pt
      if (i % 2 === 0) expect(xMax).toBeCloseTo(521.6 - 14, 0)
      else expect(xMax).toBeLessThan(200)
    })
  })

  it('sets the lines of a body paragraph 28 characters long, as the national layout does', () => {
    expect(chineseFonts(), 'no Chinese font is installed: apt-get install fonts-arphic-uming').not.toBe('')
    const paragraphs = view.blocks.flatMap((b) => (b.kind === 'paragraph' ? [squeeze((b.runIn ?? '') + b.text)] : []))
    const text = lines.filter((l) => !PAGE_NUMBER.test(l.trim())).map(squeeze)
    // each paragraph's lines in turn, all but its last: the first holds two characters fewer, after the indent
    let at = 0
    const measured = paragraphs.flatMap((p) => {
      for (let first = at; first < text.length; first++) {
        const own: Array<string> = []
        for (let i = first; own.join('').length < p.length && i < text.length && p.startsWith(own.join('') + text[i]); i++) own.push(text[i] ?? '')
        if (own.join('') !== p || own.length === 0) continue
        at = first + own.length
        return own.slice(0, -1).flatMap((line, i) => (FULL_WIDTH_ONLY.test(line) ? [[...line].length + (i === 0 ? 2 : 0)] : []))
      }
      throw new Error(`paragraph not found in order: ${p.slice(0, 20)}`)
    })
    expect(measured.length).toBeGreaterThanOrEqual(3)
    // 28 to the line; 27 where a mark that may not begin a line takes the last character with it
    expect(measured.filter((n) => n !== 28 && n !== 27)).toEqual([])
    expect(measured.filter((n) => n === 28).length).toBeGreaterThan(measured.length / 2)
  })

  it('keeps each vertical merge of a table on one page', () => {
    const pageTexts = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).split('\f').map(squeeze)
    const pageOf = (label: string, from: number) => pageTexts.findIndex((t, p) => p >= from && t.includes(squeeze(label)))
    const merges = view.blocks.flatMap((b) =>
      b.kind === 'table' ? b.body.flatMap((row, r) => row.filter((c) => c.rowSpan > 1).map((c) => [row, b.body[r + c.rowSpan - 1] ?? []] as const)) : []
    )
    expect(merges.length).toBeGreaterThan(3)
    let from = 0
    for (const [first, last] of merges) {
      const label = (row: ReadonlyArray<{ text: string; role: string; rowSpan: number }>) =>
        row.filter((c) => c.role === 'label' && c.rowSpan === 1).at(-1)?.text ?? ''
      const start = pageOf(label(first), from)
      expect([label(first), start]).not.toContain(-1)
      expect(pageOf(label(last), start), label(last)).toBe(start)
      from = start
    }
  })

  it('signs two characters from the right edge, the date starting two characters right of the agency', () => {
    const signature = view.blocks.find((b) => b.kind === 'signature')
    const lastPage = execFileSync('pdftotext', ['-bbox', '-f', String(pages), '-l', String(pages), pdf, '-'], { encoding: 'utf8' })
    const words = [...lastPage.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({
      x: Number(m[1]),
      y: Number(m[2]),
      end: Number(m[3]),
      text: m[4] ?? ''
    }))
    const agency = words.find((w) => w.text === signature?.agency)
    const dateLine = words.filter((w) => agency !== undefined && w.y > agency.y && w.y < agency.y + 40)
    // the text block ends at 521.6 pt; a 3号 character is set 15.75 pt wide
    expect(agency?.end).toBeCloseTo(521.6 - 2 * 15.75, 0)
    expect(Math.min(...dateLine.map((w) => w.x)) - (agency?.x ?? 0)).toBeCloseTo(2 * 15.75, 0)
  })

  it('draws every page at 150 dpi into test-artifacts/', () => {
    mkdirSync(ARTIFACTS, { recursive: true })
    const mine = () => readdirSync(ARTIFACTS).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
    for (const old of mine()) rmSync(join(ARTIFACTS, old))
    execFileSync('pdftoppm', ['-r', '150', '-png', pdf, join(ARTIFACTS, name)])
    expect(mine()).toHaveLength(pages)
  })
})
