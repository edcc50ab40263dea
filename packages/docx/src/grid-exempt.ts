/**
 * Paragraph styles kept off the document grid. docx writes `snapToGrid` on runs
 * only; LibreOffice (and Word for the line pitch) reads it on the paragraph, where
 * without it the 5号 table text is spread to the 3号 character pitch and the 2号
 * title takes two grid cells a character.
 */

/**
 * `stylesXml` with `<w:snapToGrid w:val="0"/>` in the paragraph properties of each
 * style of `ids`, in its place in the schema's order (after `keepNext`/`keepLines`).
 */
export const offGrid = (stylesXml: string, ids: ReadonlyArray<string>): string =>
  ids.reduce(
    (xml, id) =>
      xml.replace(
        new RegExp(`(<w:style [^>]*w:styleId="${id}"[^>]*>(?:(?!</w:style>).)*?<w:pPr>(?:<w:keepNext/>)?(?:<w:keepLines/>)?)`, 's'),
        '$1<w:snapToGrid w:val="0"/>'
      ),
    stylesXml
  )
