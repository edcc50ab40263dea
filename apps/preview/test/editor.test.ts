/**
 * The edit mode in Debian's Chromium: a new report typed into, pasted into and
 * written in, saved byte for byte; a change on disk while editing; writes refused
 * without the token or from another origin; the time from a keystroke to the
 * problems updated.
 */
import { decodeReport, formatReportJson, newReport, setAt, validateText, type Path, type Report } from '@report/model'
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { EDIT_MEASURE, ROUTES } from '../src/protocol.js'
import { startPreview, type Preview } from '../src/server.js'
import { browserSuite } from './browser-suite.js'
import { ARTIFACTS, fixture } from './paths.js'

const { chromium, closers } = browserSuite()

const made = newReport({ agency: '某某镇人民政府', year: 2025, publisher: 'township' })
if (made.report === undefined) throw new Error(made.error.message)
const BLANK: Report = made.report
const BLANK_TEXT = formatReportJson(BLANK)

/** A fresh folder holding `text` as 2025.json, as `report new -o 2025.json` writes it. */
const fileWith = (text: string): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'preview-editor-')), '2025.json')
  writeFileSync(file, text)
  return file
}

const openEditing = async (file: string): Promise<{ preview: Preview; page: Page; errors: Array<string> }> => {
  const { context } = await chromium()
  const preview = await startPreview({ file })
  const page = await context.newPage()
  const errors: Array<string> = []
  page.on('pageerror', (e) => errors.push(e.message))
  closers.push(async () => {
    await page.close()
    await preview.close()
  })
  await page.goto(preview.url)
  await page.locator('.document h1').first().waitFor()
  await page.click('#edit-toggle')
  await page.locator('.editor').waitFor()
  return { preview, page, errors }
}

const cell = (pointer: string): string => `td[data-path="${pointer}"] input`
const codes = (page: Page): Promise<ReadonlyArray<string>> => page.$$eval('.problem', (bs) => bs.map((b) => (b as HTMLElement).dataset['code'] ?? ''))
const shot = async (page: Page, name: string): Promise<void> => {
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await page.screenshot({ path: join(ARTIFACTS, name) })
}

const put = (report: Report, cells: ReadonlyArray<readonly [Path, unknown]>): Report =>
  cells.reduce<Report>((r, [path, value]) => setAt(r, path, value), report)

const PARAGRAPH = '本年度，某某镇认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息。'

describe('the editor', () => {
  it('goes from a new report to a saved one: typed, pasted, written, totals computed, T3-1 shown and gone, the bytes exact', async () => {
    const file = fileWith(BLANK_TEXT)
    const { page, errors } = await openEditing(file)
    expect((await codes(page)).filter((c) => c === 'TABLE_EMPTY')).toHaveLength(3)
    await shot(page, 'editor-new.png')

    // 表三: 自然人 5, Tab, 商业企业 2; the 总计 column adds up and T3-1 appears.
    await page.click(cell('/tables/applications/newReceived/0'))
    await page.keyboard.type('5')
    await page.keyboard.press('Tab')
    await page.keyboard.type('2')
    expect(await page.inputValue(cell('/tables/applications/newReceived/6'))).toBe('7')
    expect(await page.getAttribute(cell('/tables/applications/newReceived/6'), 'readonly')).toBe('')
    await expect.poll(() => codes(page)).toContain('APPLICATION_BALANCE')
    expect(await page.$$eval('.problem[data-code="APPLICATION_BALANCE"]', (bs) => bs.map((b) => (b as HTMLElement).dataset['path']))).toEqual([
      '/tables/applications/newReceived/0',
      '/tables/applications/newReceived/1',
      '/tables/applications/newReceived/6'
    ])
    await shot(page, 'editor-t3-1.png')

    // Down to 二、上年结转 with Enter, then to （一）予以公开 with the arrow: 5 and 2 balance it.
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.closest('td')?.dataset['path'])).toBe('/tables/applications/carriedOver/0')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.type('5')
    await page.keyboard.press('Tab')
    await page.keyboard.type('2')
    expect(await page.inputValue(cell('/tables/applications/results/total/0'))).toBe('5')
    expect(await page.inputValue(cell('/tables/applications/results/total/6'))).toBe('7')
    await expect.poll(() => codes(page)).not.toContain('APPLICATION_BALANCE')

    // A bad entry is refused in place with its hint and never kept.
    await page.click(cell('/tables/review/reconsideration/0'))
    await page.keyboard.type('-1')
    expect(await page.getAttribute(cell('/tables/review/reconsideration/0'), 'aria-invalid')).toBe('true')
    expect(await page.textContent('td[data-path="/tables/review/reconsideration/0"] .cell-hint')).toBe('应填不小于 0 的整数（没有数据填 0；留空表示未填）')
    await shot(page, 'editor-refused.png')
    await page.keyboard.press('Escape')
    await page.click('.doc-title')
    expect(await page.inputValue(cell('/tables/review/reconsideration/0'))).toBe('')

    // 表二: a block copied from a spreadsheet, pasted from 规章 · 本年制发件数.
    await page.click(cell('/tables/active/item1/regulations/issued'))
    await page.evaluate(() => {
      const data = new DataTransfer()
      data.setData('text/plain', '0\t0\t0\r\n1\t0\t3\r\n')
      document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    })
    expect(
      await Promise.all(
        ['regulations', 'normativeDocuments'].flatMap((r) =>
          ['issued', 'repealed', 'inForce'].map((c) => page.inputValue(cell(`/tables/active/item1/${r}/${c}`)))
        )
      )
    ).toEqual(['0', '0', '0', '1', '0', '3'])

    // A paragraph of 一、总体情况, and the date in the form; undo and redo the paragraph's text.
    await page.locator('.document h2').first().locator('xpath=following-sibling::button[contains(@class, "add-paragraph")][1]').click()
    await page.fill('textarea[data-path="/sections/0/paragraphs/0"]', PARAGRAPH)
    await page.fill('[data-field="published"]', '2026-01-20')
    await page.click('#undo')
    expect(await page.inputValue('[data-field="published"]')).toBe('')
    await page.click('#undo')
    expect(await page.inputValue('textarea[data-path="/sections/0/paragraphs/0"]')).toBe('')
    await page.click('#redo')
    await page.click('#redo')
    expect(await page.inputValue('textarea[data-path="/sections/0/paragraphs/0"]')).toBe(PARAGRAPH)
    expect(await page.inputValue('[data-field="published"]')).toBe('2026-01-20')
    // A year the model cannot hold is refused in the form, and never reaches the report.
    await page.fill('[data-field="year"]', '20')
    expect(await page.getAttribute('[data-field="year"]', 'aria-invalid')).toBe('true')
    await page.fill('[data-field="year"]', '2025')
    expect(await page.getAttribute('[data-field="year"]', 'aria-invalid')).toBe('false')

    // The agency renamed in the form: the title follows it, on the page as it will print; then undone.
    await page.fill('[data-field="agency"]', '某某市某某镇人民政府')
    expect(await page.inputValue('[data-field="title"]')).toBe('某某市某某镇人民政府2025年政府信息公开工作年度报告')
    expect(await page.$eval('.doc-title', (h) => (h as HTMLElement).innerText)).toBe('某某市某某镇人民政府\n2025年政府信息公开工作年度报告')
    await page.click('#undo')
    expect([await page.inputValue('[data-field="agency"]'), await page.inputValue('[data-field="title"]')]).toEqual(['某某镇人民政府', BLANK.title])
    expect(await page.textContent('#edit-status')).toBe('有未保存的修改')
    await shot(page, 'editor-filled.png')

    await page.click('#save')
    await expect.poll(() => page.textContent('#edit-status')).toBe('已保存')
    const blankRow = ['', '', '', '', '', '', '']
    const expected = put(BLANK, [
      [['tables', 'active', 'item1', 'regulations'], { issued: 0, repealed: 0, inForce: 0 }],
      [['tables', 'active', 'item1', 'normativeDocuments'], { issued: 1, repealed: 0, inForce: 3 }],
      [
        ['tables', 'applications', 'newReceived'],
        [5, 2, '', '', '', '', 7]
      ],
      [['tables', 'applications', 'carriedOver'], blankRow],
      [
        ['tables', 'applications', 'results', 'disclosed'],
        [5, 2, '', '', '', '', 7]
      ],
      [
        ['tables', 'applications', 'results', 'total'],
        [5, 2, '', '', '', '', 7]
      ],
      [['sections', 0, 'paragraphs'], [PARAGRAPH]],
      [['published'], '2026-01-20']
    ])
    const onDisk = readFileSync(file, 'utf8')
    expect(decodeReport(JSON.parse(onDisk)).report).toEqual(expected)
    expect(onDisk).toBe(formatReportJson(expected))
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(BLANK_TEXT)

    // Valid (warnings only: what is still to be filled), and rendered: the saved file's PDF pages, and the PDF exported.
    expect(validateText(onDisk).problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(await page.textContent('.problem-summary')).toMatch(/^共 \d+ 个问题：错误 0 个，警告 \d+ 个$/)
    await expect.poll(() => page.textContent('#pages-status'), { timeout: 60_000 }).toMatch(/^共 \d+ 页$/)
    const download = page.waitForEvent('download')
    await page.click('#export-pdf')
    const exported = await download
    expect(exported.suggestedFilename()).toBe('2025.pdf')
    expect(
      readFileSync((await exported.path()) ?? '')
        .subarray(0, 5)
        .toString('latin1')
    ).toBe('%PDF-')
    await shot(page, 'editor-saved.png')
    expect(errors).toEqual([])
  })

  it('shows a change on disk while editing as a conflict and loses nothing: not saved over, kept across a reload, then overwritten on request', async () => {
    const file = fileWith(BLANK_TEXT)
    const { page, errors } = await openEditing(file)
    await page.click(cell('/tables/review/reconsideration/0'))
    await page.keyboard.type('3')
    const other = formatReportJson(setAt(BLANK, ['title'], '某某镇人民政府2025年度政府信息公开工作报告（他人修改）'))
    writeFileSync(file, other)
    await page.locator('.notice[data-key="conflict"]').waitFor()
    expect(await page.textContent('#edit-status')).toBe('磁盘上的文件已被修改')
    expect(await page.inputValue(cell('/tables/review/reconsideration/0'))).toBe('3')
    await shot(page, 'editor-conflict.png')

    await page.click('#save')
    await expect.poll(() => page.textContent('.notice[data-key="conflict"] span')).toContain('在载入后已被其他程序修改')
    expect(readFileSync(file, 'utf8')).toBe(other)

    await page.reload()
    await page.locator('.editor').waitFor()
    expect(await page.inputValue(cell('/tables/review/reconsideration/0'))).toBe('3')
    expect(await page.textContent('.notice[data-key="draft"] span')).toBe('已恢复上次未保存的修改（保存在本浏览器中）')
    await page.locator('.notice[data-key="conflict"]').waitFor()

    await page.click('#overwrite')
    await expect.poll(() => page.textContent('#edit-status')).toBe('已保存')
    // 3 in 结果维持, and its 总计 computed.
    expect(readFileSync(file, 'utf8')).toBe(formatReportJson(setAt(BLANK, ['tables', 'review', 'reconsideration'], [3, '', '', '', 3])))
    expect(errors).toEqual([])
  })

  it('refuses a write from the page without the token, and from a page of another origin', async () => {
    const file = fileWith(BLANK_TEXT)
    const { page, preview } = await openEditing(file)
    const status = await page.evaluate(async ([route, body]) => (await fetch(route, { method: 'POST', headers: { 'x-base-stamp': '' }, body })).status, [
      ROUTES.save,
      BLANK_TEXT
    ] as const)
    expect(status).toBe(403)

    const { context } = await chromium()
    const evil = await context.newPage()
    closers.push(() => evil.close())
    // A page of another origin on this machine (another port), as a local app or a site served locally would be.
    const other = `http://127.0.0.1:${Number(new URL(preview.url).port) + 1}/`
    await evil.route(other, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>other</title>' }))
    await evil.goto(other)
    // A form posted from there: a simple request, which browsers send with the page's Origin.
    const answered = evil.waitForResponse((r) => r.url().startsWith(new URL(ROUTES.save, preview.url).href))
    await evil.evaluate(
      (url) => {
        const form = Object.assign(document.createElement('form'), { method: 'POST', action: url, enctype: 'text/plain' })
        form.append(Object.assign(document.createElement('input'), { name: '{"format":"2021"}', value: '' }))
        document.body.append(form)
        form.submit()
      },
      `${new URL(ROUTES.save, preview.url).href}?token=${preview.token}`
    )
    expect((await answered).status()).toBe(403)
    expect(await evil.textContent('body')).toContain('ORIGIN_REFUSED')
    expect(readFileSync(file, 'utf8')).toBe(BLANK_TEXT)
  })

  it('updates the problems of a full report on every keystroke (measured, not asserted)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'preview-editor-')), 'report.json')
    copyFileSync(fixture('example-department-2022/report.json'), file)
    const { page } = await openEditing(file)
    await page.click(cell('/tables/applications/newReceived/0'))
    await page.keyboard.press('End')
    for (let i = 0; i < 20; i++) await page.keyboard.press(i % 2 === 0 ? '7' : 'Backspace')
    const durations = await page.evaluate((name) => performance.getEntriesByName(name).map((e) => e.duration), EDIT_MEASURE)
    expect(durations).toHaveLength(20)
    const sorted = [...durations].sort((a, b) => a - b)
    const median = ((sorted[9] ?? 0) + (sorted[10] ?? 0)) / 2
    writeFileSync(join(ARTIFACTS, 'editor-timing.json'), JSON.stringify({ keystrokes: 20, medianMs: median, maxMs: sorted.at(-1) }, null, 2) + '\n')
    console.log(`keystroke → problems updated: median ${median.toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms (20 keystrokes)`)
  })
})
