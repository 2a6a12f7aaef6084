import {expect, fixture, html} from '@open-wc/testing';
import '../../src/article-view.js';
import type {ArticleView} from '../../src/article-view.js';
import type {Article, Block} from '../../src/model/article.js';
import type {RelatedLinks} from '../../src/related-links.js';
import {
  EventLog,
  expectNone,
  expectSame,
  renderedMarkup,
  settled,
  shadow,
  useLocale,
  guardEachTest,
} from '../helpers/elements.js';

function sampleArticle(): Article {
  return {
    title: 'Sample title',
    published: '2025-07-16T15:00:09+08:00',
    updated: '2025-07-17',
    timeZone: 'Asia/Shanghai',
    author: 'Li Lei',
    lang: 'en',
    summary: 'A short summary.',
    body: [
      {type: 'paragraph', text: 'Intro paragraph.'},
      {
        type: 'section',
        heading: 'First',
        body: [
          {type: 'paragraph', text: 'One.'},
          {type: 'section', heading: 'First sub', body: [{type: 'paragraph', text: 'Sub one.'}]},
          {type: 'section', heading: 'Second sub', body: [{type: 'paragraph', text: 'Sub two.'}]},
        ],
      },
      {
        type: 'section',
        heading: 'Second',
        id: 'custom-id',
        body: [
          {type: 'list', items: ['apple', 'pear']},
          {type: 'list', ordered: true, items: ['first', 'second', 'third']},
          {type: 'quote', text: 'Quoted words.', cite: 'Someone'},
          {type: 'quote', text: 'Unattributed.'},
        ],
      },
    ],
    related: [{title: 'Link A', href: 'https://example.com/a'}, {title: 'Plain B'}],
  };
}

/** `depth` sections, each the only child of the one before. */
function nested(depth: number): Block[] {
  let body: Block[] = [{type: 'paragraph', text: 'Deepest.'}];
  for (let level = depth; level >= 1; level -= 1) {
    body = [{type: 'section', heading: `Level ${level}`, body}];
  }
  return body;
}

async function render(template: ReturnType<typeof html>): Promise<ArticleView> {
  const el = await fixture<ArticleView>(template);
  await settled(el);
  return el;
}

const headingsOf = (el: ArticleView) =>
  Array.from(shadow(el).querySelectorAll<HTMLElement>('[part="heading"]'));

describe('<article-view>', () => {
  guardEachTest();

  it('renders nothing until it has an article', async () => {
    const el = await render(html`<article-view></article-view>`);
    expect(shadow(el).innerHTML.replace(/<!--[\s\S]*?-->/g, '')).to.equal('');
  });

  it('renders title, meta line, summary, body, related links and footer', async () => {
    const el = await render(html`<article-view .article=${sampleArticle()}></article-view>`);
    const root = shadow(el);
    const article = root.querySelector('article')!;
    expect(article.getAttribute('lang')).to.equal('en');
    expect(root.querySelector('h1[part="title"]')!.textContent).to.equal('Sample title');
    const meta = root.querySelector('[part="meta"]')!;
    expect(meta.querySelector('[part="published"]')!.getAttribute('datetime')).to.equal(
      '2025-07-16T15:00:09+08:00',
    );
    expect(meta.querySelector('[part="updated"]')!.getAttribute('datetime')).to.equal('2025-07-17');
    expect(meta.querySelector('[part="updated"]')!.textContent).to.equal('July 17, 2025');
    expect(meta.querySelector('[part="author"]')!.textContent).to.equal('By Li Lei');
    expect(meta.querySelector('[part="reading-time"]')!.textContent).to.equal(
      'Reading time: 1 minute',
    );
    expect(root.querySelector('[part="summary"]')!.textContent).to.equal('A short summary.');
    expect(root.querySelector('[part="body"] > p[part="paragraph"]')!.textContent).to.equal(
      'Intro paragraph.',
    );
    const related = root.querySelector<RelatedLinks>('related-links[part="related"]')!;
    expect(related.getAttribute('heading-level')).to.equal('2');
    expect(
      Array.from(shadow(related).querySelectorAll('li'), (li) => li.textContent),
    ).to.deep.equal(['Link A', 'Plain B']);
    const backToTop = root.querySelector(
      'footer[part="footer"] > back-to-top[part="back-to-top"]',
    )!;
    expect(backToTop.getAttribute('threshold'), 'always shown at the end').to.equal('0');
    const button = shadow(backToTop).querySelector('button')!;
    expect(button.textContent!.trim()).to.equal('Back to top');
    expect(button.getAttribute('type')).to.equal('button');
  });

  it('leaves out the meta line, summary and related links when the data has none', async () => {
    const el = await render(
      html`<article-view .article=${{title: 'Bare', body: []} satisfies Article}></article-view>`,
    );
    const root = shadow(el);
    expect(root.querySelector('[part="title"]')!.textContent).to.equal('Bare');
    // Only the reading time is left on the meta line.
    expect(
      Array.from(root.querySelectorAll('[part="meta"] > *'), (e) => e.getAttribute('part')),
    ).to.deep.equal(['reading-time']);
    expectNone(root, '[part="published"], [part="updated"], [part="author"], [part="summary"]');
    expectNone(root, 'related-links');
    expect(root.querySelectorAll('[part="back-to-top"]').length).to.equal(1);
  });

  it('leaves out an author of only white space, which would show "By" alone', async () => {
    for (const author of ['', ' \n ']) {
      const el = await render(
        html`<article-view
          .article=${{title: 'T', author, body: []} satisfies Article}
        ></article-view>`,
      );
      expectNone(shadow(el), '[part="author"]');
    }
  });

  it('renders the same DOM from the article attribute (JSON text) and property (object)', async () => {
    const data = sampleArticle();
    const fromAttribute = await render(
      html`<article-view article=${JSON.stringify(data)}></article-view>`,
    );
    const fromProperty = await render(html`<article-view .article=${data}></article-view>`);
    expect(fromAttribute.getAttribute('article')).to.equal(JSON.stringify(data));
    expect(renderedMarkup(fromAttribute)).to.equal(renderedMarkup(fromProperty));
    expect(shadow(fromAttribute).querySelectorAll('section').length).to.equal(4);
  });

  it('re-renders when the article attribute changes', async () => {
    const el = await render(
      html`<article-view article=${JSON.stringify(sampleArticle())}></article-view>`,
    );
    el.setAttribute('article', JSON.stringify({title: 'Changed', body: []}));
    await settled(el);
    expect(shadow(el).querySelector('[part="title"]')!.textContent).to.equal('Changed');
    expect(shadow(el).querySelectorAll('section').length).to.equal(0);
  });

  it('renders all four block types as p, ul, ol and figure > blockquote', async () => {
    const el = await render(html`<article-view .article=${sampleArticle()}></article-view>`);
    const second = shadow(el).querySelector('#custom-id')!;
    const ul = second.querySelector('ul[part="list"]')!;
    expect(Array.from(ul.children, (li) => [li.localName, li.textContent])).to.deep.equal([
      ['li', 'apple'],
      ['li', 'pear'],
    ]);
    const ol = second.querySelector('ol[part="list"]')!;
    expect(Array.from(ol.children, (li) => li.textContent)).to.deep.equal([
      'first',
      'second',
      'third',
    ]);
    const figures = second.querySelectorAll('figure[part="quote"]');
    expect(figures.length).to.equal(2);
    expect(figures[0].querySelector('blockquote > p')!.textContent).to.equal('Quoted words.');
    expect(figures[0].querySelector('figcaption')!.textContent).to.equal('Someone');
    expect(figures[1].querySelector('blockquote > p')!.textContent).to.equal('Unattributed.');
    expectNone(figures[1], 'figcaption');
    // Blocks keep the order of the data.
    expect(
      Array.from(second.children, (child) => child.localName).filter((name) => name !== 'h2'),
    ).to.deep.equal(['ul', 'ol', 'figure', 'figure']);
  });

  it('numbers sections 1. / 1.1 for Latin content', async () => {
    const el = await render(html`<article-view .article=${sampleArticle()}></article-view>`);
    expect(headingsOf(el).map((h) => h.textContent)).to.deep.equal([
      '1. First',
      '1.1 First sub',
      '1.2 Second sub',
      '2. Second',
    ]);
    expect(
      headingsOf(el).map((h) => h.querySelector('[part="number"]')!.textContent),
    ).to.deep.equal(['1. ', '1.1 ', '1.2 ', '2. ']);
  });

  it('numbers sections 一、 / 1.1 for Chinese content, whatever the UI locale', async () => {
    const data = {...sampleArticle(), lang: 'zh-Hans'};
    const el = await render(html`<article-view .article=${data}></article-view>`);
    expect(headingsOf(el).map((h) => h.textContent)).to.deep.equal([
      '一、First',
      '1.1 First sub',
      '1.2 Second sub',
      '二、Second',
    ]);
  });

  it('shows headings as written with numbering="none"', async () => {
    const el = await render(
      html`<article-view numbering="none" .article=${sampleArticle()}></article-view>`,
    );
    expectNone(shadow(el), '[part="number"]');
    expect(headingsOf(el).map((h) => h.textContent)).to.deep.equal([
      'First',
      'First sub',
      'Second sub',
      'Second',
    ]);
    el.numbering = 'auto';
    await settled(el);
    expect(headingsOf(el)[0].textContent).to.equal('1. First');
  });

  it('gives sections ids from their numbers, or from the data', async () => {
    const el = await render(html`<article-view .article=${sampleArticle()}></article-view>`);
    const ids = Array.from(shadow(el).querySelectorAll('section'), (section) => section.id);
    expect(ids).to.deep.equal(['sec-1', 'sec-1-1', 'sec-1-2', 'custom-id']);
    expect(shadow(el).querySelector('#sec-1-2 > [part="heading"]')!.textContent).to.equal(
      '1.2 Second sub',
    );
  });

  it('makes a repeated id unique and warns about it', async () => {
    const log = new EventLog(['article-warning']);
    const data: Article = {
      title: 'Ids',
      body: [
        {type: 'section', heading: 'A', id: 'same', body: []},
        {type: 'section', heading: 'B', id: 'same', body: []},
        {type: 'section', heading: 'C', id: 'sec-1', body: []},
      ],
    };
    const el = await render(html`<article-view .article=${data}></article-view>`);
    log.stop();
    const ids = Array.from(shadow(el).querySelectorAll('section'), (section) => section.id);
    expect(ids).to.deep.equal(['same', 'same_2', 'sec-1']);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(log.details('article-warning').map(({code, path}) => ({code, path}))).to.deep.equal([
      {code: 'duplicate-id', path: 'body[1].id'},
    ]);
  });

  it('makes the title an h1 and top-level sections h2 by default', async () => {
    const el = await render(html`<article-view .article=${sampleArticle()}></article-view>`);
    const root = shadow(el);
    expect(root.querySelector('[part="title"]')!.localName).to.equal('h1');
    expect(headingsOf(el).map((h) => h.localName)).to.deep.equal(['h2', 'h3', 'h3', 'h2']);
    const related = root.querySelector<RelatedLinks>('related-links')!;
    expect(shadow(related).querySelector('[part="heading"]')!.localName).to.equal('h2');
  });

  it('starts from heading-level="2": the title an h2, top sections h3', async () => {
    const el = await render(
      html`<article-view heading-level="2" .article=${sampleArticle()}></article-view>`,
    );
    const root = shadow(el);
    expect(el.headingLevel).to.equal(2);
    expect(root.querySelector('[part="title"]')!.localName).to.equal('h2');
    expect(headingsOf(el).map((h) => h.localName)).to.deep.equal(['h3', 'h4', 'h4', 'h3']);
    const related = root.querySelector<RelatedLinks>('related-links')!;
    expect(shadow(related).querySelector('[part="heading"]')!.localName).to.equal('h3');
  });

  it('uses role="heading" with aria-level for sections nested beyond h6', async () => {
    const el = await render(
      html`<article-view
        .article=${{title: 'Deep', body: nested(8)} satisfies Article}
      ></article-view>`,
    );
    const headings = headingsOf(el);
    expect(headings.map((h) => h.localName)).to.deep.equal([
      'h2',
      'h3',
      'h4',
      'h5',
      'h6',
      'p',
      'p',
      'p',
    ]);
    for (const [index, heading] of headings.entries()) {
      const level = index + 2;
      if (level <= 6) {
        expect(heading.hasAttribute('role'), `level ${level}`).to.equal(false);
      } else {
        expect(heading.getAttribute('role'), `level ${level}`).to.equal('heading');
        expect(heading.getAttribute('aria-level'), `level ${level}`).to.equal(String(level));
      }
      expect(heading.textContent).to.equal(
        `${Array.from({length: index + 1}, () => 1).join('.')}${index === 0 ? '.' : ''} Level ${index + 1}`,
      );
    }
  });

  it('keeps the title at h6 and goes on with aria-level 7 for heading-level="6"', async () => {
    const el = await render(
      html`<article-view
        heading-level="6"
        .article=${{title: 'Deep', body: nested(2), related: [{title: 'R'}]} satisfies Article}
      ></article-view>`,
    );
    expect(shadow(el).querySelector('[part="title"]')!.localName).to.equal('h6');
    expect(
      headingsOf(el).map((h) => [h.getAttribute('role'), h.getAttribute('aria-level')]),
    ).to.deep.equal([
      ['heading', '7'],
      ['heading', '8'],
    ]);
    const related = shadow(el).querySelector<RelatedLinks>('related-links')!;
    const relatedHeading = shadow(related).querySelector('[part="heading"]')!;
    expect(relatedHeading.getAttribute('role')).to.equal('heading');
    expect(relatedHeading.getAttribute('aria-level')).to.equal('7');
  });

  it('falls back to level 1 for a heading-level that is not a number', async () => {
    const el = await render(
      html`<article-view heading-level="big" .article=${sampleArticle()}></article-view>`,
    );
    expect(shadow(el).querySelector('[part="title"]')!.localName).to.equal('h1');
  });

  it('dispatches article-render once per article, bubbling and composed, to document', async () => {
    const log = new EventLog(['article-render', 'article-error', 'article-warning']);
    const el = await render(html`<article-view .article=${sampleArticle()}></article-view>`);
    const renders = log.of('article-render');
    expect(renders.length, 'article-render events for one article').to.equal(1);
    expectSame(renders[0].target, el, 'target');
    expect(renders[0].bubbles).to.equal(true);
    expect(renders[0].composed).to.equal(true);
    expect(log.details('article-error')).to.deep.equal([]);
    expect(log.details('article-warning')).to.deep.equal([]);

    el.article = {...sampleArticle(), title: 'Next'};
    await settled(el);
    expect(log.of('article-render').length).to.equal(2);

    // Re-rendering for another reason (a locale switch) is not new data.
    await useLocale('zh-Hans');
    await settled(el);
    expect(log.of('article-render').length).to.equal(2);
    log.stop();
  });

  it('moves focus to the title when "Back to top" is clicked', async () => {
    const el = await render(html`<article-view .article=${sampleArticle()}></article-view>`);
    const root = shadow(el);
    const backToTop = root.querySelector('back-to-top')!;
    const button = shadow(backToTop).querySelector('button')!;
    button.focus();
    expectSame(shadow(backToTop).activeElement, button, 'focus before');
    button.click();
    await settled(el);
    const title = root.querySelector('[part="title"]')!;
    expect(title.getAttribute('tabindex')).to.equal('-1');
    expectSame(root.activeElement, title, 'focus after');
    expectSame(document.activeElement, el, 'document focus');
  });

  it('dispatches article-render once the inner related list has rendered too', async () => {
    const counts: number[] = [];
    const listener = (event: Event) => {
      const inner = shadow(event.target as Element).querySelector('related-links')!;
      counts.push(inner.shadowRoot?.querySelectorAll('li').length ?? -1);
    };
    document.addEventListener('article-render', listener);
    try {
      const el = await fixture<ArticleView>(
        html`<article-view .article=${sampleArticle()}></article-view>`,
      );
      await el.updateComplete;
      // updateComplete covers the inner list as well: no extra waiting needed.
      expect(
        shadow(el).querySelector('related-links')!.shadowRoot!.querySelectorAll('li').length,
      ).to.equal(2);
      await settled(el);
      expect(counts).to.deep.equal([2]);
    } finally {
      document.removeEventListener('article-render', listener);
    }
  });

  it('keeps ids unique: a section may be called "top"', async () => {
    const article: Article = {
      title: 'Ids',
      body: [{type: 'section', id: 'top', heading: 'Top', body: []}],
    };
    const el = await render(html`<article-view .article=${article}></article-view>`);
    const ids = Array.from(shadow(el).querySelectorAll('[id]'), (node) => node.id);
    expect(ids).to.deep.equal(['top']);
    expect(shadow(el).querySelector('section')!.id).to.equal('top');
  });

  it("exposes the inner list's parts as related-… parts", async () => {
    const style = document.createElement('style');
    style.textContent = `
      article-view::part(related-text) { color: rgb(1, 2, 3); }
      article-view::part(related-link) { color: rgb(4, 5, 6); }
      article-view::part(related-heading) { color: rgb(7, 8, 9); }`;
    document.head.append(style);
    try {
      const el = await render(html`<article-view .article=${sampleArticle()}></article-view>`);
      const inner = shadow(el).querySelector('related-links')!.shadowRoot!;
      const color = (selector: string) => getComputedStyle(inner.querySelector(selector)!).color;
      expect(color('[part="text"]')).to.equal('rgb(1, 2, 3)');
      expect(color('[part="link"]')).to.equal('rgb(4, 5, 6)');
      expect(color('[part="heading"]')).to.equal('rgb(7, 8, 9)');
    } finally {
      style.remove();
    }
  });

  it('clears itself, without an error, when the article attribute is removed', async () => {
    const log = new EventLog(['article-error']);
    const el = await render(
      html`<article-view article=${JSON.stringify(sampleArticle())}></article-view>`,
    );
    el.removeAttribute('article');
    await settled(el);
    log.stop();
    expect(log.details('article-error')).to.deep.equal([]);
    expectNone(shadow(el), '[role="alert"], article');
  });

  it('passes link-target to its related links, and keeps the list state across re-renders', async () => {
    const el = await render(
      html`<article-view link-target="_blank" .article=${sampleArticle()}></article-view>`,
    );
    const related = shadow(el).querySelector<RelatedLinks>('related-links')!;
    const link = shadow(related).querySelector('a')!;
    expect([link.target, link.rel]).to.deep.equal(['_blank', 'noopener noreferrer']);
    // A re-render of the article (here: numbering) hands the inner list the same links object,
    // so the list does not start over.
    const before = related.links;
    el.numbering = 'none';
    await settled(el);
    expect(related.links).to.equal(before);
    expect(shadow(related).querySelector('a')).to.equal(link);
  });
});
