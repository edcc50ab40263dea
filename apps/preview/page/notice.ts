/**
 * The messages above the panes: a dropped file refused, the connection lost, an
 * error of the page itself. Each has a key, so one can be replaced or cleared
 * without touching the others.
 */
import { el } from './dom.js'

/**
 * The messages shown in one banner element.
 */
export interface Notices {
  readonly show: (key: string, message: string) => void
  readonly clear: (key: string) => void
  readonly has: (key: string) => boolean
}

/**
 * The notices of `banner`, hidden while there are none.
 */
export const notices = (banner: HTMLElement): Notices => {
  const shown = new Map<string, string>()
  const draw = (): void => {
    banner.hidden = shown.size === 0
    banner.replaceChildren(
      ...[...shown].map(([key, message]) => {
        const close = el('button', { class: 'close', text: '×', attrs: { type: 'button', 'aria-label': '关闭' } })
        close.addEventListener('click', () => {
          shown.delete(key)
          draw()
        })
        return el('p', { class: 'notice', attrs: { 'data-key': key } }, [el('span', { text: message }), close])
      })
    )
  }
  return {
    show: (key, message) => {
      shown.set(key, message)
      draw()
    },
    clear: (key) => {
      if (shown.delete(key)) draw()
    },
    has: (key) => shown.has(key)
  }
}
