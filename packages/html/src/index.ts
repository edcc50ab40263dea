/**
 * @report/html: a report's document view as HTML for a website's 年报 column, a
 * fragment with inline styles or a standalone page.
 */
export { renderHtml, type HtmlOptions } from './render-html.js'
export { escapeHtml } from './escape.js'
