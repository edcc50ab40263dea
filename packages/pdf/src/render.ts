/**
 * `renderPdf`: a report printed as an official document, in one call. Its fonts
 * are found and loaded (`fonts/`), its view laid out as a pdfmake document
 * (`layout/`, setting its text with `text/`), and pdfmake draws the bytes
 * (`pdfmake-engine`).
 */
import { tooLongTexts, type Report } from '@report/model'
import { buildView } from '@report/view'
import { fontsFor, type FontSearch } from './fonts/discover.js'
import { loadFontSet } from './fonts/font-set.js'
import { docDefinition } from './layout/doc-definition.js'
import { renderDefinition } from './pdfmake-engine.js'
import { RenderError } from './render-error.js'

/**
 * How to render.
 */
export interface RenderOptions extends FontSearch {
  /** Write PDF/A-2b (default false). */
  readonly pdfa?: boolean
}

/** The creation date recorded: the publication date, else the first day after the report year (China time). */
const creationDate = (report: Report): Date => new Date(`${report.published ?? `${report.year + 1}-01-01`}T00:00:00+08:00`)

/**
 * The PDF of a report, laid out by GB/T 9704-2012. The same report and fonts give
 * the same bytes. Fonts are found and parsed once per process and reused.
 *
 * Throws a {@link RenderError} (code `MISSING_GLYPH`, `TEXT_TOO_LONG` or
 * `FONT_UNREADABLE`, Chinese message naming the character or text and its place,
 * or the file) when it cannot draw the report, before any layout for a text too
 * long; it never draws a blank box for a missing character.
 *
 * @example
 * const pdf = await renderPdf(report, { fontDirs: ['/opt/fonts'], pdfa: true })
 */
export const renderPdf = async (report: Report, options: RenderOptions = {}): Promise<Uint8Array> => {
  const [tooLong] = tooLongTexts(report)
  if (tooLong !== undefined) throw new RenderError({ code: 'TEXT_TOO_LONG', ...tooLong })
  const fonts = await loadFontSet(await fontsFor(options))
  const definition = docDefinition(buildView(report), {
    fonts,
    created: creationDate(report),
    pdfa: options.pdfa === true
  })
  return renderDefinition(definition, fonts)
}
