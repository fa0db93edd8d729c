/** What `h` takes as children: nodes, text, nothing, or lists of them. */
export type Child = Node | string | number | false | null | undefined | readonly Child[]

/** Attributes, properties (`value`, `checked`, `disabled`), `class`, `testid` and `on*` listeners. */
export type Props = Record<string, unknown>

const PROPERTIES = new Set(['value', 'checked', 'disabled', 'selected'])

/**
 * Creates an element: the page's whole rendering toolkit.
 *
 * @example
 * h('button', { class: 'primary', testid: 'validate', onclick: () => run() }, 'Validate')
 */
export function h<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value as EventListener)
    } else if (name === 'class') {
      element.className = String(value)
    } else if (name === 'testid') {
      element.dataset.testid = String(value)
    } else if (PROPERTIES.has(name)) {
      Reflect.set(element, name, value)
    } else {
      element.setAttribute(name, value === true ? '' : String(value))
    }
  }
  append(element, children)
  return element
}

function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue
    if (Array.isArray(child)) append(parent, child)
    else parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)))
  }
}

/** A titled panel of the order view. */
export function panel(title: string, testid: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'panel', testid }, h('h2', {}, title), ...children)
}
