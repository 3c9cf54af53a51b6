/**
 * A tiny typed element builder for the framework-free widget views. Data
 * only ever becomes text (`createTextNode`) or an attribute value
 * (`setAttribute`); there is no path from a string to markup. Event handler
 * attributes are refused: listeners are attached with addEventListener.
 */
export type Attributes = Readonly<Record<string, string | number | boolean | null | undefined>>;
/** A node, text, or nothing (null/undefined/false are skipped, for conditional children). */
export type Child = Node | string | null | undefined | false;

const SVG_NS = 'http://www.w3.org/2000/svg';

function setAttributes(element: Element, attributes: Attributes): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (/^on/i.test(name)) throw new Error(`el: use addEventListener, not the ${name} attribute`);
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
}

function toNodes(children: readonly Child[]): Node[] {
  const nodes: Node[] = [];
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    nodes.push(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return nodes;
}

/** `el('a', { class: 'x', href }, ['text', el('span')])` */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  element.append(...toNodes(children));
  return element;
}

/** The same for SVG (namespaced) elements. */
export function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  children: readonly Child[] = [],
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  setAttributes(element, attributes);
  element.append(...toNodes(children));
  return element;
}

/** Replace an element's content with these children. */
export function setChildren(parent: Element, children: readonly Child[]): void {
  parent.replaceChildren(...toNodes(children));
}
