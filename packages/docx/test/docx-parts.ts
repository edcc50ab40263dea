/**
 * Test helpers: a report's DOCX, its parts unzipped, and its tables read back from
 * `word/document.xml` (each cell's span, vertical merge, width and text).
 */
import { fixturePath } from '@report/fixtures'
import { decodeReport, type Report } from '@report/model'
import { buildView, type DocumentView } from '@report/view'
import { renderDocx } from '@report/docx'
import { strFromU8, unzipSync } from 'fflate'
import { readFileSync } from 'node:fs'

/** A fixture's report, decoded. */
export const fixtureReport = (name: string): Report => {
  const { report } = decodeReport(JSON.parse(readFileSync(fixturePath(name, 'report.json'), 'utf8')))
  if (report === undefined) throw new Error(`${name} does not decode`)
  return report
}

/** A fixture's view and its DOCX. */
export const fixtureDocx = async (name: string): Promise<{ readonly view: DocumentView; readonly bytes: Uint8Array }> => {
  const view = buildView(fixtureReport(name))
  return { view, bytes: await renderDocx(view) }
}

/** The DOCX's parts as text, by path. */
export const partsOf = (bytes: Uint8Array): Readonly<Record<string, string>> =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]))

/** A table cell as written. */
export interface WordCell {
  readonly span: number
  readonly vMerge: 'restart' | 'continue' | undefined
  readonly width: number
  readonly vAlign: string | undefined
  /** The cell's own side padding (`w:tcMar`), where it has one. */
  readonly padding: number | undefined
  readonly text: string
}

/** A table as written: its grid's widths, which rows repeat as headers, its cells, and each row's height and keeping. */
export interface WordTable {
  readonly grid: ReadonlyArray<number>
  readonly headerRows: number
  readonly rows: ReadonlyArray<ReadonlyArray<WordCell>>
  /** Each row's `w:trHeight`, as `value rule`. */
  readonly heights: ReadonlyArray<string>
  /** Whether every paragraph of the row is kept with the next. */
  readonly kept: ReadonlyArray<boolean>
}

const attr = (xml: string, element: string, name: string): string | undefined => new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1]

/** The tables of `document.xml`, in order. */
export const tablesOf = (documentXml: string): ReadonlyArray<WordTable> =>
  [...documentXml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map(([, table = '']) => {
    const rows = [...table.matchAll(/<w:tr\b[^>]*>(.*?)<\/w:tr>/gs)].map(([, row = '']) => row)
    return {
      grid: [...table.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1])),
      headerRows: rows.filter((row) => /<w:tblHeader\/>|<w:tblHeader w:val="(true|1)"\/>/.test(row)).length,
      heights: rows.map((row) => `${attr(row, 'w:trHeight', 'w:val')} ${attr(row, 'w:trHeight', 'w:hRule')}`),
      kept: rows.map((row) => {
        const paragraphs = [...row.matchAll(/<w:p>(.*?)<\/w:p>/gs)].map(([, p = '']) => p)
        return paragraphs.length > 0 && paragraphs.every((p) => /<w:keepNext\/>|<w:keepNext w:val="(true|1)"\/>/.test(p))
      }),
      rows: rows.map((row) =>
        [...row.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map(([, cell = '']) => {
          const merge = /<w:vMerge\b([^>]*)\/>/.exec(cell)
          return {
            span: Number(attr(cell, 'w:gridSpan', 'w:val') ?? 1),
            vMerge: merge === null ? undefined : /w:val="restart"/.test(merge[1] ?? '') ? 'restart' : 'continue',
            width: Number(attr(cell, 'w:tcW', 'w:w')),
            vAlign: attr(cell, 'w:vAlign', 'w:val'),
            padding: ((m) => (m === null ? undefined : Number(m[1])))(/<w:tcMar>(?:(?!<\/w:tcMar>).)*<w:left w:type="dxa" w:w="(\d+)"\/>/s.exec(cell)),
            text: [...cell.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
          }
        })
      )
    }
  })
