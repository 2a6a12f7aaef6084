import {expect, fixture, html} from '@open-wc/testing';
import '../../src/article-view.js';
import type {ArticleToc} from '../../src/article-toc.js';
import type {ArticleView} from '../../src/article-view.js';
import type {Article} from '../../src/model/article.js';
import {restoreLocale, settled, shadow, useLocale} from '../helpers/elements.js';
import {sectionsWithParts, seedArticle} from '../helpers/fixtures.js';

/** Two animation frames: the scroll event, then the frame in which the contents track it. */
async function frames(toc: ArticleToc): Promise<void> {
  for (let i = 0; i < 3; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
  await toc.updateComplete;
}

function links(toc: ArticleToc): HTMLAnchorElement[] {
  return Array.from(shadow(toc).querySelectorAll<HTMLAnchorElement>('a[part~="link"]'));
}

/** Ids of the links marked as the section being read. */
function current(toc: ArticleToc): string[] {
  return links(toc)
    .filter((link) => link.getAttribute('aria-current') === 'location')
    .map((link) => link.dataset.section!);
}

/** The contents' link texts, once `views` and then the contents have rendered. */
async function listed(toc: ArticleToc, ...views: ArticleView[]): Promise<string[]> {
  for (const view of views) await settled(view);
  await settled(toc);
  return links(toc).map((link) => link.textContent!);
}

/** An article of one section, headed `heading`. */
function oneSection(heading: string): Article {
  return {title: 'T', body: [{type: 'section', heading, body: []}]};
}

function longArticle(sections: number): Article {
  const body = sectionsWithParts(sections, 40, 30);
  // A last section far shorter than the viewport.
  body.push({type: 'section', heading: 'Short end', body: [{type: 'paragraph', text: 'Bye.'}]});
  return {title: 'Long', lang: 'en', body};
}

async function renderWithToc(article: Article): Promise<{view: ArticleView; toc: ArticleToc}> {
  const view = await fixture<ArticleView>(
    html`<article-view toc .article=${article}></article-view>`,
  );
  await settled(view);
  const toc = shadow(view).querySelector<ArticleToc>('article-toc')!;
  await settled(toc);
  return {view, toc};
}

describe('<article-toc>', () => {
  beforeEach(async () => {
    await useLocale('en');
    window.scrollTo(0, 0);
  });
  afterEach(async () => {
    window.scrollTo(0, 0);
    history.replaceState(null, '', location.pathname + location.search);
    await restoreLocale();
  });

  it("mirrors the sections with the headings' numbers, nested", async () => {
    const {view, toc} = await renderWithToc(await seedArticle('zh'));
    const headings = Array.from(
      shadow(view).querySelectorAll('section > [part="heading"]'),
      (heading) => heading.textContent,
    );
    expect(links(toc).map((link) => link.textContent)).to.deep.equal(headings);
    expect(links(toc)[0].textContent).to.equal('一、社会法律环境的变化');
    expect(links(toc)[1].textContent).to.equal('1.1 法律对隐私的保护要求');
    expect(links(toc).map((link) => link.getAttribute('href'))).to.deep.equal(
      Array.from(shadow(view).querySelectorAll('section'), (section) => `#${section.id}`),
    );
    // Sub-sections are in a list inside their parent's item.
    const firstItem = shadow(toc).querySelector('ol > li')!;
    expect(firstItem.querySelectorAll(':scope > ol > li').length).to.equal(2);
  });

  it('has a localized label and lists nothing without sections', async () => {
    const {toc} = await renderWithToc(await seedArticle('zh'));
    expect(shadow(toc).querySelector('summary')!.textContent!.trim()).to.equal('Contents');
    await useLocale('zh-Hans');
    await settled(toc);
    expect(shadow(toc).querySelector('summary')!.textContent!.trim()).to.equal('目录');
    const empty = await renderWithToc({title: 'x', body: [{type: 'paragraph', text: 'y'}]});
    expect(shadow(empty.toc).querySelector('nav')).to.equal(null);
  });

  it('marks only the section being read, none before the first heading', async () => {
    const {view, toc} = await renderWithToc(await seedArticle('en'));
    await frames(toc);
    expect(current(toc), 'at the top').to.deep.equal([]);
    const ids = Array.from(shadow(view).querySelectorAll('section'), (section) => section.id);
    // The last section of the seed is short: it is checked at the end of the page below.
    for (const id of ids.slice(0, -1)) {
      view.sectionElement(id)!.scrollIntoView({block: 'start'});
      await frames(toc);
      expect(current(toc), id).to.deep.equal([id]);
    }
  });

  it('reads positions after a render only once the page is laid out, not in the next frame', async () => {
    // Each position read, and whether it ran inside an animation-frame callback, where a read
    // after a render forces the layout of the new page.
    const reads: boolean[] = [];
    let inFrame = false;
    const {requestAnimationFrame: frame} = window;
    const {getBoundingClientRect: measure} = Element.prototype;
    window.requestAnimationFrame = (callback) =>
      frame.call(window, (time) => {
        inFrame = true;
        try {
          callback(time);
        } finally {
          inFrame = false;
        }
      });
    Element.prototype.getBoundingClientRect = function (this: Element) {
      reads.push(inFrame);
      return measure.call(this);
    };
    try {
      const {toc} = await renderWithToc(await seedArticle('en'));
      await frames(toc);
      await new Promise((resolve) => setTimeout(resolve));
      expect(reads.length, 'positions were read').to.be.greaterThan(0);
      expect(reads.filter(Boolean), 'reads inside a frame callback').to.deep.equal([]);
    } finally {
      window.requestAnimationFrame = frame;
      Element.prototype.getBoundingClientRect = measure;
    }
  });

  it('marks a short last section when the page is scrolled to the end', async () => {
    const {toc} = await renderWithToc(longArticle(30));
    window.scrollTo(0, document.documentElement.scrollHeight);
    await frames(toc);
    const ids = links(toc).map((link) => link.dataset.section!);
    expect(current(toc)).to.deep.equal([ids[ids.length - 1]]);
  });

  it('tracks a long article scrolled inside a container', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="height: 400px; overflow: auto">
        <article-view toc .article=${longArticle(60)}></article-view>
      </div>`,
    );
    const view = box.querySelector('article-view')!;
    await settled(view);
    const toc = shadow(view).querySelector<ArticleToc>('article-toc')!;
    await settled(toc);
    const section = view.sectionElement('sec-42-1')!;
    box.scrollTop += section.getBoundingClientRect().top - box.getBoundingClientRect().top;
    await frames(toc);
    expect(current(toc)).to.deep.equal(['sec-42-1']);
  });

  it('lists an <article-view> elsewhere on the page with for="id", and follows it through a numbering change, bad data and no data', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <article-toc for="story"></article-toc>
        <article-view id="story" .article=${await seedArticle('en')}></article-view>
      </div>`,
    );
    const view = page.querySelector('article-view')!;
    const toc = page.querySelector('article-toc')!;
    const texts = async () => (await listed(toc, view)).slice(0, 1);
    expect(await texts()).to.deep.equal(['1. Changes in the legal environment']);
    view.numbering = 'none';
    expect(await texts(), 'numbering="none"').to.deep.equal(['Changes in the legal environment']);
    view.article = '{bad';
    expect(await texts(), 'bad data').to.deep.equal([]);
    view.article = {title: 'New', body: [{type: 'section', heading: 'Fresh', body: []}]};
    expect(await texts(), 'new data').to.deep.equal(['Fresh']);
    view.article = undefined;
    expect(await texts(), 'no data').to.deep.equal([]);
  });

  it('follows a source set before the article element is defined, once it is', async () => {
    const tag = 'later-defined-article-view';
    const view = document.createElement(tag) as ArticleView;
    const toc = document.createElement('article-toc');
    toc.source = view;
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    page.append(toc, view);
    await settled(toc);
    expect(links(toc)).to.deep.equal([]);
    customElements.define(
      tag,
      class extends (customElements.get('article-view') as typeof ArticleView) {},
    );
    const texts = () => listed(toc, view);
    view.article = oneSection('First');
    expect(await texts(), 'once defined').to.deep.equal(['1. First']);
    view.article = oneSection('Second');
    expect(await texts(), 'later data').to.deep.equal(['1. Second']);
  });

  it('empties when its for="id" article leaves the page, and lists the one put in its place', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <article-toc for="story"></article-toc>
        <article-view id="story" .article=${oneSection('Old')}></article-view>
      </div>`,
    );
    const toc = page.querySelector('article-toc')!;
    expect(await listed(toc, page.querySelector('article-view')!)).to.deep.equal(['1. Old']);
    page.querySelector('article-view')!.remove();
    await settled(toc);
    expect(links(toc), 'removed').to.deep.equal([]);
    const replacement = document.createElement('article-view');
    replacement.id = 'story';
    replacement.article = oneSection('New');
    page.append(replacement);
    expect(await listed(toc, replacement), 'replaced').to.deep.equal(['1. New']);
  });

  it('lets go of its article when source changes, and follows the new one', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <article-toc></article-toc>
        <article-view .article=${oneSection('A1')}></article-view>
        <article-view .article=${oneSection('B1')}></article-view>
      </div>`,
    );
    const toc = page.querySelector('article-toc')!;
    const [a, b] = Array.from(page.querySelectorAll('article-view'));
    const removed: unknown[] = [];
    const {removeController} = a;
    a.removeController = (controller) => {
      removed.push(controller);
      removeController.call(a, controller);
    };
    const texts = () => listed(toc, a, b);
    toc.source = a;
    expect(await texts()).to.deep.equal(['1. A1']);
    toc.source = b;
    expect(await texts()).to.deep.equal(['1. B1']);
    expect(removed, 'the controller taken off the first article').to.have.length(1);
    a.article = oneSection('A2');
    b.article = oneSection('B2');
    expect(await texts()).to.deep.equal(['1. B2']);
  });

  it('lists and follows an <article-view> in the same shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({mode: 'open'});
    root.innerHTML = '<article-toc for="x"></article-toc><article-view id="x"></article-view>';
    const view = root.querySelector('article-view')!;
    const toc = root.querySelector('article-toc')!;
    const texts = () => listed(toc, view);
    view.article = oneSection('S1');
    expect(await texts(), 'rendered after the contents').to.deep.equal(['1. S1']);
    view.article = oneSection('S2');
    expect(await texts(), 'later data').to.deep.equal(['1. S2']);
  });

  it('scrolls to a section, focuses its heading and updates the address on click', async () => {
    const {view, toc} = await renderWithToc(await seedArticle('en'));
    const link = links(toc).find((a) => a.dataset.section === 'sec-3-2')!;
    link.click();
    await frames(toc);
    expect(location.hash).to.equal('#sec-3-2');
    const heading = view.sectionElement('sec-3-2')!.querySelector('[part="heading"]');
    expect(shadow(view).activeElement === heading, 'focus on the heading').to.equal(true);
  });

  it("keeps the reader's choice to collapse it when it is moved or re-added", async () => {
    const {view, toc} = await renderWithToc(await seedArticle('en'));
    const details = () => shadow(toc).querySelector('details')!;
    expect(details().open, 'open on a wide screen').to.equal(true);
    shadow(toc).querySelector('summary')!.click();
    await new Promise((resolve) => details().addEventListener('toggle', resolve, {once: true}));
    await toc.updateComplete;
    expect(details().open).to.equal(false);

    const parent = view.parentNode!;
    view.remove();
    parent.append(view);
    await settled(view);
    await toc.updateComplete;
    expect(details().open, 'still collapsed after re-adding').to.equal(false);
  });
});
