import {expect, fixture, html} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import '../../src/article-view.js';
import type {ArticleView} from '../../src/article-view.js';
import {restoreLocale, settled, shadow, useLocale} from '../helpers/elements.js';
import {seedArticle} from '../helpers/fixtures.js';

/** A page with a 64 px sticky header, as many sites have, and the seed article below it. */
async function pageWithStickyHeader(locale: 'zh' | 'en'): Promise<ArticleView> {
  const page = await fixture<HTMLDivElement>(
    html`<div>
      <header style="position: sticky; top: 0; height: 64px; background: #eee; z-index: 1">
        Site
      </header>
      <article-view
        style="--article-scroll-offset: 64px"
        .article=${await seedArticle(locale)}
      ></article-view>
    </div>`,
  );
  const view = page.querySelector('article-view')!;
  await settled(view);
  return view;
}

async function frame(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

function headingOf(view: ArticleView, id: string): HTMLElement {
  return view.sectionElement(id)!.querySelector<HTMLElement>(':scope > [part="heading"]')!;
}

describe('reading: deep links, themes, small screens', () => {
  beforeEach(async () => {
    await useLocale('en');
    window.scrollTo(0, 0);
  });
  afterEach(async () => {
    history.replaceState(null, '', location.pathname + location.search);
    window.scrollTo(0, 0);
    await setViewport({width: 800, height: 600});
    await restoreLocale();
  });

  it('lands on the section named by the hash on load, below a sticky header, with focus', async () => {
    history.replaceState(null, '', '#sec-2-1');
    const view = await pageWithStickyHeader('zh');
    await frame();
    const heading = headingOf(view, 'sec-2-1');
    expect(Math.round(view.sectionElement('sec-2-1')!.getBoundingClientRect().top)).to.be.within(
      63,
      65,
    );
    expect(shadow(view).activeElement === heading, 'focus on the heading').to.equal(true);
    expect(heading.textContent).to.equal('2.1 用户对隐私的要求日益提高');
  });

  it('follows later hash changes, and ids given in the data', async () => {
    const article = await seedArticle('en');
    const first = article.body[1];
    if (first.type === 'section') first.id = 'legal';
    const view = await fixture<ArticleView>(
      html`<article-view style="--article-scroll-offset: 64px" .article=${article}></article-view>`,
    );
    await settled(view);
    location.hash = '#legal';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, {once: true}));
    // Smooth scrolling takes a moment; wait until it settles.
    for (let i = 0; i < 60; i += 1) await frame();
    expect(Math.round(view.sectionElement('legal')!.getBoundingClientRect().top)).to.be.within(
      63,
      65,
    );
    expect(shadow(view).activeElement === headingOf(view, 'legal')).to.equal(true);
  });

  it('finds a section by its id as written, then percent-decoded, as browsers find fragments', async () => {
    const view = await fixture<ArticleView>(
      html`<article-view
        .article=${{
          title: 'Ids',
          body: ['50%', '%41', 'A', '法律'].map((id) => ({
            type: 'section',
            id,
            heading: `Section ${id}`,
            body: [{type: 'paragraph', text: 'Text. '.repeat(400)}],
          })),
        }}
      ></article-view>`,
    );
    await settled(view);
    for (const id of ['50%', '%41', 'A', '法律']) {
      const link = headingOf(view, id).querySelector<HTMLAnchorElement>('[part="permalink"]')!;
      const changed = new Promise((resolve) =>
        window.addEventListener('hashchange', resolve, {once: true}),
      );
      link.click();
      await changed;
      await frame();
      expect(shadow(view).activeElement === headingOf(view, id), `focus on ${id}`).to.equal(true);
    }
  });

  it('gives every heading a permalink whose text leaves the heading as written', async () => {
    const view = await pageWithStickyHeader('en');
    for (const section of shadow(view).querySelectorAll('section')) {
      const link = section.querySelector(':scope > [part="heading"] > [part="permalink"]')!;
      expect(link.getAttribute('href')).to.equal(`#${section.id}`);
      expect(link.getAttribute('aria-label')).to.equal('Link to this section');
      expect(link.textContent).to.equal('');
    }
  });

  it('switches colors with theme="dark" and stays free of axe violations', async () => {
    const view = await fixture<ArticleView>(
      html`<article-view theme="dark" toc .article=${await seedArticle('en')}></article-view>`,
    );
    await settled(view);
    // The inner contents and list are dark too, not the system's (light) scheme.
    for (const inner of shadow(view).querySelectorAll('article-toc, related-links')) {
      expect(getComputedStyle(inner).colorScheme, inner.localName).to.equal('dark');
    }
    const light = await fixture<ArticleView>(
      html`<article-view theme="light" .article=${await seedArticle('en')}></article-view>`,
    );
    await settled(light);
    const style = getComputedStyle(view);
    expect(style.colorScheme).to.equal('dark');
    expect(style.backgroundColor).to.equal('rgb(32, 33, 36)');
    expect(style.color).to.equal('rgb(232, 234, 237)');
    expect(getComputedStyle(light).color).to.equal('rgb(32, 33, 36)');
    await expect(view).to.be.accessible();
  });

  it('has no horizontal scroll at 320 px wide', async () => {
    await setViewport({width: 320, height: 640});
    for (const locale of ['zh', 'en'] as const) {
      const view = await fixture<ArticleView>(
        html`<article-view toc .article=${await seedArticle(locale)}></article-view>`,
      );
      await settled(view);
      await frame();
      const root = document.documentElement;
      expect(root.scrollWidth, locale).to.be.at.most(root.clientWidth);
      // The permalink takes no room: hiding it changes no heading's height.
      for (const heading of shadow(view).querySelectorAll<HTMLElement>(
        'section > [part="heading"]',
      )) {
        const height = heading.getBoundingClientRect().height;
        const permalink = heading.querySelector<HTMLElement>('[part="permalink"]')!;
        permalink.style.display = 'none';
        expect(heading.getBoundingClientRect().height, heading.textContent!).to.equal(height);
        permalink.style.display = '';
      }
    }
  });
});
