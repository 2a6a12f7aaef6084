/**
 * A node's tree as plain data, to compare DOM built two ways (plain DOM against Lit templates):
 * tag, attributes in name order, children, with adjacent texts joined and empty texts and
 * comments (Lit's markers) left out. White-space-only text inside `formatted` elements (by tag
 * name) is template formatting, never data, and is left out too.
 */
export function domTree(node: Node, formatted: ReadonlySet<string>): unknown {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  const element = node as Element;
  const children: unknown[] = [];
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === Node.COMMENT_NODE) continue;
    const value = domTree(child, formatted);
    const last = children.length - 1;
    if (typeof value === 'string' && typeof children[last] === 'string') children[last] += value;
    else children.push(value);
  }
  const kept = children.filter(
    (child) => child !== '' && !(formatted.has(element.localName) && /^\s+$/.test(child as string)),
  );
  const attributes = Array.from(element.attributes, (a) => `${a.name}=${a.value}`).sort();
  return [element.localName, attributes, kept];
}
