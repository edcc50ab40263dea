/**
 * Damaged copies of the real text inputs (`fixtures/imports/*\/source.txt`) for the
 * text import's fuzz: bytes changed, spans deleted, repeated or overwritten, lines
 * swapped, statutory-looking lines inserted, the text cut short. Seeded, so each
 * mutant can be made again from its number.
 */
import { fixturePath } from '@report/fixtures'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { random } from './document-mutations.js'

/** The real text inputs, as bytes, with their folder names. */
export const TEXT_INPUTS: ReadonlyArray<{ readonly name: string; readonly bytes: Uint8Array }> = readdirSync(fixturePath('imports'))
  .filter((n) => !n.startsWith('variant-') && existsSync(fixturePath('imports', n, 'source.txt')))
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(fixturePath('imports', name, 'source.txt'))) }))

const INSERTS = [
  '一、总体情况',
  '三、收到和处理政府信息公开申请情况',
  '（七）总计',
  '|',
  '\t\t\t',
  '000000000000000',
  '發佈日期：2021-01-27',
  '## 四、',
  '<table><tr><td>',
  'Page 9 - ',
  '\uFFFD'
]

/** Mutant number `seed`: which input, what was done to it, and the bytes. */
export const textMutant = (seed: number): { readonly name: string; readonly kind: string; readonly bytes: Uint8Array } => {
  const next = random(seed)
  const pick = (n: number): number => Math.floor(next() * n)
  const input = TEXT_INPUTS[seed % TEXT_INPUTS.length] as (typeof TEXT_INPUTS)[number]
  const bytes = input.bytes
  const at = pick(bytes.length)
  const span = 1 + pick(Math.min(400, bytes.length))
  const kinds = ['bytes', 'delete', 'repeat', 'overwrite', 'cut', 'insert', 'swap'] as const
  const kind = kinds[pick(kinds.length)] ?? 'bytes'
  const out = (parts: ReadonlyArray<Uint8Array>) => ({ name: input.name, kind, bytes: new Uint8Array(Buffer.concat(parts)) })
  switch (kind) {
    case 'bytes': {
      const copy = bytes.slice()
      for (let i = 0; i < 1 + pick(20); i++) copy[pick(copy.length)] = pick(256)
      return { name: input.name, kind, bytes: copy }
    }
    case 'delete':
      return out([bytes.subarray(0, at), bytes.subarray(at + span)])
    case 'repeat':
      return out([bytes.subarray(0, at + span), ...Array.from({ length: 1 + pick(50) }, () => bytes.subarray(at, at + span)), bytes.subarray(at + span)])
    case 'overwrite': {
      const copy = bytes.slice()
      copy.fill(pick(256), at, at + span)
      return { name: input.name, kind, bytes: copy }
    }
    case 'cut':
      return out([bytes.subarray(0, at)])
    case 'insert':
      return out([bytes.subarray(0, at), new TextEncoder().encode(`\n${INSERTS[pick(INSERTS.length)] ?? ''}\n`), bytes.subarray(at)])
    case 'swap': {
      const lines = new TextDecoder().decode(bytes).split('\n')
      for (let i = 0; i < 1 + pick(10); i++) {
        const a = pick(lines.length)
        const b = pick(lines.length)
        ;[lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? '']
      }
      return { name: input.name, kind, bytes: new TextEncoder().encode(lines.join('\n')) }
    }
  }
}
