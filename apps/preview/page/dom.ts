/**
 * Making DOM elements: text is always set as text, never parsed as HTML, so a
 * report's contents cannot inject markup.
 */

/**
 * What an element is made with.
 */
export interface ElementProps {
  readonly class?: string
  readonly text?: string
  readonly attrs?: Readonly<Record<string, string>>
}

/**
 * An element with its class, text, attributes and children.
 *
 * @example
 * el('p', { class: 'note', attrs: { 'data-path': '/title' } }, ['报告'])
 */
export const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  children: ReadonlyArray<Node | string> = []
): HTMLElementTagNameMap[K] => {
  const element = document.createElement(tag)
  if (props.class !== undefined) element.className = props.class
  if (props.text !== undefined) element.textContent = props.text
  Object.entries(props.attrs ?? {}).forEach(([name, value]) => element.setAttribute(name, value))
  element.append(...children)
  return element
}

/**
 * The element with `id`, which the page's HTML always has.
 */
export const byId = (id: string): HTMLElement => {
  const element = document.getElementById(id)
  if (element === null) throw new Error(`页面缺少元素 #${id}`)
  return element
}

/**
 * Replaces the children of a scrolling pane, keeping its scroll position (or going
 * back to the top when `keep` is false).
 */
export const replaceKeepingScroll = (pane: HTMLElement, content: HTMLElement, children: ReadonlyArray<Node>, keep: boolean): void => {
  const top = pane.scrollTop
  content.replaceChildren(...children)
  pane.scrollTop = keep ? top : 0
}
