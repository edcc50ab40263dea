/**
 * `struct`: an exact object codec with required and optional fields in one step.
 * It stands for `t.intersection([t.strict(required), t.partial(optional)])`, which
 * copies and merges objects several times over; reports hold hundreds of them.
 */
import * as t from 'io-ts'

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null && !Array.isArray(u)

/** An object as JSON makes them: no field of its own comes from a prototype. */
const isPlain = (u: unknown): u is Record<string, unknown> => {
  if (!isRecord(u)) return false
  const prototype: unknown = Object.getPrototypeOf(u)
  return prototype === Object.prototype || prototype === null
}

interface Field {
  readonly key: string
  readonly codec: t.Mixed
  readonly optional: boolean
}

/**
 * The decoded type of a {@link struct}.
 */
export type StructOf<R extends t.Props, O extends t.Props> = t.TypeOfProps<R> & t.TypeOfPartialProps<O>

/**
 * The encoded type of a {@link struct}.
 */
export type StructOutput<R extends t.Props, O extends t.Props> = t.OutputOfProps<R> & t.OutputOfPartialProps<O>

/**
 * An exact object codec: the `required` fields must be there, the `optional` ones may
 * be; unknown fields are dropped. An input with no unknown field, whose every field
 * decodes to itself, is handed back unchanged (its keys in its own order), not
 * copied: decoded values are read-only. `is` holds for exactly those inputs (a
 * plain object, no unknown field), so that a check with `is` can stand for decoding. Errors carry the same contexts as io-ts's own
 * combinators (a field's key, then its codec), built only when a field fails.
 *
 * @example
 * const Subsection = struct({ heading: t.string }, { runIn: t.boolean }, 'Subsection')
 */
export const struct = <R extends t.Props, O extends t.Props = {}>(required: R, optional: O = {} as O, name = 'struct') => {
  const fields: ReadonlyArray<Field> = [
    ...Object.entries(required).map(([key, codec]) => ({ key, codec, optional: false })),
    ...Object.entries(optional).map(([key, codec]) => ({ key, codec, optional: true }))
  ]
  // The fields' keys, tests and optionality as parallel arrays: `isExact` runs for every object of every report.
  const keys = fields.map((f) => f.key)
  const tests = fields.map((f) => f.codec.is)
  const optionals = fields.map((f) => f.optional)
  /**
   * The fields in the order of the keys of the last object read by key (the fields it left out after them), as
   * parallel arrays: the objects of reports written alike have their keys in one order, which need not be the fields'.
   */
  let orderedKeys: ReadonlyArray<string> = keys
  let orderedTests: ReadonlyArray<t.Is<unknown>> = tests
  let orderedOptionals: ReadonlyArray<boolean> = optionals
  /** {@link isExact} by the fields' keys, for an object whose keys are not in their order; a match orders them as its own. */
  const isExactByKey = (u: Record<string, unknown>): boolean => {
    let kept = 0
    for (let i = 0; i < keys.length; i++) {
      const value = u[keys[i] as string]
      if (value === undefined && optionals[i] === true) continue
      if (!(tests[i] as t.Is<unknown>)(value)) return false
      kept++
    }
    const ownKeys = Object.keys(u)
    if (kept !== ownKeys.length) return false
    const own = ownKeys.map((key) => keys.indexOf(key))
    if (own.includes(-1)) return true
    const order = [...own, ...fields.flatMap((_, i) => (own.includes(i) ? [] : [i]))]
    orderedKeys = order.map((i) => keys[i] as string)
    orderedTests = order.map((i) => tests[i] as t.Is<unknown>)
    orderedOptionals = order.map((i) => optionals[i] as boolean)
    return true
  }
  /**
   * Whether `u` is a plain object with no field but these, each of its type: exactly what decodes to itself. Its keys
   * are read in their own order (for…in reads each value directly), against the fields' order, past the optional ones left out.
   */
  const isExact = (u: unknown): u is StructOf<R, O> => {
    if (!isPlain(u)) return false
    const n = orderedKeys.length
    let j = 0
    for (const key in u) {
      while (j < n && orderedKeys[j] !== key && orderedOptionals[j] === true) j++
      const value = u[key]
      if (j === n || orderedKeys[j] !== key || value === undefined) return isExactByKey(u)
      if (!(orderedTests[j] as t.Is<unknown>)(value)) return false
      j++
    }
    for (; j < n; j++) if (orderedOptionals[j] !== true) return isExactByKey(u)
    return true
  }
  /** The fields before `end` that `u` has, as they are (each decoded to itself). */
  const keptBefore = (u: Record<string, unknown>, end: number): Record<string, unknown> => {
    const out: Record<string, unknown> = {}
    for (let j = 0; j < end; j++) {
      const { key, optional } = fields[j] as Field
      const value = u[key]
      if (!(optional && value === undefined)) out[key] = value
    }
    return out
  }
  return new t.Type<StructOf<R, O>, StructOutput<R, O>, unknown>(
    name,
    isExact,
    (u, c) => {
      if (!isRecord(u)) return t.failure(u, c)
      // `u` itself is the result when it has no field but those kept, each decoded to itself; a copy is made only when one is not.
      let out: Record<string, unknown> | undefined
      let errors: Array<t.ValidationError> | undefined
      let kept = 0
      for (let i = 0; i < fields.length; i++) {
        const { key, codec, optional } = fields[i] as Field
        const value = u[key]
        if (optional && value === undefined) continue
        const fast = codec.validate(value, c)
        if (fast._tag === 'Right') {
          if (out === undefined && (fast.right !== value || value === undefined)) out = keptBefore(u, i)
          if (out !== undefined) out[key] = fast.right
          kept++
          continue
        }
        const slow = codec.validate(value, t.appendContext(c, key, codec, value))
        if (slow._tag === 'Left') (errors ??= []).push(...slow.left)
      }
      if (errors !== undefined) return t.failures(errors)
      return t.success((out ?? (kept === Object.keys(u).length ? u : keptBefore(u, fields.length))) as StructOf<R, O>)
    },
    (a) => {
      const source = a as Record<string, unknown>
      const out: Record<string, unknown> = {}
      for (const { key, codec, optional } of fields) {
        if (!(optional && source[key] === undefined)) out[key] = codec.encode(source[key])
      }
      return out as StructOutput<R, O>
    }
  )
}
