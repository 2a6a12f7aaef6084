/**
 * Data is text, never HTML: markup in any string field is shown literally and creates no
 * element, and no handler in it ever runs.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/article-view.js';
import type {ArticleView} from '../../src/article-view.js';
import type {Article, RelatedLink} from '../../src/model/article.js';
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

/**
 * Values that end up in attributes (`id`, `href`, `lang`) rather than text: a quote in them
 * must not close the attribute, so no element and no handler attribute can come from them.
 */
describe('markup in attribute-bound fields', () => {
  /** Kept as written: ids without white space are valid. */
  const ID_PAYLOADS = [
    `x"onmouseover="window.__articlePwned='id-quote'"`,
    `"><img/src=x/onerror=window.__articlePwned='id-img'>`,
    `x'onfocus='window.__articlePwned="id-single"'autofocus='`,
    `"/><svg/onload=window.__articlePwned='id-svg'>`,
  ];
  /** Rejected by the validator (an id has no white space): an error, and no article. */
  const SPACED_ID_PAYLOADS = [
    `x" onmouseover="window.__articlePwned='id-spaced'"`,
    `"><img src=x onerror="window.__articlePwned='id-spaced-img'">`,
  ];
  /** Safe URLs (https:, relative) that carry markup: kept as written. */
  const HREF_PAYLOADS = [
    `https://x/"><img src=x onerror=window.__articlePwned='href-img'>`,
    `/a"onmouseover="window.__articlePwned='href-quote'"`,
    `https://example.com/'onmouseover='window.__articlePwned="href-single"'`,
    `?q="><svg/onload=window.__articlePwned='href-svg'>`,
  ];
  /** Not language tags: rejected by the validator. */
  const LANG_PAYLOADS = [
    `en"onmouseover="window.__articlePwned='lang-quote'"`,
    `"><img/src=x/onerror=window.__articlePwned='lang-img'>`,
    `zh-Hans" onmouseover="window.__articlePwned='lang-spaced'"`,
  ];

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

  function sectioned(id: string): Article {
    return {
      title: 'Ids',
      lang: 'en',
      body: [
        {type: 'section', id, heading: 'First', body: [{type: 'paragraph', text: 'Text.'}]},
        {type: 'section', heading: 'Second', body: []},
      ],
    };
  }

  function linked(href: string): Article {
    return {
      title: 'Links',
      lang: 'en',
      body: [{type: 'paragraph', text: 'Text.'}],
      related: [{title: 'Link', href}, {title: 'Plain'}],
    };
  }

  async function renderView(data: Article, input: 'property' | 'attribute') {
    const el =
      input === 'property'
        ? await fixture<ArticleView>(html`<article-view .article=${data}></article-view>`)
        : await fixture<ArticleView>(
            html`<article-view article=${JSON.stringify(data)}></article-view>`,
          );
    await settled(el);
    return el;
  }

  /** Every attribute named like an event handler, on the host or anywhere in its shadow tree. */
  function handlerAttributes(el: Element): string[] {
    return [el, ...deepElements(shadow(el))].flatMap((element) =>
      element
        .getAttributeNames()
        .filter((name) => /^on/i.test(name))
        .map((name) => `<${element.localName}> ${name}="${element.getAttribute(name)}"`),
    );
  }

  /** Fires what the payloads listen for, so a handler that slipped in would run now. */
  async function provoke(el: Element): Promise<void> {
    for (const element of [el, ...deepElements(shadow(el))]) {
      element.dispatchEvent(new MouseEvent('mouseover', {bubbles: true, composed: true}));
      element.dispatchEvent(new FocusEvent('focus'));
    }
    await idle(100);
  }

  /** Nothing was created from the value, no handler attribute exists, nothing ran. */
  async function expectInert(el: Element, plain: Element): Promise<void> {
    expect(tagsOf(el), 'the same elements as without markup').to.deep.equal(tagsOf(plain));
    const found = deepElements(shadow(el))
      .filter((element) => element.matches(FORBIDDEN))
      .map((element) => element.localName);
    expect(found, 'elements made from the value').to.deep.equal([]);
    expect(handlerAttributes(el), 'handler attributes').to.deep.equal([]);
    await provoke(el);
    expect(window.__articlePwned, 'a payload ran').to.equal(undefined);
  }

  for (const [index, id] of ID_PAYLOADS.entries()) {
    for (const input of ['property', 'attribute'] as const) {
      it(`keeps section id ${index + 1} as the literal value of id (${input})`, async () => {
        const log = new EventLog(['article-error', 'article-warning']);
        const plain = await renderView(sectioned('plain-id'), input);
        const el = await renderView(sectioned(id), input);
        await idle(100);
        log.stop();
        expect(
          log.events.map((event) => event.type),
          'no error or warning',
        ).to.deep.equal([]);
        const sections = shadow(el).querySelectorAll('section[part="section"]');
        expect(sections.length).to.equal(2);
        expect(sections[0].getAttribute('id')).to.equal(id);
        expect(sections[0].id).to.equal(id);
        expect(sections[1].getAttribute('id')).to.equal(
          shadow(plain).querySelectorAll('section[part="section"]')[1].getAttribute('id'),
        );
        await expectInert(el, plain);
      });
    }
  }

  for (const [index, id] of SPACED_ID_PAYLOADS.entries()) {
    for (const input of ['property', 'attribute'] as const) {
      it(`rejects section id ${index + 1} with white space, quoting it as text (${input})`, async () => {
        // Another article that fails, for the elements of an error alert.
        const plain = await renderView({title: 'x', lang: 'a', body: []}, input);
        await idle(100);
        const log = new EventLog(['article-error']);
        const el = await renderView(sectioned(id), input);
        await idle(100);
        log.stop();
        const errors = log.details('article-error');
        expect(errors.map(({code, path}) => ({code, path}))).to.deep.equal([
          {code: 'invalid-id', path: 'body[0].id'},
        ]);
        expect(errors[0].message).to.include(`"${id}"`);
        const alert = shadow(el).querySelector('[role="alert"]')!;
        expect(alert.textContent).to.include(errors[0].message);
        expect(shadow(el).querySelector('article'), 'no article').to.equal(null);
        await expectInert(el, plain);
      });
    }
  }

  for (const [index, href] of HREF_PAYLOADS.entries()) {
    for (const input of ['property', 'attribute'] as const) {
      it(`keeps href ${index + 1} as the literal value of href in <article-view> (${input})`, async () => {
        const log = new EventLog(['article-error', 'article-warning']);
        const plain = await renderView(linked('https://example.com/plain'), input);
        const el = await renderView(linked(href), input);
        await idle(100);
        log.stop();
        expect(
          log.events.map((event) => event.type),
          'no error or warning',
        ).to.deep.equal([]);
        const links = deepElements(shadow(el)).filter((element) => element.localName === 'a');
        expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([href]);
        expect(links[0].textContent).to.equal('Link');
        await expectInert(el, plain);
      });

      it(`keeps href ${index + 1} as the literal value of href in <related-links> (${input})`, async () => {
        const log = new EventLog(['article-error', 'article-warning']);
        const render = async (links: RelatedLink[]) => {
          const list =
            input === 'property'
              ? await fixture<RelatedLinks>(html`<related-links .links=${links}></related-links>`)
              : await fixture<RelatedLinks>(
                  html`<related-links links=${JSON.stringify(links)}></related-links>`,
                );
          await settled(list);
          return list;
        };
        const plain = await render([{title: 'Link', href: 'https://example.com/plain'}]);
        const el = await render([{title: 'Link', href}]);
        await idle(100);
        log.stop();
        expect(
          log.events.map((event) => event.type),
          'no error or warning',
        ).to.deep.equal([]);
        const links = Array.from(shadow(el).querySelectorAll('a'));
        expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([href]);
        await expectInert(el, plain);
      });
    }
  }

  for (const [index, lang] of LANG_PAYLOADS.entries()) {
    for (const input of ['property', 'attribute'] as const) {
      it(`rejects lang ${index + 1}, quoting it as text and setting no attribute (${input})`, async () => {
        // Another article that fails, for the elements of an error alert.
        const plain = await renderView({title: 'x', lang: 'a', body: []}, input);
        await idle(100);
        const log = new EventLog(['article-error']);
        const el = await renderView({title: 'Lang', lang, body: []}, input);
        await idle(100);
        log.stop();
        const errors = log.details('article-error');
        expect(errors.map(({code, path}) => ({code, path}))).to.deep.equal([
          {code: 'invalid-lang', path: 'lang'},
        ]);
        expect(errors[0].message).to.include(`"${lang}"`);
        expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.include(
          errors[0].message,
        );
        expect(shadow(el).querySelector('article'), 'no article').to.equal(null);
        const langs = deepElements(shadow(el))
          .map((element) => element.getAttribute('lang'))
          .filter((value) => value !== null);
        expect(langs, 'no lang attribute carries the value').to.not.include(lang);
        await expectInert(el, plain);
      });
    }
  }
});
