/**
 * @report/docx: a report's document view as a Word document (DOCX) for WPS and
 * Word, by GB/T 9704-2012, with the official fonts named, not embedded.
 */
export { renderDocx } from './render-docx.js'
export { FIXED_DATE } from './pack.js'
export { PAGE, GRID, LINE_PITCH, BODY_SPACING, FONT, SIZE, twips } from './page.js'
export { columnTwips } from './widths.js'
