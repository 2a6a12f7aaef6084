/**
 * Every hostile string of xss-payloads.ts, in every string field of an article and of a
 * related-links list, given as a property object and as JSON attribute text: nothing runs,
 * nothing is created from the data, text shows exactly as given, unsafe URLs become text.
 *
 * Payloads are batched (one article holding all of them, or one element per payload rendered
 * side by side) so the whole corpus runs in a few seconds; every assertion names its payload.
 */
import {expect} from '@open-wc/testing';
import '../../src/article-view.js';
import '../../src/related-links.js';
import type {ArticleView} from '../../src/article-view.js';
import type {Article, Block, RelatedLink} from '../../src/model/article.js';
import type {RelatedLinks} from '../../src/related-links.js';
import {
  deepElements,
  guardEachTest,
  idle,
  renderedMarkup,
  shadow,
  useLocale,
} from '../helpers/elements.js';
import {expectError, expectRender, renderEach, type Rendered} from './batch.js';
import {XSS_PAYLOADS, describePayload} from './xss-payloads.js';

declare global {
  interface Window {
    __xss?: (id: unknown) => void;
  }
}

type Input = 'property' | 'attribute';
const INPUTS: readonly Input[] = ['property', 'attribute'];
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const PUBLISHED = '2025-07-16T15:00:09+08:00';

/** What ran: `__xss(id)` calls and dialog calls, in order. Must stay empty. */
const hits: string[] = [];
const DIALOGS = ['alert', 'confirm', 'prompt', 'print'] as const;
type Dialog = (typeof DIALOGS)[number];
const savedDialogs = new Map<Dialog, Window[Dialog]>();

function installRecorders(): void {
  window.__xss = (id) => hits.push(`__xss(${String(id)})`);
  for (const name of DIALOGS) {
    savedDialogs.set(name, window[name]);
    const recorder = (...args: unknown[]) => {
      hits.push(`${name}(${args.map(String).join(', ')})`);
      return name === 'confirm' ? false : name === 'prompt' ? null : undefined;
    };
    Object.defineProperty(window, name, {value: recorder, configurable: true, writable: true});
  }
}

function removeRecorders(): void {
  delete window.__xss;
  for (const [name, original] of savedDialogs) {
    Object.defineProperty(window, name, {value: original, configurable: true, writable: true});
  }
}

/**
 * Renders one element per value, side by side in one container: `article` / `links` set as a
 * property, or as JSON text in the attribute. Waits until everything has rendered, fires the
 * events injected handlers would listen for, and lets error/load handlers and frames run.
 */
async function renderAll<T extends HTMLElement>(
  tag: 'article-view' | 'related-links',
  values: readonly unknown[],
  input: Input,
  configure?: (el: T) => void,
): Promise<Rendered<T>[]> {
  const name = tag === 'article-view' ? 'article' : 'links';
  const rendered = await renderEach<T>(tag, values.length, (el, i) => {
    configure?.(el);
    if (input === 'property') Reflect.set(el, name, values[i]);
    else el.setAttribute(name, JSON.stringify(values[i]));
  });
  await provoke(rendered.map(({el}) => el));
  return rendered;
}

/** Fires what injected handlers listen for, then waits for loads, errors and two frames. */
async function provoke(hosts: readonly Element[]): Promise<void> {
  for (const host of hosts) {
    for (const element of [host, ...deepElements(shadow(host))]) {
      element.dispatchEvent(new MouseEvent('mouseover', {bubbles: true, composed: true}));
      element.dispatchEvent(new FocusEvent('focus'));
    }
  }
  await idle(150);
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/**
 * Each element of the composed tree (host included) as `<tag name="value" …>`, attributes
 * sorted. Values of the attributes in `valueless` (and of the host's data attribute, which holds
 * the payload itself in attribute mode) are left out.
 */
function signature(host: Element, valueless: readonly string[] = []): string[] {
  return [host, ...deepElements(shadow(host))].map((element) => {
    const attributes = element
      .getAttributeNames()
      .sort()
      .map((name) => {
        const hidden =
          valueless.includes(name) ||
          (element === host && (name === 'article' || name === 'links'));
        return hidden ? name : `${name}=${JSON.stringify(element.getAttribute(name))}`;
      });
    return `<${[element.localName, ...attributes].join(' ')}>`;
  });
}

/** Compares two long lists and reports the first difference, not a diff of thousands of lines. */
function expectSameList(actual: string[], expected: string[], label: string): void {
  const length = Math.max(actual.length, expected.length);
  for (let i = 0; i < length; i += 1) {
    if (actual[i] !== expected[i]) {
      expect.fail(
        `${label}: element ${i} is ${actual[i] ?? '(none)'}, expected ${expected[i] ?? '(none)'}` +
          ` (${actual.length} elements, expected ${expected.length})`,
      );
    }
  }
}

/** Compares markup, reporting where it first differs. */
function expectSameMarkup(actual: string, expected: string, label: string): void {
  if (actual === expected) return;
  let i = 0;
  while (actual[i] === expected[i]) i += 1;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, i - 80), i + 80));
  expect.fail(
    `${label}: markup differs at ${i}: got ${around(actual)}, expected ${around(expected)}`,
  );
}

/** How the HTML serializer writes text: what `renderedMarkup` shows for a text node. */
function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/\u00a0/g, '&nbsp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Markup without the reading time, which counts the words of the text. */
function markupOf(el: Element): string {
  return renderedMarkup(el).replace(/Reading time: \d+ minutes?/g, 'Reading time: N');
}

/** The text-bearing placeholder for payload `i` in a placeholder render. */
const token = (i: number) => `⟦${i}⟧`;

/** `markup` of a placeholder render with each token replaced by its payload as serialized text. */
function withPayloads(markup: string, payloadOf: (i: number) => string): string {
  return markup.replace(/⟦(\d+)⟧/g, (_, i: string) => escapeText(payloadOf(Number(i))));
}

/** Every `href` in the composed tree that would navigate anywhere but http, https or mailto. */
function unsafeHrefs(host: Element): string[] {
  return [host, ...deepElements(shadow(host))]
    .filter((element) => element.hasAttribute('href') || element.hasAttribute('xlink:href'))
    .map((element) => element.getAttribute('href') ?? element.getAttribute('xlink:href')!)
    .filter((href) => {
      try {
        return !SAFE_PROTOCOLS.has(new URL(href, document.baseURI).protocol);
      } catch {
        return true;
      }
    });
}

/** Tags that only markup parsed from data could create in these elements. */
const FORBIDDEN =
  'script, iframe, frame, frameset, img, image, svg, math, object, embed, meta, base, link, ' +
  'style, form, input, textarea, select, template, video, audio, source, marquee, x, isindex';

/** No forbidden element, no handler attribute and no unsafe href anywhere in the tree. */
function expectInert(host: Element, context: string): void {
  const elements = [host, ...deepElements(shadow(host))];
  expect(
    elements.filter((element) => element.matches(FORBIDDEN)).map((element) => element.localName),
    `${context}: elements made from data`,
  ).to.deep.equal([]);
  expect(
    elements.flatMap((element) =>
      element
        .getAttributeNames()
        .filter((name) => /^on/i.test(name) || name === 'style' || name === 'srcdoc')
        .map((name) => `<${element.localName} ${name}>`),
    ),
    `${context}: handler or style attributes`,
  ).to.deep.equal([]);
  expect(unsafeHrefs(host), `${context}: unsafe hrefs`).to.deep.equal([]);
}

/** The protocol the browser itself gives `href` when resolving it against this page, or null. */
function browserProtocol(href: string): string | null {
  try {
    return new URL(href, document.baseURI).protocol;
  } catch {
    return null;
  }
}

/** Elements of the page itself (outside any shadow root) that data must never add. */
const PAGE_LEVEL =
  'script, iframe, frame, img, image, svg, math, object, embed, meta, base, link, style, form, input, template';

/** Nothing ran, nothing landed in the page itself, and the page's base URL is its own. */
function expectNothingRan(context: string, pageElementsBefore: number, baseURI: string): void {
  expect(hits, `${context}: script ran`).to.deep.equal([]);
  expect(
    document.querySelectorAll(PAGE_LEVEL).length,
    `${context}: elements added to the page`,
  ).to.equal(pageElementsBefore);
  expect(document.baseURI, `${context}: base URL changed`).to.equal(baseURI);
}

/** The text of a heading without its number (the permalink inside it has no text). */
function headingText(heading: Element | null | undefined): string | null {
  if (!heading) return null;
  const number = heading.querySelector('[part~="number"]')?.textContent ?? '';
  return heading.textContent!.slice(number.length);
}

const textOf = (element: Element | null | undefined) => element?.textContent ?? null;

/** A failed render: exactly this error, shown as the alert's last line, and no article. */
function expectRejected(
  rendered: Rendered<ArticleView>,
  code: string,
  path: string,
  message: string,
  context: string,
): void {
  expectError(rendered, {code, path, message}, context);
  const alert = shadow(rendered.el).querySelector('[role="alert"]')!;
  expect(textOf(alert.lastElementChild), `${context}: alert text`).to.equal(message);
}

/**
 * One article with every payload in every repeated text field: for payload i, a section whose
 * heading, paragraph, sub-section heading, list items, quote and cite are the payload, and a
 * related link titled with it. `text(i)` gives the payload (or a placeholder token).
 */
function bigArticle(text: (i: number) => string): Article {
  const body: Block[] = XSS_PAYLOADS.map((_, i) => ({
    type: 'section',
    heading: text(i),
    body: [
      {type: 'paragraph', text: text(i)},
      {
        type: 'section',
        heading: text(i),
        body: [
          {type: 'list', items: [text(i)]},
          {type: 'list', ordered: true, items: [text(i)]},
          {type: 'quote', text: text(i), cite: text(i)},
        ],
      },
    ],
  }));
  return {
    title: 'Payloads',
    published: PUBLISHED,
    lang: 'en',
    body,
    related: XSS_PAYLOADS.map((_, i) => ({title: text(i), href: `https://example.com/${i}`})),
  };
}

/** One article per payload with the payload in its single-valued text fields. */
function smallArticle(text: string): Article {
  return {
    title: text,
    author: text,
    summary: text,
    published: PUBLISHED,
    lang: 'en',
    body: [{type: 'paragraph', text}],
    related: [{title: text}],
  };
}

describe('XSS payloads', () => {
  guardEachTest();

  let pageElementsBefore = 0;
  let baseURI = '';
  before(installRecorders);
  after(removeRecorders);
  beforeEach(() => {
    hits.length = 0;
    pageElementsBefore = document.querySelectorAll(PAGE_LEVEL).length;
    baseURI = document.baseURI;
  });
  afterEach(() => expectNothingRan('after the test', pageElementsBefore, baseURI));

  it('has a corpus of at least 150 distinct payloads', () => {
    expect(XSS_PAYLOADS.length).to.be.at.least(150);
    expect(new Set(XSS_PAYLOADS).size, 'duplicates').to.equal(XSS_PAYLOADS.length);
    for (const [i, payload] of XSS_PAYLOADS.entries()) {
      expect(payload.trim(), describePayload(i)).to.not.equal('');
      expect(payload.isWellFormed(), describePayload(i)).to.equal(true);
    }
  });

  for (const input of INPUTS) {
    describe(`as ${input}`, () => {
      it('shows every payload as text in headings, paragraphs, lists, quotes, contents and related titles', async () => {
        const [plain] = await renderAll<ArticleView>(
          'article-view',
          [bigArticle(token)],
          input,
          (el) => {
            el.toc = true;
          },
        );
        const [rendered] = await renderAll<ArticleView>(
          'article-view',
          [bigArticle((i) => XSS_PAYLOADS[i])],
          input,
          (el) => {
            el.toc = true;
          },
        );
        const {el} = rendered;
        expectNothingRan('big article', pageElementsBefore, baseURI);
        expect(expectRender(rendered, 'big article'), 'warnings').to.deep.equal([]);

        // Nothing was created from the data: the same elements and attributes as the
        // placeholder render, and the same markup with each placeholder replaced by the payload
        // as text.
        expectSameList(signature(el), signature(plain.el), 'elements and attributes');
        expectSameMarkup(
          markupOf(el),
          withPayloads(markupOf(plain.el), (i) => XSS_PAYLOADS[i]),
          'markup',
        );
        expectInert(el, 'rendered');

        // And each payload reads exactly as given, field by field.
        const root = shadow(el);
        const sections = root.querySelectorAll('[part="body"] > section');
        expect(sections.length, 'sections').to.equal(XSS_PAYLOADS.length);
        const toc = shadow(root.querySelector('article-toc')!);
        const tocLinks = Array.from(toc.querySelectorAll('a'));
        const related = shadow(root.querySelector('related-links')!);
        const relatedItems = related.querySelectorAll('li');
        for (const [i, payload] of XSS_PAYLOADS.entries()) {
          const section = sections[i];
          const sub = section.querySelector(':scope > section');
          const fields: Record<string, string | null> = {
            heading: headingText(section.querySelector(':scope > [part="heading"]')),
            paragraph: textOf(section.querySelector(':scope > [part="paragraph"]')),
            'sub-heading': headingText(sub?.querySelector(':scope > [part="heading"]')),
            'list item': textOf(sub?.querySelector('ul > li')),
            'ordered item': textOf(sub?.querySelector('ol > li')),
            quote: textOf(sub?.querySelector('blockquote > p')),
            cite: textOf(sub?.querySelector('figcaption')),
            'contents entry': headingText(tocLinks[2 * i]),
            'contents sub-entry': headingText(tocLinks[2 * i + 1]),
            'related title': textOf(relatedItems[i]),
          };
          for (const [field, value] of Object.entries(fields)) {
            expect(value, `${field} of ${describePayload(i)}`).to.equal(payload);
          }
        }
        expectNothingRan('big article, after reading it', pageElementsBefore, baseURI);
      });

      it('shows every payload as text in the title, author, summary and a related title', async () => {
        const [plain] = await renderAll<ArticleView>(
          'article-view',
          [smallArticle(token(0))],
          input,
        );
        const views = await renderAll<ArticleView>(
          'article-view',
          XSS_PAYLOADS.map((payload) => smallArticle(payload)),
          input,
        );
        expectNothingRan('small articles', pageElementsBefore, baseURI);
        const plainSignature = signature(plain.el);
        const plainMarkup = markupOf(plain.el);
        for (const [i, rendered] of views.entries()) {
          const context = describePayload(i);
          const payload = XSS_PAYLOADS[i];
          expect(expectRender(rendered, context), `${context}: warnings`).to.deep.equal([]);
          expectSameList(signature(rendered.el), plainSignature, `${context}: elements`);
          expectSameMarkup(
            markupOf(rendered.el),
            withPayloads(plainMarkup, () => payload),
            `${context}: markup`,
          );
          const root = shadow(rendered.el);
          const related = shadow(root.querySelector('related-links')!);
          const fields: Record<string, string | null> = {
            title: textOf(root.querySelector('[part="title"]')),
            author: textOf(root.querySelector('[part="author"]')),
            summary: textOf(root.querySelector('[part="summary"]')),
            paragraph: textOf(root.querySelector('[part="paragraph"]')),
            'related title': textOf(related.querySelector('li')),
          };
          expect(fields, context).to.deep.equal({
            title: payload,
            author: `By ${payload}`,
            summary: payload,
            paragraph: payload,
            'related title': payload,
          });
          expectInert(rendered.el, context);
        }
      });

      it('links a payload href only when it is http, https, mailto or relative, else shows text and warns', async () => {
        const article = (href: string): Article => ({
          title: 'Links',
          lang: 'en',
          body: [],
          related: [{title: href, href}],
        });
        const [plainLink, plainText] = await renderAll<ArticleView>(
          'article-view',
          [article('https://example.com/'), article('javascript:void 0')],
          input,
        );
        const views = await renderAll<ArticleView>(
          'article-view',
          XSS_PAYLOADS.map((payload) => article(payload)),
          input,
        );
        expectNothingRan('related hrefs', pageElementsBefore, baseURI);
        for (const [i, rendered] of views.entries()) {
          const context = describePayload(i);
          const payload = XSS_PAYLOADS[i];
          const warnings = expectRender(rendered, context);
          const list = shadow(shadow(rendered.el).querySelector<RelatedLinks>('related-links')!);
          const anchor = list.querySelector('a');
          expectInert(rendered.el, context);
          expect(textOf(list.querySelector('li')), `${context}: title`).to.equal(payload);
          if (anchor) {
            expect(warnings, `${context}: warnings of a link`).to.deep.equal([]);
            // The link goes exactly where the browser would take the data's URL.
            expect(anchor.href, `${context}: destination`).to.equal(
              new URL(payload, document.baseURI).href,
            );
            expectSameList(
              signature(rendered.el, ['href']),
              signature(plainLink.el, ['href']),
              context,
            );
          } else {
            expect(warnings, `${context}: warning`).to.deep.equal([
              {
                code: 'unsafe-url',
                path: 'related[0].href',
                message: `related[0].href: the URL "${payload}" is not safe to link to; shown as text`,
              },
            ]);
            expect(
              textOf(list.querySelector('li > [part="text"]')),
              `${context}: the title as plain text`,
            ).to.equal(payload);
            expectSameList(signature(rendered.el), signature(plainText.el), context);
          }
          const protocol = browserProtocol(payload);
          if (protocol === null || !SAFE_PROTOCOLS.has(protocol)) {
            expect(anchor, `${context}: a ${protocol ?? 'malformed'} URL was linked`).to.equal(
              null,
            );
          }
        }
      });

      it('shows payloads as titles and hrefs of a standalone <related-links>', async () => {
        const links: RelatedLink[] = [
          ...XSS_PAYLOADS.map((payload) => ({title: payload, href: payload})),
          ...XSS_PAYLOADS.map((payload) => ({title: payload})),
        ];
        const heading = XSS_PAYLOADS.find((payload) => payload.includes('<script>'))!;
        const [rendered] = await renderAll<RelatedLinks>('related-links', [links], input, (el) => {
          el.keepDuplicates = true;
          el.heading = heading;
        });
        const {el} = rendered;
        expectNothingRan('<related-links>', pageElementsBefore, baseURI);
        const warnings = expectRender(rendered, '<related-links>');
        const root = shadow(el);
        expect(textOf(root.querySelector('[part="heading"]')), 'heading').to.equal(heading);
        expectInert(el, 'rendered');
        const items = Array.from(root.querySelectorAll('li'));
        expect(items.length, 'items').to.equal(links.length);
        const unsafe: number[] = [];
        for (const [i, item] of items.entries()) {
          const payload = XSS_PAYLOADS[i % XSS_PAYLOADS.length];
          const context = `link ${i}, ${describePayload(i % XSS_PAYLOADS.length)}`;
          expect(item.textContent, `${context}: title`).to.equal(payload);
          // An item is a link or a text, holding only the title: nothing else was created.
          const children = Array.from(item.querySelectorAll('*'), (child) => child.localName);
          const anchor = item.querySelector('a');
          if (anchor) {
            expect(children, context).to.deep.equal(['a']);
            expect(anchor.href, `${context}: destination`).to.equal(
              new URL(payload, document.baseURI).href,
            );
            const protocol = browserProtocol(payload);
            expect(protocol !== null && SAFE_PROTOCOLS.has(protocol), context).to.equal(true);
          } else {
            expect(children, context).to.deep.equal(['span']);
            expect(item.firstElementChild!.getAttribute('part'), context).to.equal('text');
            if (i < XSS_PAYLOADS.length) unsafe.push(i);
          }
        }
        expect(warnings, 'one unsafe-url warning per link shown as text').to.deep.equal(
          unsafe.map((i) => ({
            code: 'unsafe-url',
            path: `[${i}].href`,
            message: `[${i}].href: the URL "${XSS_PAYLOADS[i]}" is not safe to link to; shown as text`,
          })),
        );
      });

      it('opens payload links in a new tab only with rel="noopener noreferrer" when they leave the site', async () => {
        const links: RelatedLink[] = XSS_PAYLOADS.map((payload) => ({
          title: payload,
          href: payload,
        }));
        const [rendered] = await renderAll<RelatedLinks>('related-links', [links], input, (el) => {
          el.keepDuplicates = true;
          el.linkTarget = '_blank';
        });
        expectNothingRan('<related-links link-target>', pageElementsBefore, baseURI);
        expectRender(rendered, '<related-links link-target>');
        expectInert(rendered.el, 'rendered');
        const items = Array.from(shadow(rendered.el).querySelectorAll('li'));
        expect(items.length, 'items').to.equal(XSS_PAYLOADS.length);
        let offSite = 0;
        for (const [i, item] of items.entries()) {
          const anchor = item.querySelector('a');
          if (!anchor) continue;
          const context = describePayload(i);
          expect(anchor.getAttribute('target'), context).to.equal('_blank');
          const rel = (anchor.getAttribute('rel') ?? '').split(/\s+/);
          if (new URL(anchor.href).origin !== location.origin) {
            offSite += 1;
            expect(rel, `${context}: rel of a link to ${anchor.href}`).to.include.members([
              'noopener',
              'noreferrer',
            ]);
          }
        }
        expect(offSite, 'links that leave the site').to.be.greaterThan(5);
      });

      it('keeps section ids without white space as the literal id and rejects the others', async () => {
        const spaced = (text: string) => /\s/.test(text);
        const kept = XSS_PAYLOADS.map((payload, i) => ({payload, i})).filter(
          ({payload}) => !spaced(payload),
        );
        const sectioned = (ids: readonly string[]): Article => ({
          title: 'Ids',
          lang: 'en',
          body: ids.map((id) => ({type: 'section', id, heading: 'Section', body: []})),
        });
        const [plain] = await renderAll<ArticleView>(
          'article-view',
          [sectioned(kept.map(({i}) => `id-${i}`))],
          input,
          (el) => {
            el.toc = true;
          },
        );
        const [rendered] = await renderAll<ArticleView>(
          'article-view',
          [sectioned(kept.map(({payload}) => payload))],
          input,
          (el) => {
            el.toc = true;
          },
        );
        expectNothingRan('section ids', pageElementsBefore, baseURI);
        expect(expectRender(rendered, 'section ids'), 'warnings').to.deep.equal([]);
        const {el} = rendered;
        expectSameList(
          signature(el, ['id', 'href', 'data-section']),
          signature(plain.el, ['id', 'href', 'data-section']),
          'elements and attributes',
        );
        expectInert(el, 'rendered');
        const sections = shadow(el).querySelectorAll('section[part="section"]');
        const tocLinks = shadow(shadow(el).querySelector('article-toc')!).querySelectorAll('a');
        expect(sections.length).to.equal(kept.length);
        for (const [n, {payload, i}] of kept.entries()) {
          const context = describePayload(i);
          expect(sections[n].getAttribute('id'), `${context}: id`).to.equal(payload);
          expect(el.sectionElement(payload), `${context}: sectionElement`).to.equal(sections[n]);
          expect(
            sections[n].querySelector('[part="permalink"]')!.getAttribute('href'),
            `${context}: permalink`,
          ).to.equal(`#${payload}`);
          expect(tocLinks[n].getAttribute('href'), `${context}: contents link`).to.equal(
            `#${payload}`,
          );
          expect(headingText(sections[n].querySelector('[part="heading"]')), context).to.equal(
            'Section',
          );
        }

        const rejectedPayloads = XSS_PAYLOADS.map((payload, i) => ({payload, i})).filter(
          ({payload}) => spaced(payload),
        );
        const [plainError] = await renderAll<ArticleView>(
          'article-view',
          [sectioned(['a b'])],
          input,
        );
        const rejected = await renderAll<ArticleView>(
          'article-view',
          rejectedPayloads.map(({payload}) => sectioned([payload])),
          input,
        );
        expectNothingRan('spaced section ids', pageElementsBefore, baseURI);
        for (const [n, {payload, i}] of rejectedPayloads.entries()) {
          const context = describePayload(i);
          expectRejected(
            rejected[n],
            'invalid-id',
            'body[0].id',
            `body[0].id: "${payload}" cannot be an id (no spaces allowed)`,
            context,
          );
          expectSameList(
            signature(rejected[n].el),
            signature(plainError.el),
            `${context}: elements`,
          );
          expectInert(rejected[n].el, context);
        }
      });

      const rejectedFields: [keyof Article, string, (payload: string) => string][] = [
        [
          'published',
          'invalid-date',
          (p) => `published: "${p}" is not a date (use 2025-07-16 or 2025-07-16T15:00:09+08:00)`,
        ],
        [
          'updated',
          'invalid-date',
          (p) => `updated: "${p}" is not a date (use 2025-07-16 or 2025-07-16T15:00:09+08:00)`,
        ],
        [
          'timeZone',
          'invalid-time-zone',
          (p) =>
            `timeZone: "${p}" is not a known time zone (use an IANA name such as Asia/Shanghai)`,
        ],
        [
          'lang',
          'invalid-lang',
          (p) => `lang: "${p}" is not a language tag (use one such as zh-Hans or en)`,
        ],
      ];
      for (const [field, code, message] of rejectedFields) {
        it(`rejects every payload as ${field} with a clean error quoting it as text`, async () => {
          const article = (value: string): Article => ({title: 'Fields', [field]: value, body: []});
          const [plainError] = await renderAll<ArticleView>(
            'article-view',
            [article('not valid')],
            input,
          );
          const views = await renderAll<ArticleView>(
            'article-view',
            XSS_PAYLOADS.map((payload) => article(payload)),
            input,
          );
          expectNothingRan(field, pageElementsBefore, baseURI);
          for (const [i, rendered] of views.entries()) {
            const payload = XSS_PAYLOADS[i];
            const context = describePayload(i);
            expectRejected(rendered, code, field, message(payload), context);
            expectSameList(
              signature(rendered.el),
              signature(plainError.el),
              `${context}: elements`,
            );
            expectInert(rendered.el, context);
            const langs = deepElements(shadow(rendered.el)).map((e) => e.getAttribute('lang'));
            expect(langs, `${context}: no lang attribute carries it`).to.not.include(payload);
          }
        });
      }
    });
  }

  it('quotes payloads verbatim in Chinese error messages too', async () => {
    await useLocale('zh-Hans');
    const views = await renderAll<ArticleView>(
      'article-view',
      XSS_PAYLOADS.map((payload) => ({title: 'x', timeZone: payload, body: []})),
      'property',
    );
    expectNothingRan('zh-Hans', pageElementsBefore, baseURI);
    for (const [i, rendered] of views.entries()) {
      const payload = XSS_PAYLOADS[i];
      expectRejected(
        rendered,
        'invalid-time-zone',
        'timeZone',
        `timeZone：“${payload}”不是已知的时区（请使用 IANA 名称，如 Asia/Shanghai）`,
        describePayload(i),
      );
    }
  });
});
