/**
 * `struct`: an exact object codec with required and optional fields in one step.
 * It stands for `t.intersection([t.strict(required), t.partial(optional)])`, which
 * copies and merges objects several times over; reports hold hundreds of them.
 */
import * as t from 'io-ts'

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null && !Array.isArray(u)

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
 * copied: decoded values are read-only. Errors carry the same contexts as io-ts's own
 * combinators (a field's key, then its codec), built only when a field fails.
 *
 * @example
 * const Subsection = struct({ heading: t.string }, { runIn: t.boolean }, 'Subsection')
 */
export const struct = <R extends t.Props, O extends t.Props = {}>(required: R, optional: O = {} as O, name = 'struct') => {
  const fields = [
    ...Object.entries(required).map(([key, codec]) => ({ key, codec, optional: false })),
    ...Object.entries(optional).map(([key, codec]) => ({ key, codec, optional: true }))
  ]
  return new t.Type<StructOf<R, O>, StructOutput<R, O>, unknown>(
    name,
    (u): u is StructOf<R, O> => isRecord(u) && fields.every(({ key, codec, optional }) => (optional && u[key] === undefined) || codec.is(u[key])),
    (u, c) => {
      if (!isRecord(u)) return t.failure(u, c)
      const out: Record<string, unknown> = {}
      const errors: Array<t.ValidationError> = []
      // `u` itself is the result when it has no field but those kept, each decoded to itself.
      let kept = 0
      let same = true
      for (const { key, codec, optional } of fields) {
        const value = u[key]
        if (optional && value === undefined) continue
        const fast = codec.validate(value, c)
        if (fast._tag === 'Right') {
          out[key] = fast.right
          same = same && fast.right === value && value !== undefined
          kept++
          continue
        }
        const slow = codec.validate(value, t.appendContext(c, key, codec, value))
        if (slow._tag === 'Left') errors.push(...slow.left)
      }
      if (errors.length > 0) return t.failures(errors)
      return t.success((same && kept === Object.keys(u).length ? u : out) as StructOf<R, O>)
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
