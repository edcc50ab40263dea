/**
 * pdfmake, held on a short leash: an instance of its own, every URL and every
 * local file refused, and the fonts handed over through its virtual file system
 * as tokens of fonts parsed once (pdfmake reads a font from its virtual file
 * system without consulting the local file policy).
 */
import { createRequire } from 'node:module'
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces.js'
import type { FontSet } from './fonts/font-set.js'
import { keepEmbeddedFontWork } from './fonts/pdfkit-fonts.js'
import { FONT_ROLES } from './fonts/roles.js'
import { prepareLibraries } from './library-loading.js'

interface PdfMake {
  readonly virtualfs: { readonly writeFileSync: (name: string, content: Buffer) => void }
  readonly setUrlAccessPolicy: (policy: (url: string) => boolean) => void
  readonly setLocalAccessPolicy: (policy: (path: string) => boolean) => void
  readonly setFonts: (fonts: TFontDictionary) => void
  readonly createPdf: (definition: TDocumentDefinitions) => { readonly getBuffer: () => Promise<Buffer> }
}

let instance: PdfMake | undefined

/** pdfkit's document, as far as it is used here to reach its embedded font class. */
type PdfKitDocument = new (options: { readonly autoFirstPage: boolean; readonly font: null }) => { font: (src: Buffer) => { readonly _font: object } }

/** Our pdfmake, loaded on the first render: a program that only imports this package (to check or import reports) does not pay for it. */
const engine = (): PdfMake => {
  if (instance === undefined) {
    prepareLibraries(createRequire(import.meta.url).resolve('pdfkit'))
    const shared = createRequire(import.meta.url)('pdfmake') as PdfMake
    const PdfMakeClass = Object.getPrototypeOf(shared).constructor as new () => PdfMake
    instance = new PdfMakeClass()
    instance.setUrlAccessPolicy(() => false)
    instance.setLocalAccessPolicy(() => false)
  }
  return instance
}

let keepingFontWork = false

/**
 * pdfkit's embedded fonts made to keep their work across documents, once: the
 * class reached through a font opened in a document never written, which opens
 * no default font (pdfkit would parse Helvetica's metrics for it, as pdfmake's
 * own documents do not).
 */
const keepFontWork = (fonts: FontSet): void => {
  if (keepingFontWork) return
  const PdfKit = createRequire(import.meta.url)('pdfkit') as PdfKitDocument
  keepEmbeddedFontWork(new PdfKit({ autoFirstPage: false, font: null }).font(fonts.fangsong.token)._font)
  keepingFontWork = true
}

const fileOf = (family: string): string => `report-pdf-fonts/${family}`

/**
 * The PDF bytes of a document definition drawn with `fonts`.
 */
export const renderDefinition = (definition: TDocumentDefinitions, fonts: FontSet): Promise<Buffer> => {
  const pdfmake = engine()
  keepFontWork(fonts)
  const dictionary: TFontDictionary = {}
  for (const role of FONT_ROLES) {
    const { family, token } = fonts[role]
    pdfmake.virtualfs.writeFileSync(fileOf(family), token)
    dictionary[family] = { normal: fileOf(family), bold: fileOf(family), italics: fileOf(family), bolditalics: fileOf(family) }
  }
  // Read synchronously by createPdf, so concurrent renders with other fonts cannot mix them up.
  pdfmake.setFonts(dictionary)
  return pdfmake.createPdf(definition).getBuffer()
}
