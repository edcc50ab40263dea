import { fixturePath } from '@report/fixtures'
import { MAX_UNZIPPED_BYTES } from '@report/model'
import mammoth from 'mammoth'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { docxHtml, leanDocumentXml, openDocx } from '../../src/read/docx.js'
import { sniff, isEncryptedOffice } from '../../src/read/sniff.js'
import { crc32, openZip, ZipError } from '../../src/read/zip.js'
import { filledTemplate, zipOf } from './documents.js'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

describe('leanDocumentXml', () => {
  it('drops run, paragraph and table formatting and revision ids', () => {
    const xml =
      '<w:p w:rsidR="00AB" w14:paraId="1F"><w:pPr><w:jc w:val="center"/><w:rPr><w:b/></w:rPr></w:pPr><w:proofErr w:type="spellStart"/>' +
      '<w:r><w:rPr><w:rFonts w:ascii="宋体"/><w:sz w:val="20"/></w:rPr><w:t>规章</w:t></w:r></w:p>'
    expect(leanDocumentXml(xml)).toBe('<w:p><w:r><w:t>规章</w:t></w:r></w:p>')
  })

  it('keeps the merges of a cell, and only them', () => {
    const xml =
      '<w:tc><w:tcPr><w:tcW w:w="2435" w:type="dxa"/><w:gridSpan w:val="3"/><w:vMerge w:val="restart"/><w:vAlign w:val="center"/></w:tcPr></w:tc>'
    expect(leanDocumentXml(xml)).toBe('<w:tc><w:tcPr><w:gridSpan w:val="3"/><w:vMerge w:val="restart"/></w:tcPr></w:tc>')
  })

  it('keeps the marks of a deleted paragraph and a deleted row', () => {
    expect(leanDocumentXml('<w:p><w:pPr><w:ind w:left="0"/><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr></w:p>')).toBe(
      '<w:p><w:pPr><w:rPr><w:del/></w:rPr></w:pPr></w:p>'
    )
    expect(leanDocumentXml('<w:tr><w:trPr><w:trHeight w:val="300"/><w:del w:id="2"/></w:trPr></w:tr>')).toBe('<w:tr><w:trPr><w:del/></w:trPr></w:tr>')
  })

  it('takes out tracked property changes, which nest properties of their own', () => {
    const xml = '<w:r><w:rPr><w:b/><w:rPrChange w:id="3"><w:rPr><w:i/></w:rPr></w:rPrChange></w:rPr><w:t>表</w:t></w:r>'
    expect(leanDocumentXml(xml)).toBe('<w:r><w:t>表</w:t></w:r>')
  })

  it('gives mammoth the same text and cells as the part as it is', async () => {
    const bytes = await filledTemplate()
    const zip = openDocx(bytes)
    if ('kind' in zip) throw new Error(zip.message)
    const lean = await docxHtml(zip)
    const full = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })
    const structure = (html: string) => html.replace(/<(?!\/?(?:p|table|tr|td)\b)[^>]*>/g, '')
    expect(lean.kind).toBe('html')
    if (lean.kind === 'html') expect(structure(lean.html)).toBe(structure(full.value))
  })

  it('a minimal document (its main part only: no relationships, no styles) is read', async () => {
    const xml = `<w:document ${W}><w:body><w:p><w:r><w:t>二〇二三年报告</w:t></w:r></w:p></w:body></w:document>`
    const zip = openDocx(zipOf({ 'word/document.xml': xml }))
    if ('kind' in zip) throw new Error(zip.message)
    expect(await docxHtml(zip)).toEqual({ kind: 'html', html: '<p>二〇二三年报告</p>' })
  })
})

describe('openZip', () => {
  it('reads what it was given, checked against its CRC', () => {
    const zip = openZip(zipOf({ 'a.txt': '政府信息', 'b/c.xml': '<x/>' }), 1000)
    expect([...zip.entries.keys()]).toEqual(['a.txt', 'b/c.xml'])
    expect(Buffer.from(zip.read('a.txt')).toString('utf8')).toBe('政府信息')
  })

  it('refuses an archive larger than the limit once inflated, from its directory', () => {
    expect(() => openZip(zipOf({ 'a.txt': 'x'.repeat(2000) }), 1000)).toThrow(ZipError)
    try {
      openZip(zipOf({ 'a.txt': 'x'.repeat(2 * 1024 * 1024) }), 1024 * 1024)
    } catch (e) {
      expect(e).toMatchObject({ kind: 'too-large', message: '解压后共 2 MB，超过 1 MB 的上限' })
    }
  })

  it('a part whose bytes do not match its CRC is broken', () => {
    const bytes = zipOf({ 'a.txt': 'abc' })
    const view = new DataView(bytes.buffer)
    view.setUint32(14, crc32(new TextEncoder().encode('abd')), true)
    const at = bytes.length - 22 - 46 - 5
    view.setUint32(at + 16, crc32(new TextEncoder().encode('abd')), true)
    expect(() => openZip(bytes, 1000).read('a.txt')).toThrow('a.txt 的校验和不符')
  })

  it('never throws anything but a ZipError on damaged bytes', () => {
    const good = zipOf({ 'word/document.xml': '<w:document/>'.repeat(50), 'x.xml': '<x/>' })
    for (let seed = 0; seed < 400; seed++) {
      const bytes = Uint8Array.from(good)
      for (let k = 0; k < 1 + (seed % 5); k++) bytes[(seed * 7919 + k * 104_729) % bytes.length] = (seed * 31 + k) & 0xff
      const cut = seed % 3 === 0 ? bytes.subarray(0, (seed * 13) % bytes.length) : bytes
      try {
        const zip = openZip(cut, MAX_UNZIPPED_BYTES)
        for (const name of zip.entries.keys()) zip.read(name)
      } catch (e) {
        expect(e).toBeInstanceOf(ZipError)
      }
    }
  })
})

describe('sniff', () => {
  const bytes = (s: string) => new TextEncoder().encode(s)
  it('tells the kinds by their first bytes, never the name', () => {
    expect(sniff(bytes('%PDF-1.7\n'))).toBe('pdf')
    expect(sniff(bytes('\n\n  junk %PDF-1.4'))).toBe('pdf')
    expect(sniff(readFileSync(fixturePath('national-template-2021', 'template.docx')))).toBe('zip')
    expect(sniff(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('ole')
    expect(sniff(bytes('{\\rtf1\\ansi'))).toBe('rtf')
    expect(sniff(bytes('<html><body>2023年报告</body></html>'))).toBe('text')
    expect(sniff(bytes('PK 不是压缩包'))).toBe('text')
    expect(sniff(new Uint8Array(0))).toBe('text')
  })

  it('tells an encrypted Office file from a .doc', () => {
    const name = [...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0])
    const ole = new Uint8Array(2048)
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    expect(isEncryptedOffice(ole)).toBe(false)
    ole.set(name, 1100)
    expect(isEncryptedOffice(ole)).toBe(true)
  })
})
