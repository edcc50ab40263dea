/**
 * Typst through `@myriaddreamin/typst-ts-node-compiler` (its native compiler): a
 * compiler kept with the given font files, and one compile of markup to PDF bytes.
 */
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler'
import { readFileSync } from 'node:fs'

/** A kept compiler that knows only the given font files (no system fonts are searched for fonts given as blobs). */
export const typstCompiler = (fontFiles: ReadonlyArray<string>): NodeCompiler =>
  NodeCompiler.create({ fontArgs: [{ fontBlobs: fontFiles.map((f) => readFileSync(f)) }] })

/**
 * The PDF of `markup` and its page count; throws with Typst's diagnostics when it
 * does not compile. Untagged, as the PDF of renderPdf is (Typst tags by default).
 */
export const typstPdf = (compiler: NodeCompiler, markup: string): { readonly pdf: Buffer; readonly pages: number } => {
  const compiled = compiler.compile({ mainFileContent: markup })
  const doc = compiled.result
  if (doc === null) {
    const error = compiled.takeError()
    throw new Error(`Typst did not compile: ${JSON.stringify(error === null ? [] : compiler.fetchDiagnostics(error)).slice(0, 800)}`)
  }
  return { pdf: compiler.pdf(doc, { pdfTags: false }), pages: doc.numOfPages }
}
