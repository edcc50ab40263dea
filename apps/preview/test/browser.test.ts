/**
 * The viewer in a real browser: Debian's Chromium, headless, driven by
 * playwright-core, against the preview server started in this process.
 */
import { APPLICANT_COLUMNS, APPLICANT_HEADER, APPLICATION_ROWS, dataRows, validateReport, type RowLabel } from '@report/model'
import { copyFileSync, mkdtempSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { MAX_FILE_BYTES, ROUTES, tooLargeMessage } from '../src/protocol.js'
import { startPreview, type Preview } from '../src/server.js'
import { browserSuite } from './browser-suite.js'
import { rawRequest } from './http.js'
import { ARTIFACTS, expectedProblems, S_1, S_1_EXPECTED, SAMPLE, SAMPLE_EXPECTED, SAMPLE_TEXT, T3_1, T3_1_EXPECTED, TRUNCATED } from './paths.js'

const { chromium, closers } = browserSuite()

interface Opened {
  readonly preview: Preview
  readonly page: Page
  /** Console errors, uncaught exceptions and failed requests of the page (a CSP violation is one). */
  readonly errors: Array<string>
  /** The page's requests to the server's routes, as `METHOD /path`. */
  readonly requests: Array<string>
}

const openPreview = async (file: string): Promise<Opened> => {
  const { context } = await chromium()
  const preview = await startPreview({ file })
  const page = await context.newPage()
  const errors: Array<string> = []
  page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined))
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('response', (r) => (r.status() >= 400 ? errors.push(`HTTP ${r.status()} ${r.url()}`) : undefined))
  const requests: Array<string> = []
  page.on('request', (r) => requests.push(`${r.method()} ${new URL(r.url()).pathname}`))
  closers.push(async () => {
    await page.close()
    await preview.close()
  })
  await page.goto(preview.url)
  await page.locator('.document h1, .failure').first().waitFor()
  return { preview, page, errors, requests }
}

/** A copy of a fixture in a fresh folder, to change on disk. */
const workingCopy = (source: string): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'preview-test-')), 'report.json')
  copyFileSync(source, file)
  return file
}

/** The pages of the PDF the server prints, counted in its page tree. */
const pdfPageCount = async (preview: Preview): Promise<number> =>
  (await rawRequest(preview.url, ROUTES.pdf)).body.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0

const pagesDrawn = async (page: Page, preview: Preview): Promise<number> => {
  const count = await pdfPageCount(preview)
  await page.locator(`.pdf-page[data-page="${count}"] canvas`).waitFor()
  return count
}

/** Is the element wholly inside its pane and the window? */
const inView = (page: Page, selector: string): Promise<boolean> =>
  page.$eval(selector, (e) => {
    const box = e.getBoundingClientRect()
    const pane = e.closest('.pane')?.getBoundingClientRect()
    return pane !== undefined && box.top >= pane.top && box.bottom <= pane.bottom && box.top >= 0 && box.bottom <= window.innerHeight
  })

const dropFiles = (page: Page, files: ReadonlyArray<{ name: string; text?: string; size?: number }>): Promise<void> =>
  page.evaluate((files) => {
    const transfer = new DataTransfer()
    files.forEach((f) => transfer.items.add(new File([f.text ?? new Uint8Array(f.size ?? 0)], f.name)))
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }))
  }, files)

const screenshot = async (page: Page, name: string): Promise<void> => {
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await page.screenshot({ path: join(ARTIFACTS, name) })
}

const labelsOf = (rows: ReadonlyArray<RowLabel>): ReadonlyArray<string> => rows.flatMap((row) => [row.label, ...labelsOf(row.children ?? [])])

const sample = JSON.parse(readFileSync(SAMPLE, 'utf8')) as { title: string; format: '2019' | '2021' }

describe('the preview page', () => {
  it('shows the sample: its title, table 三 with the statutory labels, its problems, and its PDF pages', async () => {
    const { page, preview, errors } = await openPreview(SAMPLE)
    expect(await page.textContent('.document h1')).toBe(sample.title)
    expect(await page.$$eval('.document h1 br', (brs) => brs.length)).toBe(1)

    const table = '.statutory.applications'
    expect(await page.$$eval(`${table} tbody th.label`, (ths) => ths.map((th) => th.textContent))).toEqual(labelsOf(APPLICATION_ROWS[sample.format]))
    expect((await page.$$eval(`${table} thead th`, (ths) => ths.map((th) => th.textContent ?? ''))).sort()).toEqual(
      [APPLICANT_HEADER.balanceNote, APPLICANT_HEADER.applicants, APPLICANT_HEADER.organisations, ...APPLICANT_COLUMNS].sort()
    )
    expect(await page.$$eval(`${table} thead th[colspan="5"]`, (ths) => ths.map((th) => th.textContent))).toEqual([APPLICANT_HEADER.organisations])
    expect(await page.locator(`${table} td[data-path]`).count()).toBe(dataRows(APPLICATION_ROWS[sample.format]).length * APPLICANT_COLUMNS.length)

    const expected = expectedProblems(SAMPLE_EXPECTED)
    expect(expected.map((p) => p.severity)).toEqual(['warning', 'warning'])
    expect(await page.getAttribute('.problem-summary', 'data-count')).toBe(String(expected.length))
    expect(await page.textContent('.problem-summary')).toBe('共 2 个问题：错误 0 个，警告 2 个')
    expect(await page.$$eval('.problem', (buttons) => buttons.map((b) => (b as HTMLElement).dataset['path']))).toEqual(expected.map((p) => p.path))
    expect(await page.locator('.has-error').count()).toBe(0)
    expect((await page.$$eval('.has-warning', (marked) => marked.map((e) => (e as HTMLElement).dataset['path'] ?? ''))).sort()).toEqual(
      expected.map((p) => p.path).sort()
    )

    const pages = await pagesDrawn(page, preview)
    expect(pages).toBeGreaterThan(1)
    expect(await page.locator('.pdf-page canvas').count()).toBe(pages)
    expect(await page.textContent('#pages-status')).toBe(`共 ${pages} 页`)
    // The first page is drawn, not blank: a good share of its pixels are ink.
    const ink = await page.$eval('.pdf-page canvas', (canvas) => {
      const { data } = (canvas as HTMLCanvasElement)
        .getContext('2d')
        ?.getImageData(0, 0, (canvas as HTMLCanvasElement).width, (canvas as HTMLCanvasElement).height) ?? { data: [] }
      let dark = 0
      for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) dark += 1
      return dark / (data.length / 4)
    })
    expect(ink).toBeGreaterThan(0.005)
    await screenshot(page, 'preview-sample.png')
    expect(errors).toEqual([])
  })

  it('marks the faulty cells of a dropped broken report, and a click on a problem scrolls to its cell', async () => {
    const { page, requests } = await openPreview(SAMPLE)
    requests.splice(0)
    await dropFiles(page, [{ name: 'broken.json', text: readFileSync(T3_1, 'utf8') }])
    const expected = expectedProblems(T3_1_EXPECTED)
    const errors = expected.filter((p) => p.severity === 'error')
    await page.locator(`.problem-summary[data-count="${expected.length}"]`).waitFor()
    expect(errors.map((p) => p.rule)).toEqual(['T3-1', 'T3-1'])
    expect(await page.textContent('#file-name')).toBe('broken.json')
    expect(await page.textContent('.problem-summary')).toBe(`共 ${expected.length} 个问题：错误 2 个，警告 ${expected.length - 2} 个`)
    const listed = await page.$$eval('.problem', (buttons) =>
      buttons.map((b) => [(b as HTMLElement).dataset['path'], b.querySelector('.where')?.textContent, b.querySelector('.message')?.textContent])
    )
    expect(listed).toEqual(expected.map((p) => [p.path, p.where, p.message]))

    const cell = `td[data-path="${errors[0]?.path ?? ''}"]`
    expect(await page.$$eval('.has-error', (marked) => marked.map((e) => (e as HTMLElement).dataset['path']))).toEqual(errors.map((p) => p.path))
    expect(await page.getAttribute(cell, 'title')).toBe(`错误：${errors[0]?.message ?? ''}`)
    expect(await inView(page, cell)).toBe(false)
    await page.locator('.problem').first().click()
    await expect.poll(() => inView(page, cell)).toBe(true)
    expect(await page.$$eval('.is-focused', (focused) => focused.map((e) => (e as HTMLElement).dataset['path']))).toEqual([errors[0]?.path])
    await expect.poll(() => page.textContent('#pages-status'), { timeout: 60_000 }).toMatch(/^共 \d+ 页$/)
    // The upload's answer drew the new version: its change event fetched no state again.
    expect(requests.filter((r) => r.startsWith('POST') || r === `GET ${ROUTES.state}`)).toEqual([`POST ${ROUTES.open}`])
    await screenshot(page, 'preview-broken.png')
  })

  it('marks the nearest place of a problem on a section or a missing part, and never the whole document', async () => {
    const { page } = await openPreview(SAMPLE)
    await dropFiles(page, [{ name: 's-1.json', text: readFileSync(S_1, 'utf8') }])
    const expected = expectedProblems(S_1_EXPECTED)
    await page.locator(`.problem-summary[data-count="${expected.length}"]`).waitFor()
    expect(expected.map((p) => p.path)).toEqual([
      '/sections/0',
      '/sections',
      '/tables/active/item1/regulations/issued',
      '/tables/applications/results/withheld/queryMatters/2',
      '/tables/applications/results/notProcessed/excessive/5',
      '/tables/review'
    ])
    // The section without content is marked at its heading; the missing section and the missing table 四 have no place.
    const marked = await page.$$eval('.has-error, .has-warning', (places) => places.map((e) => (e as HTMLElement).dataset['path']))
    expect(marked).toEqual(['/sections/0/heading', ...expected.slice(2, 5).map((p) => p.path)])
    await page.locator('.problem[data-path="/sections"]').click()
    expect(await page.$$eval('.is-focused', (focused) => focused.map((e) => e.tagName))).toEqual(['H1'])
    await page.locator('.problem[data-path="/sections/0"]').click()
    expect(await page.$$eval('.is-focused', (focused) => focused.map((e) => (e as HTMLElement).dataset['path']))).toEqual(['/sections/0/heading'])
  })

  it('updates within the page when the file is saved, keeping the scroll position, and says when it is gone', async () => {
    const file = workingCopy(SAMPLE)
    const { page, preview } = await openPreview(file)
    await pagesDrawn(page, preview)
    await page.$eval('#document-pane', (pane) => (pane.scrollTop = 900))
    const cell = 'td[data-path="/tables/applications/newReceived/0"]'
    expect(await page.textContent(cell)).toBe('0')

    const changed = JSON.parse(readFileSync(file, 'utf8')) as { tables: { applications: { newReceived: Array<number> } } }
    changed.tables.applications.newReceived[0] = 5
    writeFileSync(file, JSON.stringify(changed, null, 2))
    const problems = validateReport(changed).problems
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.rule)).toEqual(['T3-1', 'T3-3'])
    await expect.poll(() => page.textContent(cell)).toBe('5')
    expect(await page.getAttribute('.problem-summary', 'data-count')).toBe(String(problems.length))
    expect(await page.$$eval('.problem', (buttons) => buttons.map((b) => (b as HTMLElement).dataset['path']))).toEqual(problems.map((p) => p.path))
    expect(await page.getAttribute(cell, 'class')).toBe('data has-error')
    expect(await page.$eval('#document-pane', (pane) => pane.scrollTop)).toBe(900)

    unlinkSync(file)
    await page.locator('.failure').waitFor()
    expect(await page.textContent('.failure-message')).toBe('report.json：找不到此文件')
    copyFileSync(SAMPLE, file)
    await page.locator('.document h1').waitFor()
    expect(await page.getAttribute('.problem-summary', 'data-count')).toBe(String(expectedProblems(SAMPLE_EXPECTED).length))
  })

  it('refuses an oversized drop with a message and keeps the report', async () => {
    const { page } = await openPreview(SAMPLE)
    const size = MAX_FILE_BYTES + 1024 * 1024
    await dropFiles(page, [{ name: 'big.json', size }])
    await page.locator('.notice').waitFor()
    expect(await page.textContent('.notice span')).toBe(tooLargeMessage('big.json', size))
    expect(await page.textContent('.document h1')).toBe(sample.title)
    await screenshot(page, 'preview-too-large.png')

    await dropFiles(page, [
      { name: 'a.json', text: '{}' },
      { name: 'b.json', text: '{}' }
    ])
    await expect.poll(() => page.textContent('.notice span')).toBe('一次只能打开一个文件，拖入了 2 个')
  })

  it('opens a dropped published text through the importer, with its notes', async () => {
    const { page } = await openPreview(SAMPLE)
    await dropFiles(page, [{ name: 'source.txt', text: readFileSync(SAMPLE_TEXT, 'utf8') }])
    await page.locator('.notes-heading').waitFor()
    expect(await page.textContent('#file-name')).toBe('source.txt')
    expect(await page.textContent('.document h1')).toBe(sample.title)
    expect(await page.getAttribute('.problem-summary', 'data-count')).toBe(String(expectedProblems(SAMPLE_EXPECTED).length))
    expect(
      await page.$$eval('.problem.note', (notes) => notes.map((n) => [(n as HTMLElement).dataset['code'], (n as HTMLElement).dataset['path']]))
    ).toEqual([['DIGITS_SPLIT', '/tables/review']])
    await page.locator('.problem.note').click()
    await expect.poll(() => inView(page, '.table-wrap[data-path="/tables/review"]')).toBe(true)
  })

  it('shows a clear message, not a blank page, for a dropped file that is not a report', async () => {
    const { page } = await openPreview(SAMPLE)
    await dropFiles(page, [{ name: 'truncated.json', text: readFileSync(TRUNCATED, 'utf8') }])
    await page.locator('.failure').waitFor()
    expect(await page.textContent('.failure h2')).toBe('无法显示此报告')
    expect(await page.textContent('.failure-message')).toBe('truncated.json 不是有效的 JSON，无法显示为报告。')
    expect(await page.$$eval('.problem', (buttons) => buttons.map((b) => (b as HTMLElement).dataset['code']))).toEqual(['JSON_INVALID'])
    expect(await page.textContent('#pages .placeholder')).toBe('此文件无法读取为报告，没有 PDF 页面。')
    await screenshot(page, 'preview-invalid.png')
  })
})
