/**
 * The PDF's pages drawn with pdf.js, from the worker and code served by the preview
 * itself: the filed document as it will print.
 */
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'
import { el } from './dom.js'

GlobalWorkerOptions.workerSrc = workerUrl

/**
 * Each page of the PDF in `bytes` as a figure holding its canvas, `width` CSS pixels
 * wide, captioned with its number.
 *
 * @example
 * pane.replaceChildren(...(await drawPages(bytes, pane.clientWidth - 32)))
 */
export const drawPages = async (bytes: Uint8Array, width: number): Promise<ReadonlyArray<HTMLElement>> => {
  const pdf = await getDocument({ data: bytes, isEvalSupported: false, enableXfa: false }).promise
  try {
    const figures: Array<HTMLElement> = []
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n)
      const scale = width / page.getViewport({ scale: 1 }).width
      const viewport = page.getViewport({ scale: scale * window.devicePixelRatio })
      const canvas = el('canvas', { attrs: { 'aria-label': `第 ${n} 页` } })
      canvas.width = Math.floor(viewport.width)
      canvas.height = Math.floor(viewport.height)
      canvas.style.width = `${Math.floor(viewport.width / window.devicePixelRatio)}px`
      canvas.style.height = `${Math.floor(viewport.height / window.devicePixelRatio)}px`
      await page.render({ canvas, viewport }).promise
      figures.push(
        el('figure', { class: 'pdf-page', attrs: { 'data-page': String(n) } }, [canvas, el('figcaption', { text: `第 ${n} 页 / 共 ${pdf.numPages} 页` })])
      )
    }
    return figures
  } finally {
    await pdf.destroy()
  }
}
