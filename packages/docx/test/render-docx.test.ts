/**
 * The DOCX as Word and WPS read it: its XML unzipped and asserted (page, margins,
 * grid, fonts in their East Asian slot, the national merges, widths in twips that
 * sum to the 156 mm block, the PAGE fields of the odd and even footers), and its
 * bytes the same on every run.
 */
import { APPLICANT_COLUMNS, APPLICANT_HEADER, LITIGATION, OUTCOMES, REVIEW_GROUPS } from '@report/model'
import { FIXED_DATE, renderDocx } from '@report/docx'
import { buildView } from '@report/view'
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { fixtureDocx, fixtureReport, partsOf, tablesOf, type WordTable } from './docx-parts.js'

const BLOCK = 8844 // 156 mm in twips

describe('renderDocx', async () => {
  const { view, bytes } = await fixtureDocx('renshi-town-2020')
  const parts = partsOf(bytes)
  const document = parts['word/document.xml'] ?? ''
  const styles = parts['word/styles.xml'] ?? ''
  const tables = tablesOf(document)

  it('is A4 with the margins 37/28/26/35 mm and the grid of 22 lines × 28 characters', () => {
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    expect(document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/)
    // 225 mm / 22 = 579 twips a line, a grid of lines only as WPS's own template has it
    expect(document).toMatch(/<w:docGrid w:type="lines" w:linePitch="579"\/>/)
    expect(styles).toMatch(
      /<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:cs="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:hint="eastAsia"\/><w:sz w:val="32"\/>/
    )
    // Normal in 3号 仿宋 itself: LibreOffice sizes its grid by Normal's size
    expect(styles).toMatch(/w:styleId="Normal" w:default="1">(?:(?!<\/w:style>).)*w:eastAsia="仿宋_GB2312"(?:(?!<\/w:style>).)*<w:sz w:val="32"\/>/s)
    // 28 characters of 3号 to the 156 mm line: 8844 / 28 = 315.86 twips a character, 16 pt less 0.25 pt
    const spacingOf = (id: string) => new RegExp(`w:styleId="${id}"(?:(?!</w:style>).)*<w:spacing w:val="(-?\\d+)"/>`, 's').exec(styles)?.[1]
    expect(['BodyText', 'Heading1', 'Heading2'].map(spacingOf)).toEqual(['-5', '-5', '-5'])
    expect(28 * (320 - 5)).toBeLessThanOrEqual(BLOCK)
    expect(28 * (320 - 4)).toBeGreaterThan(BLOCK)
    expect(styles).toMatch(/w:styleId="Signature">(?:(?!<\/w:style>).)*<w:basedOn w:val="BodyText"\/>/s)
    for (const id of ['ReportTitle', 'TableText', 'PageNumber']) expect(spacingOf(id)).toBeUndefined()
  })

  it('names each official font in the East Asian slot of its style, embedding none', () => {
    const fontOf = (id: string) => new RegExp(`w:styleId="${id}".*?<w:rFonts [^>]*w:eastAsia="([^"]+)"`, 's').exec(styles)?.[1]
    expect([fontOf('ReportTitle'), fontOf('Heading1'), fontOf('Heading2'), fontOf('TableText'), fontOf('PageNumber')]).toEqual([
      '方正小标宋简体',
      '黑体',
      '楷体_GB2312',
      '宋体',
      '宋体'
    ])
    expect(Object.keys(parts).filter((p) => p.startsWith('word/fonts/'))).toEqual([])
    // 2号 title, 3号 headings and body, 5号 tables, 4号 page numbers, in half-points.
    const sizeOf = (id: string) => new RegExp(`w:styleId="${id}".*?<w:sz w:val="(\\d+)"`, 's').exec(styles)?.[1]
    expect([sizeOf('ReportTitle'), sizeOf('Heading1'), sizeOf('Heading2'), sizeOf('TableText'), sizeOf('PageNumber')]).toEqual([
      '44',
      '32',
      '32',
      '21',
      '28'
    ])
    // the title, the table text and the page number off the grid, so the 3号 character pitch does not spread them
    for (const id of ['ReportTitle', 'TableText', 'PageNumber'])
      expect(styles).toMatch(new RegExp(`w:styleId="${id}"(?:(?!</w:style>).)*<w:snapToGrid w:val="0"/>`, 's'))
  })

  it('writes the title centred, headings and body text indented two characters, the body justified', () => {
    const title = view.blocks[0]
    expect(title?.kind === 'title' && title.lines).toEqual(['开江县任市镇人民政府', '2020年政府信息公开工作年度报告'])
    expect(document).toMatch(
      /<w:pStyle w:val="ReportTitle"\/><\/w:pPr><w:r><w:t xml:space="preserve">开江县任市镇人民政府<\/w:t><\/w:r><w:r><w:br\/><w:t xml:space="preserve">2020年政府信息公开工作年度报告<\/w:t>/
    )
    expect(styles).toMatch(/w:styleId="ReportTitle"(?:(?!<\/w:style>).)*<w:jc w:val="center"\/>/s)
    for (const id of ['Heading1', 'Heading2'])
      expect(styles).toMatch(new RegExp(`w:styleId="${id}"(?:(?!</w:style>).)*<w:ind w:firstLine="632" w:firstLineChars="200"/>`, 's'))
    const paragraphs = view.blocks.filter((b) => b.kind === 'paragraph').length
    expect(
      document.match(/<w:pPr><w:pStyle w:val="BodyText"\/><w:ind w:firstLine="632" w:firstLineChars="200"\/><w:jc w:val="both"\/><\/w:pPr>/g)?.length
    ).toBe(paragraphs)
  })

  it('writes no heading for an untitled opening section (洪泽 2023): its text follows the title and its blank line', async () => {
    const hongze = await fixtureDocx('hongze-district-2023')
    const xml = partsOf(hongze.bytes)['word/document.xml'] ?? ''
    const headings = [...xml.matchAll(/<w:pStyle w:val="Heading[12]"\/><\/w:pPr><w:r><w:t xml:space="preserve">([^<]*)</g)].map((m) => m[1])
    const viewHeadings = hongze.view.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []))
    expect(viewHeadings[0]).toBe('')
    expect(headings).toEqual(viewHeadings.slice(1))
    expect(xml).toMatch(
      /工作年度报告<\/w:t><\/w:r><\/w:p><w:p\/><w:p><w:pPr><w:pStyle w:val="BodyText"\/>(?:(?!<\/w:p>).)*本报告由淮安市洪泽区人民政府办公室/s
    )
  })

  it('numbers the pages — N — with PAGE fields, odd pages right and even pages left, one 4号 character in', () => {
    const footers = Object.entries(parts).filter(([p]) => /^word\/footer\d+\.xml$/.test(p))
    expect(footers).toHaveLength(2)
    const field =
      /<w:t xml:space="preserve">— <\/w:t><\/w:r><w:r><w:fldChar w:fldCharType="begin"\/><\/w:r><w:r><w:instrText xml:space="preserve">PAGE<\/w:instrText>.*<w:t xml:space="preserve"> —<\/w:t>/s
    for (const [, xml] of footers) expect(xml).toMatch(field)
    const rels = parts['word/_rels/document.xml.rels'] ?? ''
    const footerOf = (type: string) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="([^"]+)"`).exec(document)?.[1]
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)
      return parts[`word/${target?.[1] ?? target?.[2]}`] ?? ''
    }
    expect(footerOf('default')).toMatch(/<w:ind w:right="280"\/><w:jc w:val="right"\/>/)
    expect(footerOf('even')).toMatch(/<w:ind w:left="280"\/><w:jc w:val="left"\/>/)
    expect(parts['word/settings.xml']).toMatch(/<w:evenAndOddHeaders\/>/)
  })

  it('gives every table its widths in twips on the grid and on every cell, summing to the 156 mm block', () => {
    expect(tables).toHaveLength(3)
    for (const table of tables) {
      expect(table.grid.reduce((a, b) => a + b, 0)).toBe(BLOCK)
      expect(document).toMatch(/<w:tblW w:type="dxa" w:w="8844"\/>/)
      for (const row of table.rows) {
        expect(row.reduce((n, c) => n + c.span, 0)).toBe(table.grid.length)
        expect(row.reduce((n, c) => n + c.width, 0)).toBe(BLOCK)
        let column = 0
        for (const cell of row) {
          expect(cell.width).toBe(table.grid.slice(column, column + cell.span).reduce((a, b) => a + b, 0))
          expect(cell.vAlign).toBe('center')
          column += cell.span
        }
      }
    }
    // table 三: three label columns, seven applicant columns
    expect(tables[1]?.grid).toHaveLength(10)
    expect(tables[2]?.grid).toHaveLength(15)
  })

  it('writes the merged headers of table 三 as gridSpan and vMerge, its three header rows repeated', () => {
    const t = tables[1] as WordTable
    expect(t.headerRows).toBe(3)
    const shape = (row: number) => t.rows[row]?.map((c) => [c.span, c.vMerge ?? '', c.text])
    expect(shape(0)).toEqual([
      [3, 'restart', APPLICANT_HEADER.balanceNote],
      [7, '', APPLICANT_HEADER.applicants]
    ])
    expect(shape(1)).toEqual([
      [3, 'continue', ''],
      [1, 'restart', APPLICANT_COLUMNS[0]],
      [5, '', APPLICANT_HEADER.organisations],
      [1, 'restart', APPLICANT_COLUMNS[6]]
    ])
    expect(shape(2)).toEqual([[3, 'continue', ''], [1, 'continue', ''], ...APPLICANT_COLUMNS.slice(1, 6).map((l) => [1, '', l]), [1, 'continue', '']])
    // the group 三、本年度办理结果 spans its rows in the first column
    const group = t.rows.findIndex((r) => r[0]?.vMerge === 'restart' && r[0].span === 1)
    const continued = t.rows.slice(group + 1).filter((r) => r[0]?.vMerge === 'continue').length
    expect(continued).toBeGreaterThan(10)
  })

  it('keeps each vertical merge on one page: every row of a merge but its last kept with the next, rows at least 20 pt', () => {
    const t = tables[1] as WordTable
    const labels = t.rows.map((r) => r.filter((c) => c.vMerge === undefined).map((c) => c.text)[0] ?? '')
    // the three header rows under （本列数据的勾稽关系…）, then 一、 and 二、 free, 三、本年度办理结果 from （一） to （七）总计 kept, 四、 free
    const group = labels.findIndex((l) => l.startsWith('（一）'))
    const total = labels.findIndex((l) => l.startsWith('（七）'))
    expect([group, total]).toEqual([t.rows.findIndex((r) => r[0]?.vMerge === 'restart' && r[0].span === 1), t.rows.length - 2])
    expect(t.kept).toEqual(t.rows.map((_, r) => r < t.headerRows - 1 || (r >= group && r < total)))
    // table 二: each item's heading row and its column header row kept with its first row
    const two = tables[0] as WordTable
    expect(two.kept).toEqual(two.rows.map((row) => (row[0]?.text ?? '').startsWith('第二十条第') || row[0]?.text === '信息内容'))
    expect(two.kept.filter(Boolean)).toHaveLength(10)
    for (const table of tables) expect(new Set(table.heights)).toEqual(new Set(['400 atLeast']))
  })

  it('pads a narrow cell less, so that table 四 sets 结果维持 two characters a line and 三、本年度办理结果 fits its column', () => {
    // 5号 is 210 twips: a 590-twip cell holds two with 75 each side (10 to spare), the 289-twip column one with 29
    const paddings = tables.map((t) => [...new Set(t.rows.flat().map((c) => `${c.width}:${c.padding ?? ''}`))].sort())
    // width:padding of every cell, as written
    expect(paddings).toEqual([
      ['1997:', '2853:', '3994:', '8844:'],
      ['2527:', '289:29', '3501:', '3610:', '3790:', '5054:', '722:', '974:'],
      ['2945:', '2949:', '2950:', '5894:', '589:74', '590:75']
    ])
  })

  it('writes the merged headers of table 四 as gridSpan and vMerge', () => {
    const t = tables[2] as WordTable
    expect(t.headerRows).toBe(3)
    const [reconsideration, ...suits] = REVIEW_GROUPS
    expect(t.rows[0]?.map((c) => [c.span, c.text])).toEqual([
      [5, reconsideration?.label],
      [10, LITIGATION]
    ])
    expect(t.rows[1]?.map((c) => [c.span, c.vMerge ?? '', c.text])).toEqual([
      ...OUTCOMES.map((l) => [1, 'restart', l]),
      ...suits.map((g) => [5, '', g.label])
    ])
    expect(t.rows[2]?.map((c) => [c.span, c.vMerge ?? '', c.text])).toEqual([
      ...OUTCOMES.map(() => [1, 'continue', '']),
      ...suits.flatMap(() => OUTCOMES.map((l) => [1, '', l]))
    ])
    expect(t.rows[3]?.map((c) => c.text)).toHaveLength(15)
  })

  /** The signature's lines as [text, alignment, indent], the indent `left=` or `right=` in twips. */
  const signatureLines = (xml: string) =>
    [
      ...xml.matchAll(
        /<w:pStyle w:val="Signature"\/><w:ind w:(left|right)="(\d+)"\/><w:jc w:val="(left|right)"\/><\/w:pPr><w:r><w:t xml:space="preserve">([^<]*)</g
      )
    ].map((m) => [m[4], m[3], `${m[1]}=${m[2]}`])

  it('places the signature by GB/T 9704 7.3.5.2: the agency two characters from the right, the date two characters right of its start', () => {
    // 开江县任市镇人民政府 (10 characters) ends 2 from the edge, starting at 16; the date starts at 18 (315.857 twips a
    // character), left-aligned there so that its digits' width in the printing font does not move its start
    expect(signatureLines(document)).toEqual([
      ['开江县任市镇人民政府', 'right', 'right=632'],
      ['2021年1月27日', 'left', 'left=5685']
    ])
  })

  it('moves a short agency left when the date is longer, so the date ends two characters from the edge; prints no date when there is none', async () => {
    const report = fixtureReport('renshi-town-2020')
    const short =
      partsOf(await renderDocx(buildView({ ...report, agency: '某局', title: '某局2020年政府信息公开工作年度报告' })))['word/document.xml'] ?? ''
    // the date (6.5 wide) ends 2 from the edge, starting at 19.5; the agency starts two characters before it, at 17.5, and ends 8.5 from the edge
    expect(signatureLines(short)).toEqual([
      ['某局', 'right', 'right=2685'],
      ['2021年1月27日', 'right', 'right=632']
    ])
    const { published: _, ...undated } = report
    const none = partsOf(await renderDocx(buildView(undated)))['word/document.xml'] ?? ''
    expect([...none.matchAll(/<w:pStyle w:val="Signature"\/>/g)]).toHaveLength(1)
    expect(none).not.toContain('2021年1月27日')
  })

  it('writes fixed dates in core.xml, the metadata from the view, and the same bytes on every run', async () => {
    const core = parts['docProps/core.xml'] ?? ''
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${FIXED_DATE}</dcterms:created>`)
    expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${FIXED_DATE}</dcterms:modified>`)
    expect(core).toContain('<dc:creator>开江县任市镇人民政府</dc:creator>')
    await new Promise((resolve) => setTimeout(resolve, 2100)) // past the zip format's two-second clock
    const again = await renderDocx(buildView(fixtureReport('renshi-town-2020')))
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true)
  })

  it('writes the same bytes in another time zone (the zip stores local time)', () => {
    const script = [
      "import { decodeReport } from '@report/model'",
      "import { buildView } from '@report/view'",
      "import { renderDocx } from '@report/docx'",
      "import { fixturePath } from '@report/fixtures'",
      "import { readFileSync } from 'node:fs'",
      "const { report } = decodeReport(JSON.parse(readFileSync(fixturePath('renshi-town-2020', 'report.json'), 'utf8')))",
      "process.stdout.write(Buffer.from(await renderDocx(buildView(report))).toString('base64'))"
    ].join('\n')
    const cwd = new URL('..', import.meta.url).pathname
    for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd, env: { ...process.env, TZ: tz }, encoding: 'utf8' })
      expect(Buffer.from(out, 'base64').equals(Buffer.from(bytes)), tz).toBe(true)
    }
  })

  it('writes a report of the 2021 format with its own tables', async () => {
    const other = await fixtureDocx('example-department-2021')
    const written = tablesOf(partsOf(other.bytes)['word/document.xml'] ?? '')
    const viewTables = other.view.blocks.filter((b) => b.kind === 'table')
    expect(written.map((t) => t.rows.length)).toEqual(viewTables.map((t) => t.header.length + t.body.length))
    // every cell the view lists, in order, the cells continuing a vertical merge aside
    const listed = (t: WordTable | undefined) => t?.rows.flatMap((r) => r.filter((c) => c.vMerge !== 'continue').map((c) => c.text))
    expect(written.map(listed)).toEqual(viewTables.map((t) => [...t.header, ...t.body].flatMap((r) => r.map((c) => c.text))))
    expect(listed(written[1])).toContain('39')
  })
})
