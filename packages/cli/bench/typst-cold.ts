/**
 * Cold Typst, for the cold bench: `node typst-cold.js in.typ out.pdf font…` loads
 * the compiler, reads the font files, compiles the markup and writes the PDF.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { typstCompiler, typstPdf } from './typst-compile.js'

const [input, output, ...fontFiles] = process.argv.slice(2)
if (input === undefined || output === undefined) throw new Error('usage: typst-cold.js in.typ out.pdf font…')
writeFileSync(output, typstPdf(typstCompiler(fontFiles), readFileSync(input, 'utf8')).pdf)
