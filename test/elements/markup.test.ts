/**
 * Data is text, never HTML: markup in any string field is shown literally and creates no
 * element, and no handler in it ever runs.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/article-view.js';
import type {ArticleView} from '../../src/article-view.js';
import type {Article} from '../../src/model/article.js';
import type {RelatedLinks} from '../../src/related-links.js';
import {
  EventLog,
  UncaughtErrors,
  deepElements,
  idle,
  restoreLocale,
  settled,
  shadow,
  useLocale,
} from '../helpers/elements.js';

declare global {
  interface Window {
    __articlePwned?: string;
  }
}

const PAYLOADS = [
  `<img src="x" onerror="window.__articlePwned = 'img'">`,
  `<script>window.__articlePwned = 'script'</script>`,
  `<svg onload="window.__articlePwned = 'svg'"><circle r="1"/></svg>`,
  `"><iframe srcdoc="<script>parent.__articlePwned = 'iframe'</script>"></iframe>`,
  `<b>bold</b> &amp; &lt;i&gt; <!-- comment --> <style>*{display:none}</style>`,
];
/** Tags that would only exist if data had been parsed as HTML. */
const FORBIDDEN = 'img, script, svg, circle, iframe, b, style, i';

/** An article with `text(field)` in every string field that is shown. */
function articleWith(text: (field: string) => string): Article {
  return {
    title: text('title'),
    author: text('author'),
    summary: text('summary'),
    published: '2025-07-16T15:00:09+08:00',
    lang: 'en',
    body: [
      {type: 'paragraph', text: text('paragraph')},
      {
        type: 'section',
        heading: text('heading'),
        body: [
          {type: 'list', items: [text('item 1'), text('item 2')]},
          {type: 'list', ordered: true, items: [text('ordered item')]},
          {type: 'quote', text: text('quote'), cite: text('cite')},
          {type: 'section', heading: text('sub-heading'), body: []},
        ],
      },
    ],
    related: [
      {title: text('related title')},
      {title: text('link title'), href: 'https://example.com/page'},
    ],
  };
}

/** What each field renders as, read from the shadow DOM. */
function renderedFields(el: ArticleView): Record<string, string | null> {
  const root = shadow(el);
  const related = shadow(root.querySelector<RelatedLinks>('related-links')!);
  const textOf = (element: Element | null | undefined) => element?.textContent ?? null;
  const headings = root.querySelectorAll('[part="heading"]');
  const withoutNumber = (heading: Element | undefined) =>
    heading
      ? heading.textContent!.slice(heading.querySelector('[part="number"]')!.textContent!.length)
      : null;
  return {
    title: textOf(root.querySelector('[part="title"]')),
    author: textOf(root.querySelector('[part="author"]'))?.replace(/^By /, '') ?? null,
    summary: textOf(root.querySelector('[part="summary"]')),
    paragraph: textOf(root.querySelector('[part="body"] > [part="paragraph"]')),
    heading: withoutNumber(headings[0]),
    'item 1': textOf(root.querySelectorAll('ul > li')[0]),
    'item 2': textOf(root.querySelectorAll('ul > li')[1]),
    'ordered item': textOf(root.querySelector('ol > li')),
    quote: textOf(root.querySelector('blockquote > p')),
    cite: textOf(root.querySelector('figcaption')),
    'sub-heading': withoutNumber(headings[1]),
    'related title': textOf(related.querySelectorAll('li')[0]),
    'link title': textOf(related.querySelector('a')),
  };
}

const tagsOf = (el: Element) => deepElements(shadow(el)).map((element) => element.localName);

describe('markup in data', () => {
  let uncaught: UncaughtErrors;
  beforeEach(async () => {
    await useLocale('en');
    delete window.__articlePwned;
    uncaught = new UncaughtErrors();
  });
  afterEach(async () => {
    uncaught.stop();
    expect(uncaught.errors, 'uncaught errors').to.deep.equal([]);
    expect(window.__articlePwned, 'a payload ran').to.equal(undefined);
    await restoreLocale();
  });

  for (const [index, payload] of PAYLOADS.entries()) {
    for (const input of ['property', 'attribute'] as const) {
      it(`shows payload ${index + 1} literally in every field (${input})`, async () => {
        const data = articleWith((field) => `${field} ${payload}`);
        const plain = await fixture<ArticleView>(
          html`<article-view .article=${articleWith((field) => field)}></article-view>`,
        );
        const el =
          input === 'property'
            ? await fixture<ArticleView>(html`<article-view .article=${data}></article-view>`)
            : await fixture<ArticleView>(
                html`<article-view article=${JSON.stringify(data)}></article-view>`,
              );
        await settled(plain);
        await settled(el);
        await idle(100);

        const fields = renderedFields(el);
        for (const [field, value] of Object.entries(fields)) {
          expect(value, field).to.equal(`${field} ${payload}`);
        }
        // Exactly the elements of the same article without markup: nothing was created.
        expect(tagsOf(el)).to.deep.equal(tagsOf(plain));
        const found = deepElements(shadow(el))
          .filter((element) => element.matches(FORBIDDEN))
          .map((element) => element.localName);
        expect(found).to.deep.equal([]);
        expect(window.__articlePwned).to.equal(undefined);
      });
    }
  }

  it('shows markup in <related-links> titles and heading literally', async () => {
    const payload = PAYLOADS[0];
    const links = [
      {title: `a ${payload}`, href: '/a'},
      {title: `b ${payload}`},
      {title: `c ${payload}`},
    ];
    const el = await fixture<RelatedLinks>(
      html`<related-links heading=${`h ${payload}`} limit="1" .links=${links}></related-links>`,
    );
    shadow(el).querySelector<HTMLButtonElement>('[part="show-more"]')!.click();
    await settled(el);
    await idle(100);
    expect(shadow(el).querySelector('[part="heading"]')!.textContent).to.equal(`h ${payload}`);
    expect(Array.from(shadow(el).querySelectorAll('li'), (li) => li.textContent)).to.deep.equal(
      links.map((link) => link.title),
    );
    const found = deepElements(shadow(el)).filter((element) => element.matches(FORBIDDEN));
    expect(found.map((element) => element.localName)).to.deep.equal([]);
  });

  it('quotes markup in error and warning messages as text', async () => {
    const payload = PAYLOADS[0];
    const log = new EventLog(['article-error', 'article-warning']);
    const views = [
      await fixture<ArticleView>(
        html`<article-view .article=${{title: 'x', published: payload, body: []}}></article-view>`,
      ),
      await fixture<ArticleView>(
        html`<article-view .article=${{title: 'x', timeZone: payload, body: []}}></article-view>`,
      ),
      await fixture<ArticleView>(
        html`<article-view .article=${{title: 'x', body: [{type: payload}]}}></article-view>`,
      ),
    ];
    for (const view of views) await settled(view);
    await idle(100);
    log.stop();
    expect(log.details('article-error').map((d) => d.message)).to.deep.equal([
      `published: "${payload}" is not a date (use 2025-07-16 or 2025-07-16T15:00:09+08:00)`,
      `timeZone: "${payload}" is not a known time zone (use an IANA name such as Asia/Shanghai)`,
    ]);
    expect(log.details('article-warning').map((d) => d.message)).to.deep.equal([
      `body[0]: unknown block type "${payload}", skipped`,
    ]);
    const alerts = views.slice(0, 2).map((view) => shadow(view).querySelector('[role="alert"]')!);
    expect(alerts.map((alert) => alert.lastElementChild!.textContent)).to.deep.equal(
      log.details('article-error').map((d) => d.message),
    );
    for (const view of views) {
      const found = deepElements(shadow(view)).filter((element) => element.matches(FORBIDDEN));
      expect(found.map((element) => element.localName)).to.deep.equal([]);
    }
  });
});
