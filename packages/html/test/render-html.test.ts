/**
 * The HTML as a CMS and a validator see it: html-validate passes the fragment and
 * the page, the fragment has inline styles only (no classes, no scripts), the page
 * declares its language, charset and title, tables have captions, scoped header
 * cells and the national merges, and every text is escaped.
 */
import { APPLICANT_HEADER, LITIGATION, SECTION_HEADINGS } from '@report/model'
import { HtmlValidate } from 'html-validate'
import { describe, expect, it } from 'vitest'
import { FIXTURES, fixtureReport, htmlOf } from './html-fixtures.js'

// The recommended rules; inline styles are the point of a fragment a CMS editor keeps.
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'no-inline-style': 'off' } })

const messagesOf = async (html: string) =>
  (await validator.validateString(html)).results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`))

describe.each(FIXTURES)('renderHtml of %s', (name) => {
  const { view, fragment, page } = htmlOf(fixtureReport(name))

  it('passes html-validate, as a fragment and as a page', async () => {
    expect(await messagesOf(fragment)).toEqual([])
    expect(await messagesOf(page)).toEqual([])
  })

  it('writes a fragment with inline styles only: no classes, no scripts, no page around it', () => {
    expect(fragment).not.toMatch(/<!DOCTYPE|<html|<head|<body/)
    expect(fragment.startsWith('<article lang="zh-CN" style="')).toBe(true)
    expect(fragment).not.toMatch(/\sclass=|<script|<style|<link|\son[a-z]+=|<!doctype|<html|<head|<body/i)
  })

  it('writes a page with doctype, lang zh-CN, charset and the title', () => {
    const title = fixtureReport(name).title
    expect(page).toMatch(new RegExp(`^<!DOCTYPE html>\\n<html lang="zh-CN">\\n<head>\\n<meta charset="utf-8">\\n(?:.*\\n)*<title>${title}</title>`))
    expect(page).toContain(fragment.trimEnd())
  })

  it('writes three tables, each captioned by its section heading, with thead and scoped header cells', () => {
    const tables = [...fragment.matchAll(/<table [^>]*>\n<caption [^>]*>(.*?)<\/caption>/g)].map((m) => m[1]?.replace(/<[^>]+>/g, ''))
    const headings = view.blocks.flatMap((b, i) =>
      b.kind === 'table' && view.blocks[i - 1]?.kind === 'heading' ? [(view.blocks[i - 1] as { text: string }).text] : []
    )
    expect(headings.map((h) => h.slice(0, 2))).toEqual(
      [SECTION_HEADINGS.active, SECTION_HEADINGS.applications, SECTION_HEADINGS.review].map((h) => h.slice(0, 2))
    )
    expect(tables).toEqual(headings)
    // each heading once: in its table's caption, not again before it
    for (const h of headings) expect(fragment.split(h)).toHaveLength(2)
    // the view's column widths, as percentages: table 四's fifteen equal columns
    const columns = [...fragment.matchAll(/<colgroup>(.*?)<\/colgroup>/g)].map((m) =>
      [...(m[1] ?? '').matchAll(/width:([\d.]+)%/g)].map((w) => Number(w[1]))
    )
    expect(columns.map((c) => c.length)).toEqual([view.blocks.find((b) => b.kind === 'table')?.widths.length, 10, 15])
    expect(columns[2]).toEqual(Array(15).fill(6.67))
    expect(fragment.match(/<thead>/g)).toHaveLength(2) // tables 三 and 四; table 二 repeats its headers per item in the body
    expect(fragment).not.toMatch(/<th (?![^>]*scope="(col|row)")/)
  })

  it('writes the national merges as colspan and rowspan', () => {
    expect(fragment).toMatch(
      new RegExp(`<th id="[^"]+" scope="col" colspan="3" rowspan="3" style="[^"]*">${APPLICANT_HEADER.balanceNote.replace(/[()（）]/g, '.')}</th>`)
    )
    expect(fragment).toMatch(new RegExp(`scope="col" colspan="7" style="[^"]*">${APPLICANT_HEADER.applicants}</th>`))
    expect(fragment).toMatch(new RegExp(`scope="col" colspan="10" style="[^"]*">${LITIGATION}</th>`))
  })
})

describe('renderHtml escaping', () => {
  it('escapes every text: markup in a paragraph and in the agency prints as text', async () => {
    const report = fixtureReport('renshi-town-2020')
    const [first, ...rest] = report.sections
    if (first === undefined) throw new Error('no section')
    const hostile = { ...report, agency: 'A&B "局" <x>', sections: [{ ...first, paragraphs: ['<script>alert("x")</script> & 1 < 2 \'q\''] }, ...rest] }
    const { fragment, page } = htmlOf(hostile)
    expect(fragment).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 1 &lt; 2 &#39;q&#39;')
    expect(fragment).toContain('A&amp;B &quot;局&quot; &lt;x&gt;')
    expect(page).toContain('<meta name="author" content="A&amp;B &quot;局&quot; &lt;x&gt;">')
    expect(fragment).not.toContain('<script')
    expect(await messagesOf(page)).toEqual([])
  })
})

describe('renderHtml of an untitled opening section (洪泽 2023)', () => {
  const { view, fragment } = htmlOf(fixtureReport('hongze-district-2023'))

  it('writes no empty heading, and passes html-validate', async () => {
    expect(view.blocks[1]).toMatchObject({ kind: 'heading', text: '' })
    expect(fragment).not.toMatch(/<h[23] [^>]*><\/h[23]>/)
    expect(fragment).toMatch(/<\/h1>\n?<p [^>]*>本报告由淮安市洪泽区人民政府办公室/)
    expect(await messagesOf(fragment)).toEqual([])
  })
})
