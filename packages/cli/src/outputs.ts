/**
 * The output formats of `report render`, one entry each: a name for `--to`, the
 * extension that `-o` and `--out-dir` use, a Chinese summary, and the render of
 * a report to bytes. A new format is one more entry; a format's own package is
 * loaded by its first render, so that a PDF never loads the Word writer.
 */
import type { Report } from '@report/model'
import { FONT_DIR_ENV, RenderError, renderPdf } from '@report/pdf'
import { buildView } from '@report/view'
import { extname } from 'node:path'
import { CliError } from './contract.js'
import { checkFontDirs } from './font-dirs.js'
import type { OptionSpecs, Values } from './options.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What every format's render is given.
 */
export interface OutputOptions {
  /** Folders searched first for the official fonts. */
  readonly fontDirs: ReadonlyArray<string>
  /** Look in `REPORT_FONT_DIR` and the system's font folders too. */
  readonly systemFonts: boolean
  /** PDF/A-2b (PDF only). */
  readonly pdfa: boolean
  /** A whole page instead of a fragment (HTML only). */
  readonly standalone?: boolean
}

/**
 * The font options of `render` and `fonts`: where the official fonts are looked for.
 */
export const FONT_OPTIONS = {
  'font-dir': { type: 'string', multiple: true, value: '目录', summary: '先在此目录中查找公文字体（可重复）' },
  'bundled-fonts': { type: 'boolean', summary: `只用随附字体，不查找系统字体与 ${FONT_DIR_ENV}` }
} as const satisfies OptionSpecs

/**
 * The font search that {@link FONT_OPTIONS} ask for; a `--font-dir` that is not a
 * folder is a usage error (`FONT_DIR_MISSING`).
 */
export const fontSearch = (values: Values<typeof FONT_OPTIONS>): Pick<OutputOptions, 'fontDirs' | 'systemFonts'> => {
  const fontDirs = values['font-dir'] ?? []
  checkFontDirs(fontDirs)
  return { fontDirs, systemFonts: values['bundled-fonts'] !== true }
}

/**
 * One output format. `render` throws a {@link CliError} (message without the
 * input's name) for a report it cannot draw.
 */
export interface OutputFormat {
  readonly name: string
  /** With its dot, lower case: `.pdf`. */
  readonly extension: string
  /** One line, in Chinese, for the help. */
  readonly summary: string
  readonly render: (report: Report, options: OutputOptions) => Promise<Uint8Array>
}

// -------------------------------------------------------------------------------------
// formats
// -------------------------------------------------------------------------------------

const pdf: OutputFormat = {
  name: 'pdf',
  extension: '.pdf',
  summary: 'GB/T 9704 公文格式的 PDF（--pdfa 为 PDF/A-2b）',
  render: async (report, options) => {
    try {
      return await renderPdf(report, options)
    } catch (e) {
      if (e instanceof RenderError) throw new CliError(e.code, e.message, e.failure.code === 'FONT_UNREADABLE' ? e.failure.file : undefined)
      throw e
    }
  }
}

const docx: OutputFormat = {
  name: 'docx',
  extension: '.docx',
  summary: '供 WPS、Word 修改签章的 Word 文档（公文版式，字体按名称引用、不嵌入）',
  render: async (report) => (await import('@report/docx')).renderDocx(buildView(report))
}

const html: OutputFormat = {
  name: 'html',
  extension: '.html',
  summary: '网站“年报”栏目的网页片段（只用行内样式，--standalone 为完整网页）',
  render: async (report, options) =>
    new TextEncoder().encode((await import('@report/html')).renderHtml(buildView(report), { standalone: options.standalone === true }))
}

/**
 * Every output format, the default first.
 */
export const OUTPUT_FORMATS: readonly [OutputFormat, ...ReadonlyArray<OutputFormat>] = [pdf, docx, html]

/**
 * The format used when neither `--to` nor the extension of `-o` names one.
 */
export const DEFAULT_FORMAT: OutputFormat = OUTPUT_FORMATS[0]

// -------------------------------------------------------------------------------------
// lookup
// -------------------------------------------------------------------------------------

/**
 * The format of a name, e.g. `pdf`.
 */
export const formatNamed = (name: string): OutputFormat | undefined => OUTPUT_FORMATS.find((f) => f.name === name.toLowerCase())

/**
 * The known formats for a message: `pdf（.pdf）`.
 */
export const knownFormats = (): string => OUTPUT_FORMATS.map((f) => `${f.name}（${f.extension}）`).join('、')

/**
 * The format to write: `--to` when given, else the one of `-o`'s extension, else
 * {@link DEFAULT_FORMAT}; an unknown name or extension is a message in Chinese
 * listing the known formats.
 *
 * @example
 * chooseFormat(undefined, 'out/a.PDF') // { format: pdf }
 * chooseFormat('docx', undefined) // { format: docx }
 * chooseFormat('odt', undefined) // { refusal: '未知的输出格式“odt”；已知格式：pdf（.pdf）、docx（.docx）、html（.html）' }
 */
export const chooseFormat = (to: string | undefined, output: string | undefined): { readonly format: OutputFormat } | { readonly refusal: string } => {
  if (to !== undefined) {
    const format = formatNamed(to)
    return format === undefined ? { refusal: `未知的输出格式“${to}”；已知格式：${knownFormats()}` } : { format }
  }
  const extension = output === undefined ? '' : extname(output).toLowerCase()
  if (extension === '') return { format: DEFAULT_FORMAT }
  const format = OUTPUT_FORMATS.find((f) => f.extension === extension)
  return format === undefined ? { refusal: `无法从 -o 的扩展名“${extension}”判断输出格式（可用 --to 指定）；已知格式：${knownFormats()}` } : { format }
}
