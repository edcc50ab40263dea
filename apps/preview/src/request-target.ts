/**
 * The path a request asks for, or its refusal: the server answers only plain paths
 * of its own, so anything that could climb out of a folder is refused before any
 * lookup (`..`, percent-encoded bytes, backslashes, `//`, absolute URLs).
 */

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A request's path, or why it is refused.
 */
export type RequestTarget = { readonly kind: 'path'; readonly path: string } | { readonly kind: 'refused'; readonly reason: string }

// -------------------------------------------------------------------------------------
// parsing
// -------------------------------------------------------------------------------------

/** The only characters a served path is made of: no `%`, `\`, `:` or spaces. */
const PLAIN = /^\/[A-Za-z0-9._\-/]*$/

/**
 * The path of a raw request target (`req.url`), without its query, or a refusal
 * with the reason in Chinese.
 *
 * @example
 * requestTarget('/api/report?v=2') // { kind: 'path', path: '/api/report' }
 * requestTarget('/%2e%2e/package.json').kind // 'refused'
 */
export const requestTarget = (raw: string): RequestTarget => {
  const path = raw.replace(/[?#].*$/s, '')
  if (!PLAIN.test(path)) return { kind: 'refused', reason: '路径含有不允许的字符' }
  const segments = path === '/' ? [] : path.slice(1).split('/')
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return { kind: 'refused', reason: '路径不能离开预览的目录' }
  return { kind: 'path', path }
}
