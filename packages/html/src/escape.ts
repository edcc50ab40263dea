/**
 * HTML escaping: every text and attribute value the writer emits goes through it.
 */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * `text` with `& < > " '` escaped, for text and for attribute values in double quotes.
 *
 * @example
 * escapeHtml('<b>“A & B”</b>') // '&lt;b&gt;“A &amp; B”&lt;/b&gt;'
 */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c)
