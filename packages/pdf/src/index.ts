/**
 * @report/pdf: a report printed as an official document (GB/T 9704-2012) with
 * the statutory tables as the national format draws them.
 *
 * Data flows one way: report → `buildView` (@report/view) → pdfmake document
 * definition → bytes.
 */
export { renderPdf, type RenderOptions } from './render.js'
export { RenderError, failureMessage, type RenderFailure, type MissingGlyph, type TextTooLong, type FontUnreadable } from './render-error.js'
export {
  discoverFonts,
  fontsFor,
  systemFontDirs,
  FONT_DIR_ENV,
  type FontFile,
  type FontFiles,
  type FontSearch,
  type FontSource
} from './fonts/discover.js'
export { FONT_ROLES, ROLE_NAMES, OFFICIAL_FONTS, OFFICIAL_NAMES, BUNDLED_FONTS, type FontRole, type BundledFont } from './fonts/roles.js'
export { standIns } from './fonts/stand-ins.js'
export { loadFontSet, type FontSet, type LoadedFont } from './fonts/font-set.js'
export { FONT_CACHE_DIR, bundledFontSource } from './fonts/bundled-file.js'
export { PAGE, LINE_PITCH, LINES_PER_PAGE, PAGE_NUMBER_GAP, SIZE, INDENT, mm } from './layout/gbt9704.js'
export { pageNumberText } from './layout/page-number.js'
