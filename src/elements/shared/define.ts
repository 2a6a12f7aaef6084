/**
 * Registers a custom element once. A second copy of the library on the same page (two bundles,
 * a CDN file and an npm import) warns instead of throwing, and the first definition stays.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, element);
  } else if (existing !== element) {
    console.warn(
      `article-elements: <${tag}> is already defined by another copy; keeping that one.`,
    );
  }
}
