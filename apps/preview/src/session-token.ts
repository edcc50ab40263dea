/**
 * The per-session token every writing request must carry: random, made at start,
 * printed in the page's address and sent back by the page in a header, so no
 * other page or process that can reach the port can write through the server.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * A fresh token: 32 random hex digits.
 */
export const sessionToken = (): string => randomBytes(16).toString('hex')

/**
 * Does a request header hold exactly `token`? Compared in constant time.
 *
 * @example
 * tokenMatches(req.headers[TOKEN_HEADER], token) // false for a missing header
 */
export const tokenMatches = (header: string | ReadonlyArray<string> | undefined, token: string): boolean => {
  if (typeof header !== 'string' || header.length !== token.length) return false
  return timingSafeEqual(Buffer.from(header), Buffer.from(token))
}
