/**
 * An element of `doc` with an optional `part` and text: the building block of the items and
 * blocks built as plain DOM, where a Lit template instance per item would cost more time and
 * memory than the content that never changes.
 */
export function makeElement(doc: Document, tag: string, part?: string, text?: string): HTMLElement {
  const element = doc.createElement(tag);
  if (part) element.setAttribute('part', part);
  if (text !== undefined) element.textContent = text;
  return element;
}
