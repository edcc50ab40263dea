/**
 * renderPdf: the same bytes twice, a missing glyph as a typed error naming the
 * character and its place, fallback to another font of the set, and the user's
 * official fonts preferred over the bundled ones.
 */
import type { Report } from '@report/model'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BUNDLED_FONTS, RenderError, discoverFonts, renderPdf, systemFontDirs } from '../src/index.js'
import { bundledFontFile } from '../src/fonts/bundled-file.js'
import { loadFixture } from './fixtures.js'
import { pdfText } from './poppler.js'

const sample = loadFixture('renshi-town-2020')
const bundled = { systemFonts: false } as const

/** The sample with `text` inserted at character `at` of the first paragraph. */
const withText = (text: string, at: number): Report => {
  const [first, ...rest] = sample.sections
  if (first === undefined) throw new Error('the sample has sections')
  const [paragraph = '', ...others] = first.paragraphs
  return { ...sample, sections: [{ ...first, paragraphs: [paragraph.slice(0, at) + text + paragraph.slice(at), ...others] }, ...rest] }
}

const writeTemp = (bytes: Uint8Array): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'report-pdf-')), 'out.pdf')
  writeFileSync(file, bytes)
  return file
}

describe('renderPdf', () => {
  it('gives byte-identical PDFs for the same report', async () => {
    const [a, b] = [await renderPdf(sample, bundled), await renderPdf(sample, bundled)]
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0)
    expect(Buffer.from(a.subarray(0, 8)).toString('latin1')).toBe('%PDF-1.3')
  })

  it('refuses a character no font has, naming it and where it is', async () => {
    const error = await renderPdf(withText('𰀀', 2), bundled).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RenderError)
    expect((error as RenderError).failure).toEqual({
      code: 'MISSING_GLYPH',
      char: '𰀀',
      codePoint: 'U+30000',
      index: 3,
      path: '/sections/0/paragraphs/0',
      where: '正文 第1节 第1段'
    })
    expect((error as RenderError).message).toBe('字符“𰀀”（U+30000）在所有字体中都没有字形，无法排印：位于 正文 第1节 第1段 第3个字')
  })

  it('refuses a text longer than any real report’s (3 MB of one paragraph) before laying anything out, naming its place', async () => {
    const error = await renderPdf(withText('公开'.repeat(500_000), 2), bundled).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RenderError)
    const length = (sample.sections[0]?.paragraphs[0]?.length ?? 0) + 1_000_000
    expect((error as RenderError).failure).toEqual({ code: 'TEXT_TOO_LONG', length, path: '/sections/0/paragraphs/0', where: '正文 第1节 第1段' })
    expect((error as RenderError).message).toMatch(new RegExp(`^正文 第1节 第1段 长 ${length} 字，超过一处文字 100000 字的上限`))
  })

  it('names the title and the signature by the model’s field names', async () => {
    const inTitle = await renderPdf({ ...sample, title: `𰀀${sample.title}` }, bundled).catch((e: unknown) => e)
    expect((inTitle as RenderError).failure).toMatchObject({ index: 1, path: '/title', where: '标题' })
    const inAgency = await renderPdf({ ...sample, agency: `${sample.agency}𰀀` }, bundled).catch((e: unknown) => e)
    expect((inAgency as RenderError).failure).toMatchObject({ index: sample.agency.length + 1, path: '/agency', where: '机关名称' })
  })

  it('draws a character missing from its role font in another font of the set', async () => {
    const file = writeTemp(await renderPdf(withText('𠮷', 0), bundled))
    expect(pdfText(file).replace(/\s+/g, '')).toContain('𠮷2020年,任市镇')
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toContain('LXGWWenKai-Regular')
  })
})

describe('fonts', () => {
  it('prefers an official font found in --font-dir over the bundled one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-fonts-'))
    const regular = (await bundledFontFile(BUNDLED_FONTS.heiti)).replace('500Medium/NotoSansSC_500Medium', '400Regular/NotoSansSC_400Regular')
    symlinkSync(regular, join(dir, 'SimHei.ttf'))
    const files = await discoverFonts({ fontDirs: [dir], systemFonts: false })
    expect(files.heiti).toEqual({ role: 'heiti', path: join(dir, 'SimHei.ttf'), source: 'font-dir' })
    expect(files.kaiti.source).toBe('bundled')
    const pdf = writeTemp(await renderPdf(sample, { fontDirs: [dir], systemFonts: false }))
    expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toContain('NotoSansSC-Regular')
  })

  it('knows the usual font folders of each platform', () => {
    expect(systemFontDirs('win32', { WINDIR: 'C:\\Windows' }, '/home/u')[0]).toBe(join('C:\\Windows', 'Fonts'))
    expect(systemFontDirs('darwin', {}, '/Users/u')).toContain('/Users/u/Library/Fonts')
    expect(systemFontDirs('linux', {}, '/home/u')).toEqual([
      '/usr/share/fonts',
      '/usr/local/share/fonts',
      '/home/u/.local/share/fonts',
      '/home/u/.fonts',
      '/usr/share/texlive',
      '/usr/local/texlive'
    ])
  })
})
