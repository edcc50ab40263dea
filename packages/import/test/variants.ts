/**
 * Hand-made variants of the sample: its text with tables of distinct numbers (and
 * blanks) laid out in each input form the importer reads, and the tables they
 * must give.
 */
import {
  ACTIVE_BLOCKS,
  APPLICANT_COLUMNS,
  APPLICANT_HEADER,
  APPLICATION_DATA_ROWS,
  INFO_CONTENT,
  LITIGATION,
  OUTCOMES,
  REVIEW_GROUPS,
  SECTION_HEADINGS
} from '@report/model'
import { fixturePath } from '@report/fixtures'
import { readFileSync } from 'node:fs'

export const SAMPLE = readFileSync(fixturePath('renshi-town-2020', 'source.txt'), 'utf8')

export type Form = 'tsv' | 'pipe' | 'markdown' | 'html' | 'lines' | 'pdf'
export const FORMS: ReadonlyArray<Form> = ['tsv', 'pipe', 'markdown', 'html', 'lines', 'pdf']

/** Forms that can print an empty cell. */
const HAS_EMPTY: ReadonlySet<Form> = new Set(['tsv', 'pipe', 'markdown', 'html'])

interface Cell {
  readonly text: string
  readonly colSpan?: number
  readonly rowSpan?: number
}
type Row = ReadonlyArray<Cell>

const c = (text: string | number, colSpan?: number, rowSpan?: number): Cell => ({
  text: String(text),
  ...(colSpan === undefined ? {} : { colSpan }),
  ...(rowSpan === undefined ? {} : { rowSpan })
})

// -------------------------------------------------------------------------------------
// the numbers
// -------------------------------------------------------------------------------------

/** The tables every variant must give, with the cell values its rows print. */
export const expectedTables = (form: Form) => {
  const empty = HAS_EMPTY.has(form) ? '' : 0
  let n = 0
  const active: Record<string, Record<string, Record<string, number | string>>> = {}
  for (const block of ACTIVE_BLOCKS['2019']) {
    active[block.key] = {}
    for (const row of block.rows) {
      const cells: Record<string, number | string> = {}
      for (const col of block.columns) {
        n += 1
        cells[col.key] = col.kind === 'delta' ? -n : col.kind === 'money' ? `${n}.5` : n
      }
      ;(active[block.key] as Record<string, unknown>)[row.key] = cells
    }
  }
  ;((active.item1 as Record<string, Record<string, unknown>>).regulations as Record<string, unknown>).newlyMade = empty
  const applications: Record<string, unknown> = {}
  APPLICATION_DATA_ROWS['2019'].forEach((row, i) => {
    let node = applications
    row.path.slice(0, -1).forEach((k) => {
      node[k] ??= {}
      node = node[k] as Record<string, unknown>
    })
    node[row.path.at(-1) ?? ''] = [0, 1, 2, 3, 4, 5, 6].map((col) => (i === 6 && col === 1 ? '/' : 100 + i * 10 + col))
  })
  const review = Object.fromEntries(REVIEW_GROUPS.map((g, k) => [g.key, [0, 1, 2, 3, 4].map((i) => (k === 1 && i === 2 ? '—' : k * 5 + i + 1))]))
  return { active, applications, review }
}

// -------------------------------------------------------------------------------------
// the tables as rows
// -------------------------------------------------------------------------------------

const drift = (label: string, form: Form): string => {
  if (form === 'lines')
    return label
      .replace(/（/g, '(')
      .replace(/）/g, ')')
      .replace(/^(\d)\./, '$1、')
  if (form === 'pdf') return label.replace('其他法律行政法规禁止公开', '其他法律行政止公开').replace('商业企业', '商业 企业')
  return label
}

const cellText = (v: unknown): string => String(v)

const activeRows = (form: Form, tables: ReturnType<typeof expectedTables>): ReadonlyArray<Row> =>
  ACTIVE_BLOCKS['2019'].flatMap((block) => [
    [c(drift(block.label, form), block.columns.length + 1)],
    [c(INFO_CONTENT), ...block.columns.map((col) => c(col.label))],
    ...block.rows.map((row) => [c(drift(row.label, form)), ...block.columns.map((col) => c(cellText(tables.active[block.key]?.[row.key]?.[col.key])))])
  ])

const applicationRows = (form: Form, tables: ReturnType<typeof expectedTables>): ReadonlyArray<Row> => {
  const header: ReadonlyArray<Row> = [
    [c('', 3, 3), c(APPLICANT_HEADER.applicants, 7)],
    [c(APPLICANT_COLUMNS[0], 1, 2), c(APPLICANT_HEADER.organisations, 5), c(APPLICANT_COLUMNS[6], 1, 2)],
    APPLICANT_COLUMNS.slice(1, 6).map((label) => c(drift(label, form)))
  ]
  const seen = new Set<string>()
  const rows = APPLICATION_DATA_ROWS['2019'].map((row) => {
    const values = row.path.reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], tables.applications) as ReadonlyArray<unknown>
    const groups = row.groups.filter((g) => !seen.has(g))
    groups.forEach((g) => seen.add(g))
    const size = (g: string) => APPLICATION_DATA_ROWS['2019'].filter((r) => r.groups.includes(g)).length
    const labelSpan = 3 - row.groups.length
    return [
      ...groups.map((g) => c(drift(g, form), 1, size(g))),
      c(drift(row.label, form), labelSpan > 1 ? labelSpan : undefined),
      ...values.map((v) => c(cellText(v)))
    ]
  })
  return [[c(APPLICANT_HEADER.balanceNote, 10)], ...header, ...rows]
}

const reviewRows = (tables: ReturnType<typeof expectedTables>): ReadonlyArray<Row> => [
  [c(REVIEW_GROUPS[0].label, 5, 2), c(LITIGATION, 10)],
  [c(REVIEW_GROUPS[1].label, 5), c(REVIEW_GROUPS[2].label, 5)],
  [...OUTCOMES, ...OUTCOMES, ...OUTCOMES].map((o) => c(o)),
  REVIEW_GROUPS.flatMap((g) => (tables.review[g.key] as ReadonlyArray<unknown>).map((v) => c(cellText(v))))
]

// -------------------------------------------------------------------------------------
// the forms
// -------------------------------------------------------------------------------------

// Sections 二 and 三 as the statute (and the sample) print them; 四 and 五 as the sample prints them.
const SECTION_2 = SECTION_HEADINGS.active
const SECTION_3 = SECTION_HEADINGS.applications
const SECTION_4 = '四、政府信息公开被申请行政复议、行政诉讼情况'
const SECTION_5 = '五、政府信息公开工作存在的主要问题及改进措施'

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')

const serialise = (form: Form, rows: ReadonlyArray<Row>, table: 'active' | 'applications' | 'review'): string => {
  switch (form) {
    case 'tsv':
      return rows.map((r) => r.map((x) => x.text).join('\t')).join('\n')
    case 'pipe':
      return rows.map((r) => `| ${r.map((x) => x.text).join(' | ')} |`).join('\n')
    case 'markdown':
      return rows.map((r, i) => `| ${r.map((x) => x.text).join(' | ')} |${i === 0 ? `\n|${r.map(() => '---').join('|')}|` : ''}`).join('\n')
    case 'html':
      return `<table border="1">\n${rows
        .map(
          (r) =>
            `  <tr>${r.map((x) => `<td${x.colSpan === undefined ? '' : ` colspan="${x.colSpan}"`}${x.rowSpan === undefined ? '' : ` rowspan="${x.rowSpan}"`}>${escape(x.text)}</td>`).join('')}</tr>`
        )
        .join('\n')}\n</table>`
    case 'lines':
      return rows.flatMap((r) => r.filter((x) => x.text !== '').map((x) => x.text)).join('\n\n')
    case 'pdf': {
      const lines = rows.map((r, i) => {
        if (table === 'review' && i === 2) {
          // header characters stacked: the first two on one line, the last two below
          return `${r.map((x) => x.text.slice(0, 2)).join('  ')}\n${r.map((x) => x.text.slice(2)).join('  ')}`
        }
        const [label, ...rest] = r.filter((x) => x.text !== '')
        return `          ${label?.text ?? ''}${rest.map((x) => `     ${x.text}`).join('')}`
      })
      if (table === 'applications') lines.splice(12, 0, '\n                                   -3-\n\f')
      return lines.join('\n')
    }
  }
}

/** The sample's text with its tables in the given form. */
export const variant = (form: Form): string => {
  const tables = expectedTables(form)
  const head = SAMPLE.slice(0, SAMPLE.indexOf(SECTION_2))
  const tail = SAMPLE.slice(SAMPLE.indexOf(SECTION_5))
  const body = [
    SECTION_2,
    serialise(form, activeRows(form, tables), 'active'),
    SECTION_3,
    serialise(form, applicationRows(form, tables), 'applications'),
    SECTION_4,
    serialise(form, reviewRows(tables), 'review')
  ].join('\n\n')
  const text = `${head}${body}\n\n${tail}`
  if (form !== 'html') return text
  const paragraphs = text
    .split('\n')
    .map((l) => (l.startsWith('<') || l.startsWith('  <') || l.trim() === '' ? l : `<p>${escape(l)}</p>`))
    .join('\n')
  return `<!DOCTYPE html><html><head><title>页面</title><script>var x = "<table><tr><td>99</td></tr></table>";</script><style>td{}</style></head><body>\n${paragraphs}\n<script>document.write('<p>一、总体情况</p>')</script></body></html>`
}
