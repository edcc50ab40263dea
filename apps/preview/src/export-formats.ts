/**
 * The formats the editor exports, each made as `report render --to <name>` makes
 * it with no other option: the PDF by @report/pdf (official fonts where the system
 * has them), the DOCX by @report/docx and the HTML fragment by @report/html, the
 * latter two from the document view.
 */
import { renderDocx } from '@report/docx'
import { renderHtml } from '@report/html'
import type { Report } from '@report/model'
import { renderPdf } from '@report/pdf'
import { buildView } from '@report/view'
import type { EXPORT_NAMES } from './protocol.js'

/**
 * One export: its name (as `--to` takes it), extension, media type and render.
 */
export interface ExportFormat {
  readonly name: (typeof EXPORT_NAMES)[number]
  readonly extension: string
  readonly type: string
  readonly render: (report: Report) => Promise<Uint8Array>
}

/**
 * Every export, in the order of the CLI's registry.
 */
export const EXPORT_FORMATS: ReadonlyArray<ExportFormat> = [
  { name: 'pdf', extension: '.pdf', type: 'application/pdf', render: (report) => renderPdf(report, { fontDirs: [], systemFonts: true, pdfa: false }) },
  {
    name: 'docx',
    extension: '.docx',
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: (report) => renderDocx(buildView(report))
  },
  {
    name: 'html',
    extension: '.html',
    type: 'text/html; charset=utf-8',
    render: async (report) => new TextEncoder().encode(renderHtml(buildView(report), { standalone: false }))
  }
]

/**
 * The export of a name, e.g. `docx`.
 */
export const exportFormat = (name: string): ExportFormat | undefined => EXPORT_FORMATS.find((f) => f.name === name)
