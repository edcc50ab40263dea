/**
 * @report/view: a report as a renderer-neutral document, drawn alike by the PDF
 * renderer and the HTML viewer.
 */
export * from './document.js'
export * from './build-view.js'
export * from './chinese-date.js'
export { activeTable } from './tables/active.js'
export { applicationsTable } from './tables/applications.js'
export { reviewTable } from './tables/review.js'
