/**
 * The stand-ins `prepareLibraries` puts in place of what pdfkit and fontkit
 * load give what the real modules give.
 */
import { createRequire } from 'node:module'
import { deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { prepareLibraries } from '../src/library-loading.js'

const require = createRequire(import.meta.url)
const pdfkit = require.resolve('pdfkit')
const fontkit = createRequire(pdfkit).resolve('fontkit')
const files = { inflate: createRequire(fontkit).resolve('tiny-inflate'), aes: createRequire(pdfkit).resolve('@noble/ciphers/aes') }

type Inflate = (source: Uint8Array, dest: Uint8Array) => Uint8Array

prepareLibraries(pdfkit)
const standIns = { inflate: require(files.inflate) as Inflate, aes: require(files.aes) as Record<string, unknown> }
delete require.cache[files.inflate]
const tinyInflate = require(files.inflate) as Inflate

describe('the stand-ins of what pdfkit and fontkit load', () => {
  const text = Buffer.from('仿宋_GB2312 '.repeat(200) + Array.from({ length: 500 }, (_, i) => i * 7919).join(','))
  const deflated = deflateRawSync(text)

  it('inflate as tiny-inflate does, into a buffer of the right length or cut from a longer one', () => {
    expect(standIns.inflate).not.toBe(tinyInflate)
    for (const length of [text.length, text.length + 100]) {
      const [mine, theirs] = [standIns.inflate(deflated, new Uint8Array(length)), tinyInflate(deflated, new Uint8Array(length))]
      expect(Buffer.from(mine).equals(text)).toBe(true)
      expect(Buffer.from(mine).equals(Buffer.from(theirs))).toBe(true)
    }
  })

  it('load a deferred module on first use and give its own functions', () => {
    const ecb = standIns.aes['ecb']
    expect(typeof ecb).toBe('function')
    expect(ecb).toBe((require(files.aes) as Record<string, unknown>)['ecb'])
  })
})
