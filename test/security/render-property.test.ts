/**
 * For any valid article (test/helpers/arbitraries.ts), rendering never throws, reports a render
 * and no error, and the visible text of the composed tree (title, author, summary, headings
 * without their numbers, paragraphs, list items, quotes and cites, related links) is exactly the
 * input's text, in document order.
 */
import {expect, fixture, html} from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/article-view.js';
import type {ArticleView} from '../../src/article-view.js';
import type {Article, Block} from '../../src/model/article.js';
import {dedupeLinks} from '../../src/model/related-links.js';
import {safeHref} from '../../src/model/url-safety.js';
import {articleArbitrary} from '../helpers/arbitraries.js';
import {deepElements, guardEachTest, settled, shadow} from '../helpers/elements.js';
import {count, details, EVENT_TYPES} from './batch.js';

/** What a string field shows: the text as given, a lone surrogate (broken character) as U+FFFD. */
const shown = (text: string) => text.toWellFormed();

/** The text the article should show, in document order. */
function expectedText(article: Article): string[] {
  const out = [shown(article.title)];
  // An author of only white space is left out: it would show a lone "By".
  if (article.author?.trim()) out.push(`By ${shown(article.author)}`);
  if (article.summary !== undefined) out.push(shown(article.summary));
  const blocks = (body: readonly Block[]) => {
    for (const block of body) {
      switch (block.type) {
        case 'paragraph':
          out.push(shown(block.text));
          break;
        case 'list':
          out.push(...block.items.map(shown));
          break;
        case 'quote':
          out.push(shown(block.text));
          if (block.cite !== undefined) out.push(shown(block.cite));
          break;
        case 'section':
          out.push(shown(block.heading));
          blocks(block.body);
          break;
      }
    }
  };
  blocks(article.body);
  // The list drops repeated links (the model's rule, tested in test/model/related-links.test.ts);
  // an unsafe href makes the link a text item.
  const links = (article.related ?? []).map((link) => {
    const href = link.href === undefined ? null : safeHref(shown(link.href));
    return href === null ? {title: shown(link.title)} : {title: shown(link.title), href};
  });
  out.push(...dedupeLinks(links).map((link) => link.title));
  return out;
}

/** Elements of `<article-view>`'s own shadow tree that show input text. */
const ARTICLE_TEXT = [
  '[part="title"]',
  '[part="author"]',
  '[part="summary"]',
  '[part="heading"]',
  '[part="paragraph"]',
  '[part="list"] > li',
  'blockquote > p',
  'figcaption',
].join(', ');

/** The visible text of the article, in the composed tree's document order. */
function renderedText(el: ArticleView): string[] {
  const out: string[] = [];
  for (const element of deepElements(shadow(el))) {
    const host = (element.getRootNode() as ShadowRoot).host;
    const shows =
      (host === el && element.matches(ARTICLE_TEXT)) ||
      (host?.localName === 'related-links' && element.matches('li[part="item"]'));
    if (!shows) continue;
    expect(element.checkVisibility(), `<${element.localName}> is hidden`).to.equal(true);
    let text = element.textContent!;
    if (element.matches('[part="heading"]')) {
      text = text.slice(element.querySelector('[part="number"]')?.textContent?.length ?? 0);
    }
    out.push(text);
  }
  return out;
}

/**
 * The generated articles, sometimes with a lone surrogate (half of a broken character, which
 * JavaScript strings and DOM text can hold) added to the title and to a first paragraph.
 */
const articles: fc.Arbitrary<Article> = fc
  .tuple(articleArbitrary, fc.option(fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff')))
  .map(([article, broken]) =>
    broken === null
      ? article
      : {
          ...article,
          title: article.title + broken,
          body: [{type: 'paragraph', text: `${broken}x`}, ...article.body],
        },
  );

describe('rendering any valid article', () => {
  guardEachTest();

  it('never throws and shows exactly the input text in document order', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    await fc.assert(
      fc.asyncProperty(articles, fc.boolean(), async (article, asAttribute) => {
        const el = document.createElement('article-view');
        const events: Event[] = [];
        for (const type of EVENT_TYPES) el.addEventListener(type, (event) => events.push(event));
        if (asAttribute) el.setAttribute('article', JSON.stringify(article));
        else el.article = article;
        container.append(el);
        try {
          await settled(el);
          expect(details(events, 'article-error'), 'article-error').to.deep.equal([]);
          expect(count(events, 'article-render'), 'article-render').to.equal(1);
          expect(shadow(el).querySelector('[role="alert"]'), 'alert').to.equal(null);
          expect(renderedText(el)).to.deep.equal(expectedText(article));
        } finally {
          el.remove();
        }
      }),
      {numRuns: 60},
    );
  });
});
