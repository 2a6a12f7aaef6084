/**
 * The article body built as plain DOM (every client render) against the Lit templates the server
 * renders and hydration takes over: the same elements, attributes and text, whatever the data.
 */
import {expect, fixture, html} from '@open-wc/testing';
import fc from 'fast-check';
import {render} from 'lit';
import '../../src/article-view.js';
import type {ArticleView} from '../../src/article-view.js';
import {blockTemplates} from '../../src/elements/article-view/article-blocks.js';
import {templates} from '../../src/generated/locales/zh-Hans.js';
import type {Article} from '../../src/model/article.js';
import {numberingStyleFor} from '../../src/model/numbering.js';
import {parseArticle} from '../../src/model/parse.js';
import {setLocale} from '../../src/localization.js';
import {articleArbitrary} from '../helpers/arbitraries.js';
import {domTree} from '../helpers/dom-tree.js';
import {restoreLocale, settled, shadow, useLocale} from '../helpers/elements.js';

/** Elements whose white-space-only text comes from template formatting, never from data. */
const CONTAINERS = new Set(['div', 'section', 'ol', 'ul', 'figure', 'blockquote']);
const tree = (node: Node) => domTree(node, CONTAINERS);

async function view(article: Article, attributes: {level?: number; numbering?: string} = {}) {
  const el = await fixture<ArticleView>(
    html`<article-view
      .article=${article}
      .headingLevel=${attributes.level ?? 1}
      .numbering=${(attributes.numbering ?? 'auto') as 'auto'}
    ></article-view>`,
  );
  await settled(el);
  return el;
}

const body = (el: ArticleView) => shadow(el).querySelector('[part="body"]')!;

describe('<article-view> body', () => {
  beforeEach(() => useLocale('en'));
  afterEach(restoreLocale);

  it('builds the same DOM as the server templates, for any article, level and numbering', async () => {
    await fc.assert(
      fc.asyncProperty(
        articleArbitrary,
        fc.integer({min: 1, max: 7}),
        fc.constantFrom('auto', 'none'),
        async (article, level, numbering) => {
          const el = await view(article, {level, numbering});
          const result = parseArticle(article);
          if (!result.ok) throw new Error('the arbitrary made an invalid article');
          const model = result.value;
          const style = numbering === 'none' ? undefined : numberingStyleFor(model.lang ?? 'en');
          const expected = document.createElement('div');
          expected.setAttribute('part', 'body');
          // The title's level is at most 6; sections go one below it.
          const sectionLevel = Math.min(level, 6) + 1;
          const label = {text: 'Link to this section', lang: 'en'};
          render(blockTemplates(model.body, sectionLevel, style, label), expected);
          expect(tree(body(el))).to.deep.equal(tree(expected));
          el.remove();
        },
      ),
      {numRuns: 60},
    );
  });

  it('relabels the permalinks in place on a locale switch', async () => {
    const el = await view({
      title: 'T',
      lang: 'en',
      body: [{type: 'section', heading: 'A', body: [{type: 'section', heading: 'B', body: []}]}],
    });
    const sections = Array.from(body(el).querySelectorAll('section'));
    const permalinks = () =>
      Array.from(body(el).querySelectorAll('[part="permalink"]'), (a) => [
        a.getAttribute('lang'),
        a.getAttribute('aria-label'),
      ]);
    expect(permalinks()).to.deep.equal([
      ['en', 'Link to this section'],
      ['en', 'Link to this section'],
    ]);

    await setLocale('zh-Hans');
    await settled(el);
    const chinese = templates['article.permalink'];
    expect(chinese).to.be.a('string').and.not.equal('Link to this section');
    expect(permalinks()).to.deep.equal([
      ['zh-Hans', chinese],
      ['zh-Hans', chinese],
    ]);
    // The article's lang fixes its numbering: nothing else changed, so nothing was rebuilt.
    expect(Array.from(body(el).querySelectorAll('section'))).to.have.ordered.members(sections);
  });

  it('renumbers in place when the locale changes the numbering of an article without lang', async () => {
    const el = await view({
      title: 'T',
      body: [{type: 'section', heading: 'A', body: [{type: 'section', heading: 'B', body: []}]}],
    });
    const sections = Array.from(body(el).querySelectorAll('section'));
    const numbers = () =>
      Array.from(body(el).querySelectorAll('[part="number"]'), (span) => span.textContent);
    expect(numbers()).to.deep.equal(['1. ', '1.1 ']);
    const heading = body(el).querySelector<HTMLElement>('section section > [part="heading"]')!;
    heading.focus();

    await setLocale('zh-Hans');
    await settled(el);
    expect(numbers()).to.deep.equal(['一、', '1.1 ']);
    expect(Array.from(body(el).querySelectorAll('section'))).to.have.ordered.members(sections);
    expect(shadow(el).activeElement).to.equal(heading);
  });

  it('keeps the body, and focus in it, when an equal article arrives as a new object', async () => {
    const article: Article = {
      title: 'T',
      lang: 'en',
      body: [
        {type: 'paragraph', text: 'x'},
        {type: 'section', heading: 'A', body: [{type: 'list', items: ['a', 'b']}]},
      ],
    };
    const el = await view(article);
    const nodes = Array.from(body(el).querySelectorAll('*'));
    const heading = body(el).querySelector<HTMLElement>('[part="heading"]')!;
    heading.focus();
    // Nothing in the body may even be written again: the same label is not set twice.
    const writes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => writes.push(...records));
    observer.observe(body(el), {subtree: true, attributes: true, childList: true});

    el.article = structuredClone(article);
    await settled(el);
    el.theme = 'dark';
    await settled(el);
    writes.push(...observer.takeRecords());
    observer.disconnect();
    expect(writes).to.have.length(0);
    expect(Array.from(body(el).querySelectorAll('*'))).to.have.ordered.members(nodes);
    expect(shadow(el).activeElement).to.equal(heading);

    // One word of difference, deep inside: built again.
    el.article = {
      ...article,
      body: [
        article.body[0],
        {type: 'section', heading: 'A', body: [{type: 'list', items: ['a', 'c']}]},
      ],
    };
    await settled(el);
    expect(body(el).querySelector('section')).to.not.equal(
      nodes.find((n) => n.localName === 'section'),
    );
    expect(Array.from(body(el).querySelectorAll('li'), (li) => li.textContent)).to.deep.equal([
      'a',
      'c',
    ]);
  });

  it('keeps the body when something else changes, and builds it again for new blocks', async () => {
    const article: Article = {
      title: 'T',
      body: [{type: 'section', heading: 'A', body: [{type: 'paragraph', text: 'x'}]}],
    };
    const el = await view(article);
    const section = body(el).querySelector('section');
    el.toc = true;
    el.theme = 'dark';
    await settled(el);
    expect(body(el).querySelector('section') === section, 'same section').to.equal(true);

    el.headingLevel = 3;
    await settled(el);
    expect(body(el).querySelector('section') === section, 'new section').to.equal(false);
    expect(body(el).querySelector('section > [part="heading"]')!.localName).to.equal('h4');

    el.numbering = 'none';
    await settled(el);
    expect(body(el).querySelector('[part="number"]')).to.equal(null);

    el.article = {...article, body: [{type: 'paragraph', text: 'only this'}]};
    await settled(el);
    expect(body(el).textContent!.trim()).to.equal('only this');
    expect(body(el).querySelectorAll('section')).to.have.length(0);
  });
});
