import { describe, expect, it } from 'vitest'
import { decodeUtf8 } from '../src/index.js'

const JSON_TEXT = '{"agency":"任市镇"}'

describe('decodeUtf8', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeUtf8(Buffer.from(JSON_TEXT))).toEqual({ text: JSON_TEXT })
    expect(decodeUtf8(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON_TEXT)]))).toEqual({ text: JSON_TEXT })
  })

  it('refuses GB18030 (what Notepad calls ANSI), naming it and saying how to save as UTF-8', () => {
    const gbk = Buffer.from('7b226167656e6379223a22c8cecad0d5f2227d', 'hex') // {"agency":"任市镇"} in GBK
    expect(decodeUtf8(gbk)).toEqual({
      refusal: '文件不是 UTF-8 编码，看来是 GB18030（GBK，记事本所谓“ANSI”）；请用文本编辑器另存为 UTF-8 编码（记事本：“另存为”，编码选“UTF-8”）后再试'
    })
  })

  it('refuses UTF-16 with a byte-order mark, either order', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON_TEXT, 'utf16le')])
    expect(decodeUtf8(le)).toMatchObject({ refusal: expect.stringMatching(/^文件是 UTF-16LE 编码（带字节顺序标记），不是 UTF-8；请用/) })
    expect(decodeUtf8(Buffer.from([0xfe, 0xff, 0, 0x7b]))).toMatchObject({ refusal: expect.stringMatching(/^文件是 UTF-16BE 编码/) })
  })

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    expect(decodeUtf8(Buffer.from([0x7b, 0xff, 0xff, 0x80]))).toMatchObject({ refusal: expect.stringMatching(/^文件不是有效的 UTF-8 文本；/) })
  })
})
