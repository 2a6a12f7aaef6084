import {expect, fixture, html} from '@open-wc/testing';
import '../../src/article-view.js';
import type {ArticleView} from '../../src/article-view.js';
import type {Article, Block} from '../../src/model/article.js';
import type {RelatedLinks} from '../../src/related-links.js';
import {restoreLocale, settled, shadow, useLocale} from '../helpers/elements.js';
import {seedArticle} from '../helpers/fixtures.js';

async function renderArticle(article: unknown): Promise<ArticleView> {
  const el = await fixture<ArticleView>(
    html`<article-view .article=${article as Article}></article-view>`,
  );
  await settled(el);
  return el;
}

function everyBlock(): Article {
  let deep: Block[] = [{type: 'paragraph', text: 'Deepest.'}];
  for (let level = 8; level >= 1; level -= 1) {
    deep = [{type: 'section', heading: `Level ${level}`, body: deep}];
  }
  return {
    title: 'Every block',
    published: '2025-07-16T15:00:09+08:00',
    updated: '2025-07-17',
    timeZone: 'Asia/Shanghai',
    author: 'Li Lei',
    summary: 'All block types, and sections nested past h6.',
    lang: 'en',
    body: [
      {type: 'paragraph', text: 'Intro.'},
      {type: 'list', items: ['a', 'b']},
      {type: 'list', ordered: true, items: ['one', 'two']},
      {type: 'quote', text: 'Quoted.', cite: 'Someone'},
      ...deep,
    ],
    related: [{title: 'Linked', href: 'https://example.com/'}, {title: 'Plain'}],
  };
}

const links = Array.from({length: 6}, (_, i) =>
  i % 2 === 0 ? {title: `Link ${i + 1}`, href: `/page/${i + 1}`} : {title: `Text ${i + 1}`},
);

describe('accessibility (axe)', () => {
  afterEach(restoreLocale);

  for (const [seed, locale] of [
    ['zh', 'zh-Hans'],
    ['en', 'en'],
  ] as const) {
    it(`has no violation for the ${seed} seed in ${locale}`, async () => {
      await useLocale(locale);
      const el = await renderArticle(await seedArticle(seed));
      await expect(el).to.be.accessible();
    });
  }

  it('has no violation for content in another language than the UI', async () => {
    await useLocale('zh-Hans');
    const el = await renderArticle(await seedArticle('en'));
    await expect(el).to.be.accessible();
  });

  it('has no violation for every block type and headings past h6', async () => {
    await useLocale('en');
    const el = await renderArticle(everyBlock());
    expect(shadow(el).querySelectorAll('[role="heading"]').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  for (const locale of ['en', 'zh-Hans'] as const) {
    it(`has no violation in the error state (${locale})`, async () => {
      await useLocale(locale);
      const el = await renderArticle({body: []});
      expect(shadow(el).querySelectorAll('[role="alert"]').length).to.equal(1);
      await expect(el).to.be.accessible();
      const list = await fixture<RelatedLinks>(html`<related-links links="[oops"></related-links>`);
      expect(shadow(list).querySelectorAll('[role="alert"]').length).to.equal(1);
      await expect(list).to.be.accessible();
    });
  }

  for (const locale of ['en', 'zh-Hans'] as const) {
    it(`has no violation for <related-links> with a limit, collapsed and expanded (${locale})`, async () => {
      await useLocale(locale);
      const el = await fixture<RelatedLinks>(
        html`<related-links limit="2" .links=${links}></related-links>`,
      );
      await expect(el).to.be.accessible();
      shadow(el).querySelector<HTMLButtonElement>('[part="show-more"]')!.click();
      await settled(el);
      expect(shadow(el).querySelectorAll('li').length).to.equal(6);
      await expect(el).to.be.accessible();
    });
  }
});
