/**
 * Exact non-negative decimals for money (万元), kept as canonical strings and
 * computed with bigint: a binary float never enters the arithmetic.
 */

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

const DECIMAL = /^(\d+)(?:\.(\d+))?$/

/**
 * Is `s` a plain non-negative decimal such as `4068.208` (no sign, no exponent)?
 */
export const isDecimalText = (s: string): boolean => DECIMAL.test(s)

/**
 * The canonical form of a decimal text: no leading zeros, no trailing fractional zeros.
 *
 * @example
 * canonicalDecimal('007730.280') // '7730.28'
 */
export const canonicalDecimal = (s: string): string => {
  const m = DECIMAL.exec(s)
  if (m === null) throw new RangeError(`not a decimal: ${s}`)
  const whole = (m[1] ?? '0').replace(/^0+(?=\d)/, '')
  const fraction = (m[2] ?? '').replace(/0+$/, '')
  return fraction === '' ? whole : `${whole}.${fraction}`
}

// -------------------------------------------------------------------------------------
// arithmetic
// -------------------------------------------------------------------------------------

interface Scaled {
  readonly units: bigint
  readonly scale: number
}

const toScaled = (s: string): Scaled => {
  const [whole = '0', fraction = ''] = s.split('.')
  return { units: BigInt(whole + fraction), scale: fraction.length }
}

const fromScaled = ({ units, scale }: Scaled): string => {
  const digits = units.toString().padStart(scale + 1, '0')
  const whole = digits.slice(0, digits.length - scale)
  return canonicalDecimal(scale === 0 ? whole : `${whole}.${digits.slice(digits.length - scale)}`)
}

const rescale = (x: Scaled, scale: number): bigint => x.units * 10n ** BigInt(scale - x.scale)

/**
 * The exact sum of decimal texts.
 *
 * @example
 * sumDecimals(['0.1', '0.2']) // '0.3'
 */
export const sumDecimals = (values: ReadonlyArray<string>): string => {
  const scaled = values.map(toScaled)
  const scale = Math.max(0, ...scaled.map((x) => x.scale))
  return fromScaled({ units: scaled.reduce((acc, x) => acc + rescale(x, scale), 0n), scale })
}

/**
 * Is a decimal text greater than zero?
 */
export const isPositiveDecimal = (s: string): boolean => /[1-9]/.test(s)
