import {expect, waitUntil} from '@open-wc/testing';
import type {ArticleIssueDetail} from '../../src/events.js';
import {getLocale, resolveLocale, setLocale} from '../../src/localization.js';

/** The open shadow root of a rendered element; fails the test when there is none. */
export function shadow(element: Element): ShadowRoot {
  const root = element.shadowRoot;
  if (root === null) throw new Error(`<${element.localName}> has no open shadow root`);
  return root;
}

/** Every element below `root` in the composed tree (shadow roots included), in document order. */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of Array.from(node.children)) {
      out.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  visit(root);
  return out;
}

/** The first element matching `selector` in the composed tree below `root`, or null. */
export function deepQuery<T extends Element = HTMLElement>(
  root: Element | ShadowRoot,
  selector: string,
): T | null {
  return (deepElements(root).find((element) => element.matches(selector)) as T | undefined) ?? null;
}

/** Markup of an element's shadow root and every nested one, without Lit's comment markers. */
export function renderedMarkup(element: Element): string {
  const parts = [shadow(element).innerHTML];
  for (const inner of deepElements(shadow(element))) {
    if (inner.shadowRoot) parts.push(`<#shadow ${inner.localName}>${inner.shadowRoot.innerHTML}`);
  }
  return parts.join('\n').replace(/<!--[\s\S]*?-->/g, '');
}

interface Updatable extends Element {
  updateComplete?: Promise<unknown>;
}

/** Waits until the element and every custom element in its shadow tree has rendered. */
export async function settled(element: Element): Promise<void> {
  // Each pass may create nested elements whose first update is still pending.
  for (let pass = 0; pass < 3; pass += 1) {
    const pending = [element, ...deepElements(shadow(element))]
      .map((el) => (el as Updatable).updateComplete)
      .filter((promise): promise is Promise<unknown> => promise !== undefined);
    await Promise.all(pending);
  }
}

/** Events of the given types that reached `document`, in the order they arrived. */
export class EventLog {
  readonly events: Event[] = [];
  private readonly listener = (event: Event) => this.events.push(event);

  constructor(private readonly types: readonly string[]) {
    for (const type of types) document.addEventListener(type, this.listener);
  }

  of(type: string): Event[] {
    return this.events.filter((event) => event.type === type);
  }

  details(type: string): ArticleIssueDetail[] {
    return this.of(type).map((event) => (event as CustomEvent<ArticleIssueDetail>).detail);
  }

  stop(): void {
    for (const type of this.types) document.removeEventListener(type, this.listener);
  }
}

/** Records uncaught errors and unhandled rejections on `window` for one test. */
export class UncaughtErrors {
  readonly errors: unknown[] = [];
  private readonly onError = (event: ErrorEvent) => this.errors.push(event.error ?? event.message);
  private readonly onRejection = (event: PromiseRejectionEvent) => this.errors.push(event.reason);

  constructor() {
    window.addEventListener('error', this.onError);
    window.addEventListener('unhandledrejection', this.onRejection);
  }

  stop(): void {
    window.removeEventListener('error', this.onError);
    window.removeEventListener('unhandledrejection', this.onRejection);
  }
}

const initialLang = document.documentElement.getAttribute('lang');

/** Switches the UI locale and waits until it is active. */
export async function useLocale(locale: 'en' | 'zh-Hans'): Promise<void> {
  await setLocale(locale);
  expect(getLocale()).to.equal(locale);
}

/**
 * Puts `<html lang>` and the UI locale back as they were when the file loaded. Call from
 * `afterEach` in every file that changes either.
 */
export async function restoreLocale(): Promise<void> {
  const root = document.documentElement;
  if (initialLang === null) root.removeAttribute('lang');
  else root.setAttribute('lang', initialLang);
  const wanted = resolveLocale(initialLang);
  await setLocale(wanted);
  await waitUntil(() => getLocale() === wanted, `locale not restored to ${wanted}`);
}

/** Lets pending microtasks, tasks and image loads (error handlers of injected markup) run. */
export async function idle(ms = 50): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** A short, printable description of an element, for assertion messages. */
export function describeElement(element: Element | null | undefined): string {
  if (!element) return String(element);
  const id = element.id ? `#${element.id}` : '';
  const part = element.getAttribute('part');
  return `<${element.localName}${id}${part ? ` part="${part}"` : ''}>`;
}

/**
 * Asserts that two elements are the same node. (Chai formats DOM nodes in failure messages
 * by walking them, which can stall the browser; this compares and prints short descriptions.)
 */
export function expectSame(actual: unknown, expected: Element, label = 'element'): void {
  expect(
    actual === expected,
    `${label}: expected ${describeElement(expected)}, got ${describeElement(actual as Element)}`,
  ).to.equal(true);
}

/** Asserts that nothing in `root` matches `selector`, printing what matched otherwise. */
export function expectNone(root: ParentNode, selector: string): void {
  const found = Array.from(root.querySelectorAll(selector), (element) => element.outerHTML);
  expect(found, `nothing should match ${selector}`).to.deep.equal([]);
}

/**
 * The language of an element's text: the nearest `lang` up the composed tree from its first
 * non-blank text node (so a `lang` on an inner wrapper counts too).
 */
export function languageOf(element: Element): string | null {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let text = walker.nextNode();
  while (text && text.textContent!.trim() === '') text = walker.nextNode();
  let node: Node | null = text ?? element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

/**
 * The guard every element test file uses: each test starts in the English UI, must raise no
 * uncaught error or rejection, and leaves the locale as it found it.
 */
export function guardEachTest(): void {
  let uncaught: UncaughtErrors;
  beforeEach(async () => {
    await useLocale('en');
    uncaught = new UncaughtErrors();
  });
  afterEach(async () => {
    uncaught.stop();
    expect(uncaught.errors, 'uncaught errors').to.deep.equal([]);
    await restoreLocale();
  });
}
