/**
 * A PDF's embedded font programs hidden from pdfjs where its text needs none: a
 * font with a ToUnicode map gives its text from the map and its widths from its
 * dictionary, and pdfjs would otherwise parse and repair every embedded font (the
 * largest part of its time on a typical Chinese report) to make it drawable. The
 * `/FontFile` keys of such fonts' descriptors are renamed in place (same length, so
 * every offset of the file stays right); fonts without ToUnicode, and objects
 * inside compressed object streams, are left as they are.
 */

/** Dictionary text of one object: from `N G obj` to its stream or its end. */
interface ObjectDict {
  readonly start: number
  readonly text: string
}

const OBJECT = /(\d{1,10})\s+\d{1,5}\s+obj\b/g
const FONT = /\/Type\s*\/Font(?![A-Za-z])/
/** A descendant of a Type0 font: its ToUnicode map is its parent's. */
const CID_FONT = /\/Subtype\s*\/CIDFontType[02]/
const TO_UNICODE = /\/ToUnicode\s*\d+\s+\d+\s+R/
const DESCRIPTOR = /\/FontDescriptor\s*(\d+)\s+\d+\s+R/
const DESCENDANT = /\/DescendantFonts\s*\[\s*(\d+)\s+\d+\s+R/
const FONT_FILE = /\/FontFile(?=[23]?[\s/<[(\d])/g
/** The longest dictionary looked at. */
const MAX_DICT = 16_384
const HIDDEN = '/NoFontFl'

const objectsOf = (text: string): ReadonlyMap<number, ObjectDict> => {
  const objects = new Map<number, ObjectDict>()
  for (const m of text.matchAll(OBJECT)) {
    const start = (m.index ?? 0) + m[0].length
    const window = text.slice(start, start + MAX_DICT)
    const end = window.search(/\bstream\b|\bendobj\b/)
    objects.set(Number(m[1]), { start, text: end === -1 ? window : window.slice(0, end) })
  }
  return objects
}

/**
 * The bytes with the font programs of ToUnicode fonts hidden, or the same bytes when
 * there are none.
 */
export const withoutFontPrograms = (data: Uint8Array): Uint8Array => {
  const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1')
  if (!text.includes('/ToUnicode') || !text.includes('/FontFile')) return data
  const objects = objectsOf(text)
  // Per descriptor: whether every font using it maps its text (true) or one does not (false).
  const mapped = new Map<number, boolean>()
  const use = (descriptor: number, toUnicode: boolean): void => {
    mapped.set(descriptor, (mapped.get(descriptor) ?? true) && toUnicode)
  }
  for (const { text: dict } of objects.values()) {
    if (!FONT.test(dict) || CID_FONT.test(dict)) continue
    const toUnicode = TO_UNICODE.test(dict)
    const own = DESCRIPTOR.exec(dict)
    if (own !== null) use(Number(own[1]), toUnicode)
    const descendant = DESCENDANT.exec(dict)
    const child = descendant === null ? undefined : objects.get(Number(descendant[1]))
    const childDescriptor = child === undefined ? null : DESCRIPTOR.exec(child.text)
    if (childDescriptor !== null) use(Number(childDescriptor[1]), toUnicode || TO_UNICODE.test(child?.text ?? ''))
  }
  let out: Uint8Array | undefined
  for (const [number, ok] of mapped) {
    const descriptor = objects.get(number)
    if (!ok || descriptor === undefined) continue
    for (const m of descriptor.text.matchAll(FONT_FILE)) {
      out ??= Uint8Array.from(data)
      const at = descriptor.start + (m.index ?? 0)
      for (let k = 0; k < HIDDEN.length; k++) out[at + k] = HIDDEN.charCodeAt(k)
    }
  }
  return out ?? data
}
