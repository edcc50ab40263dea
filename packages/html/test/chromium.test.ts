/**
 * The page shown by Debian's Chromium (playwright-core): a screenshot is taken
 * (kept in test-artifacts/ to be looked at), every table's header cells resolve
 * for each number to the row and column headers the model names for it, and
 * Chromium's accessibility tree holds the tables as tables with their header cells.
 */
import { cellAt, placeOf, TABLE_NAMES, type Report, type TableRole } from '@report/model'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FIXTURES, fixtureReport, htmlOf } from './html-fixtures.js'

const CHROMIUM = '/usr/bin/chromium'
const ARTIFACTS = new URL('../test-artifacts/', import.meta.url).pathname
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']

/** Each number cell as the page resolves it: its text, its `headers` as their texts, its table's caption. */
interface ResolvedCell {
  readonly caption: string
  readonly text: string
  readonly headers: ReadonlyArray<string>
}

describe.each(FIXTURES)('Chromium shows the HTML of %s', (name) => {
  const report: Report = fixtureReport(name)
  const { view, page: html } = htmlOf(report)
  const profile = mkdtempSync(join(tmpdir(), 'report-html-chromium-'))
  let close = async () => {}
  let cells: ReadonlyArray<ResolvedCell> = []
  let roles: ReadonlyArray<string> = []
  let screenshot = 0

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`)
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1000, height: 800 }
    })
    close = async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    }
    const page = await context.newPage()
    await page.route('**/*', (route) => route.abort()) // nothing from the network: the page needs nothing
    await page.setContent(html)
    mkdirSync(ARTIFACTS, { recursive: true })
    screenshot = (await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true })).length
    cells = await page.$$eval('td', (tds) =>
      tds.map((td) => ({
        caption: td.closest('table')?.querySelector('caption')?.textContent ?? '',
        text: td.textContent ?? '',
        headers: (td.getAttribute('headers') ?? '').split(' ').map((id: string) => td.ownerDocument.getElementById(id)?.textContent ?? `missing ${id}`)
      }))
    )
    const cdp = await context.newCDPSession(page)
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: ReadonlyArray<{ role?: { value?: string } }> }
    roles = nodes.map((n) => String(n.role?.value ?? ''))
  }, 120_000)
  afterAll(() => close())

  it('draws the page (the screenshot is in test-artifacts/)', () => {
    expect(screenshot).toBeGreaterThan(50_000)
  })

  it('gives each number its row and column headers, as the model names its place', () => {
    const tables = view.blocks.filter((b) => b.kind === 'table')
    const expected = tables.flatMap((t) => t.body.flatMap((row) => row.filter((c) => c.role === 'data')))
    expect(cells).toHaveLength(expected.length)
    cells.forEach((cell, i) => {
      const data = expected[i]
      const path = data?.place?.path.split('/').slice(1) ?? []
      expect(cell.text).toBe(String(cellAt(report, path)))
      // the place's Chinese name: the table, then the labels of its row and column, each one of the cell's headers
      const [table, ...labels] = placeOf(report.format, path).where.split(/ · | /)
      expect(table).toBe(TABLE_NAMES[path[1] as TableRole])
      expect(labels.length).toBeGreaterThanOrEqual(2)
      for (const label of labels)
        expect(
          cell.headers.some((h) => h.includes(label)),
          `${label} among ${cell.headers.join(' / ')}`
        ).toBe(true)
      expect(cell.headers.every((h) => !h.startsWith('missing'))).toBe(true)
    })
  })

  it('holds the tables in the accessibility tree as tables with header cells', () => {
    expect(roles.filter((r) => r === 'table')).toHaveLength(3)
    expect(roles.filter((r) => r === 'columnheader').length).toBeGreaterThan(20)
    expect(roles.filter((r) => r === 'rowheader').length).toBeGreaterThan(20)
    expect(roles.filter((r) => r === 'cell').length).toBe(cells.length)
  })
})
