import {expect, waitUntil} from '@open-wc/testing';
import '../../src/article-view.js';
import {ArticleToc} from '../../src/article-toc.js';
import {ArticleView} from '../../src/article-view.js';
import {BackToTop} from '../../src/back-to-top.js';
import {getLocale, localeReady, setLocale} from '../../src/localization.js';
import type {Article} from '../../src/model/article.js';
import {RelatedLinks} from '../../src/related-links.js';
import {EventLog, guardEachTest, idle, settled, shadow} from '../helpers/elements.js';
import {sectionsWithParts, seedArticle} from '../helpers/fixtures.js';
import {LeakCounter} from './tracking.js';

const text = (element: Element | null | undefined) => element?.textContent?.trim() ?? '';

/** `sections` sections with a sub-section each, long enough for the page to scroll. */
function longArticle(sections: number, title = 'Long'): Article {
  const body = sectionsWithParts(sections, 60, 60);
  return {title, lang: 'en', body, related: [{title: 'More', href: 'https://example.com/more'}]};
}

/** A small article with every kind of block, for the 1,000 mount/unmount cycles. */
function smallArticle(): Article {
  return {
    title: 'Small',
    published: '2025-07-16T15:00:09+08:00',
    timeZone: 'Asia/Shanghai',
    lang: 'en',
    body: [
      {type: 'paragraph', text: 'Intro.'},
      {
        type: 'section',
        heading: 'One',
        body: [
          {type: 'list', items: ['a', 'b']},
          {type: 'section', heading: 'One.one', body: [{type: 'quote', text: 'Q', cite: 'C'}]},
        ],
      },
      {type: 'section', heading: 'Two', body: [{type: 'paragraph', text: 'End.'}]},
    ],
    related: [{title: 'A', href: 'https://example.com/a'}, {title: 'B'}],
  };
}

/** Each test's elements live in this container, removed after the test. */
let stage: HTMLDivElement;

function mount<T extends Element>(element: T): T {
  stage.append(element);
  return element;
}

function articleView(article: Article | string, toc = true): ArticleView {
  const view = document.createElement('article-view');
  view.article = article;
  view.toc = toc;
  return view;
}

function scrollWindow(top: number): void {
  window.scrollTo({top, behavior: 'instant'});
}

/** Frames enough for a scroll event, the frame in which an element measures, and its render. */
async function frames(...elements: Element[]): Promise<void> {
  for (let i = 0; i < 3; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
  for (const element of elements) await settled(element);
}

function tocOf(view: ArticleView): ArticleToc {
  const toc = shadow(view).querySelector<ArticleToc>('article-toc');
  if (toc === null) throw new Error('<article-view toc> has no <article-toc>');
  return toc;
}

/** Ids of the entries an `<article-toc>` marks as being read. */
function current(toc: ArticleToc): string[] {
  return Array.from(
    shadow(toc).querySelectorAll<HTMLElement>('a[aria-current="location"]'),
    (link) => link.dataset.section!,
  );
}

/** Scrolls the view's window (the page's, or a frame's) to this section's top. */
function scrollToSection(view: ArticleView, id: string): void {
  const section = view.sectionElement(id);
  if (section === null) throw new Error(`no section ${id}`);
  const win = view.ownerDocument.defaultView!;
  win.scrollTo({top: section.getBoundingClientRect().top + win.scrollY, behavior: 'instant'});
}

/** Asserts that the element's styles apply: its own sheets are adopted and it is a block. */
function expectStyled(element: Element, label: string): void {
  const view = element.ownerDocument.defaultView!;
  expect(shadow(element).adoptedStyleSheets.length, `${label}: adopted sheets`).to.be.greaterThan(
    0,
  );
  expect(view.getComputedStyle(element).display, `${label}: display`).to.equal('block');
}

/** Asserts that an `<article-view>` shows this article's title and, with `toc`, its contents. */
function expectRendered(view: ArticleView, title: string, label: string): void {
  expect(text(shadow(view).querySelector('[part="title"]')), `${label}: title`).to.equal(title);
  const sections = shadow(view).querySelectorAll('section[part="section"]').length;
  expect(sections, `${label}: sections`).to.be.greaterThan(0);
  if (view.toc) {
    const links = shadow(tocOf(view)).querySelectorAll('a[part~="link"]');
    expect(links.length, `${label}: contents`).to.equal(sections);
  }
}

/** A page with one of each element, inside one container that moves between documents. */
async function everyElement(): Promise<{
  box: HTMLDivElement;
  view: ArticleView;
  list: RelatedLinks;
  toc: ArticleToc;
  top: BackToTop;
}> {
  const box = document.createElement('div');
  const view = articleView(await seedArticle('zh'));
  view.id = 'moving-article';
  const toc = document.createElement('article-toc');
  toc.setAttribute('for', 'moving-article');
  const list = document.createElement('related-links');
  list.links = [{title: 'One', href: 'https://example.com/1'}, {title: 'Two'}];
  const top = document.createElement('back-to-top');
  top.threshold = 0;
  box.append(toc, view, list, top);
  mount(box);
  for (const element of [view, list, toc, top]) await settled(element);
  return {box, view, list, toc, top};
}

/** A tag name no test has used yet. */
let tags = 0;
const uniqueTag = (base: string) => `${base}-early-${Date.now().toString(36)}-${(tags += 1)}`;

describe('lifecycle', () => {
  guardEachTest();

  beforeEach(() => {
    stage = document.createElement('div');
    document.body.append(stage);
    scrollWindow(0);
  });

  afterEach(() => {
    stage.remove();
    scrollWindow(0);
    history.replaceState(null, '', location.pathname + location.search);
  });

  describe('removing and re-adding', () => {
    it('keeps the elements rendered: the contents still track, "back to top" still appears', async () => {
      const top = mount(document.createElement('back-to-top'));
      top.threshold = 200;
      const view = mount(articleView(longArticle(8)));
      const standaloneToc = mount(document.createElement('article-toc'));
      view.id = 'readd-article';
      standaloneToc.setAttribute('for', 'readd-article');
      await frames(view, top, standaloneToc);
      expectRendered(view, 'Long', 'first render');

      // Removed and re-added: in a later task, in the same task, and twice over.
      for (const round of ['later', 'same task', 'twice']) {
        const elements = [top, view, standaloneToc];
        for (const element of elements) element.remove();
        if (round === 'later') await idle();
        for (const element of elements) stage.append(element);
        if (round === 'twice') {
          for (const element of elements) element.remove();
          for (const element of elements) stage.append(element);
        }
        await frames(view, top, standaloneToc);
        expectRendered(view, 'Long', round);
        expectStyled(view, round);

        // Reading section 3: both contents mark it, and "back to top" shows past 200px.
        scrollToSection(view, 'sec-3');
        await frames(tocOf(view), standaloneToc, top);
        expect(current(tocOf(view)), `${round}: inner contents`).to.deep.equal(['sec-3']);
        expect(current(standaloneToc), `${round}: contents for=`).to.deep.equal(['sec-3']);
        expect(text(shadow(top).querySelector('button')), `${round}: back to top`).to.equal(
          'Back to top',
        );
        // Back at the top: nothing is being read, and the button hides.
        scrollWindow(0);
        await frames(tocOf(view), standaloneToc, top);
        expect(current(tocOf(view)), `${round}: at the top`).to.deep.equal([]);
        expect(shadow(top).querySelector('button'), `${round}: hidden at the top`).to.equal(null);
      }

      // Contents removed while the article changes list the new sections once re-added.
      standaloneToc.remove();
      view.article = longArticle(5, 'Changed while the contents were out');
      await settled(view);
      await idle();
      stage.append(standaloneToc);
      await frames(standaloneToc);
      expect(shadow(standaloneToc).querySelectorAll('a[part~="link"]')).to.have.length(10);

      // New data after all that still renders, and is announced once.
      const log = new EventLog(['article-render']);
      try {
        view.article = longArticle(3, 'Replaced');
        await waitUntil(() => log.of('article-render').length > 0, 'no article-render');
        await idle();
        expect(log.of('article-render').filter((event) => event.target === view)).to.have.length(1);
        expectRendered(view, 'Replaced', 'new data');
      } finally {
        log.stop();
      }
    });
  });

  describe('moving to another document and back', () => {
    it('survives a document made by createHTMLDocument(), and is styled again once back', async () => {
      const {box, view, list, toc, top} = await everyElement();
      const other = document.implementation.createHTMLDocument('elsewhere');
      other.body.append(box);
      expect(view.ownerDocument).to.equal(other);
      await idle();
      // Still rendered there (that document shows nothing, but the tree is intact)…
      expectRendered(view, (await seedArticle('zh')).title, 'in the other document');
      // …and it takes new data there.
      view.article = longArticle(2, 'Set elsewhere');
      await settled(view);
      expectRendered(view, 'Set elsewhere', 'in the other document');

      document.adoptNode(box);
      stage.append(box);
      await frames(view, list, toc, top);
      expectRendered(view, 'Set elsewhere', 'back');
      for (const element of [view, list, toc, top, tocOf(view)]) {
        expectStyled(element, `${element.localName} back`);
      }
      expect(shadow(toc).querySelectorAll('a[part~="link"]').length).to.equal(4);
      expect(shadow(list).querySelectorAll('li')).to.have.length(2);
      expect(text(shadow(top).querySelector('button'))).to.equal('Back to top');
    });

    it("survives a same-origin frame's document (adoptNode, appendChild), styled in both", async () => {
      const {box, view, list, toc, top} = await everyElement();
      const frame = mount(document.createElement('iframe'));
      frame.width = '900';
      frame.height = '400';
      await waitUntil(() => frame.contentDocument?.readyState === 'complete', 'no frame');
      const frameDocument = frame.contentDocument!;

      frameDocument.body.appendChild(frameDocument.adoptNode(box));
      expect(view.ownerDocument).to.equal(frameDocument);
      top.threshold = 100;
      await frames(view, list, toc, top);
      for (const element of [view, list, toc, top, tocOf(view)]) {
        expectStyled(element, `${element.localName} in the frame`);
      }
      expect(shadow(top).querySelector('button'), 'hidden at the top of the frame').to.equal(null);

      // The contents follow the frame's scrolling, and so does "back to top".
      scrollToSection(view, 'sec-3');
      await frames(tocOf(view), toc, top);
      expect(current(tocOf(view)), 'inner contents in the frame').to.deep.equal(['sec-3']);
      expect(current(toc), 'contents for= in the frame').to.deep.equal(['sec-3']);
      expect(text(shadow(top).querySelector('button')), 'back to top in the frame').to.equal(
        'Back to top',
      );
      top.threshold = 0;

      view.article = longArticle(2, 'Set in the frame');
      await settled(view);
      expectRendered(view, 'Set in the frame', 'in the frame');

      // Back with appendChild alone (which adopts it).
      stage.appendChild(box);
      await frames(view, list, toc, top);
      expectRendered(view, 'Set in the frame', 'back');
      for (const element of [view, list, toc, top, tocOf(view)]) {
        expectStyled(element, `${element.localName} back`);
      }
      expect(shadow(toc).querySelectorAll('a[part~="link"]').length).to.equal(4);
    });

    it('renders, styled, when first connected in a frame or a windowless document', async () => {
      const frame = mount(document.createElement('iframe'));
      await waitUntil(() => frame.contentDocument?.readyState === 'complete', 'no frame');
      const seed = await seedArticle('zh');

      // Created here, never connected here: its shadow root is made in the frame's document.
      const inFrame = articleView(seed);
      frame.contentDocument!.body.append(inFrame);
      await settled(inFrame);
      expectRendered(inFrame, seed.title, 'first connected in a frame');
      expectStyled(inFrame, 'first connected in a frame');
      expectStyled(tocOf(inFrame), 'its contents');

      const elsewhere = articleView(seed);
      document.implementation.createHTMLDocument('').body.append(elsewhere);
      await settled(elsewhere);
      expectRendered(elsewhere, seed.title, 'first connected in a windowless document');
      mount(elsewhere);
      await settled(elsewhere);
      expectStyled(elsewhere, 'then moved into the page');
      expectStyled(tocOf(elsewhere), 'its contents');
    });
  });

  describe('setting the same data again', () => {
    it('announces the same article (object or JSON text) once, an equal copy again', async () => {
      const log = new EventLog(['article-render']);
      const renders = () => log.of('article-render').filter((event) => event.target === view);
      const article = smallArticle();
      const view = mount(articleView(article, true));
      try {
        await waitUntil(() => renders().length === 1, 'first article-render');
        view.article = article;
        view.toc = true;
        await settled(view);
        await idle();
        expect(renders(), 'same object again').to.have.length(1);

        // The same JSON text, as the attribute, twice: one more render, not two.
        const json = JSON.stringify(article);
        view.setAttribute('article', json);
        await waitUntil(() => renders().length === 2, 'render of the JSON text');
        view.setAttribute('article', json);
        view.article = json;
        await settled(view);
        await idle();
        expect(renders(), 'same JSON text again').to.have.length(2);

        // An equal but new object is new data: the element does not compare contents.
        view.article = structuredClone(article);
        await waitUntil(() => renders().length === 3, 'render of an equal copy');
      } finally {
        log.stop();
      }
    });

    it('announces the same links once in <related-links>', async () => {
      const log = new EventLog(['article-render']);
      const links = smallArticle().related!;
      const list = document.createElement('related-links');
      const renders = () => log.of('article-render').filter((event) => event.target === list);
      list.links = links;
      mount(list);
      try {
        await waitUntil(() => renders().length === 1, 'first article-render');
        list.links = links;
        list.limit = 1;
        await settled(list);
        await idle();
        expect(renders(), 'same array again').to.have.length(1);
        list.links = [...links];
        await waitUntil(() => renders().length === 2, 'render of a copy');
      } finally {
        log.stop();
      }
    });
  });

  describe('properties set before the tag is defined', () => {
    it('renders the data once the element is upgraded', async () => {
      const seed = await seedArticle('zh');
      const viewTag = uniqueTag('article-view');
      const listTag = uniqueTag('related-links');
      const tocTag = uniqueTag('article-toc');
      const topTag = uniqueTag('back-to-top');

      // Connected before the definition: upgraded by define().
      const view = document.createElement(viewTag) as ArticleView;
      view.id = 'early-article';
      view.article = seed;
      view.toc = true;
      view.headingLevel = 2;
      const list = document.createElement(listTag) as RelatedLinks;
      list.links = seed.related!;
      list.limit = 3;
      const toc = document.createElement(tocTag) as ArticleToc;
      toc.for = 'early-article';
      const top = document.createElement(topTag) as BackToTop;
      top.threshold = 0;
      // Not connected at definition time: upgraded when connected.
      const later = document.createElement(viewTag) as ArticleView;
      later.article = longArticle(1, 'Later');
      mount(view);
      mount(list);
      mount(toc);
      mount(top);

      customElements.define(viewTag, class extends ArticleView {});
      customElements.define(listTag, class extends RelatedLinks {});
      customElements.define(tocTag, class extends ArticleToc {});
      customElements.define(topTag, class extends BackToTop {});
      expect(view).to.be.instanceOf(ArticleView);
      expect(later).not.to.be.instanceOf(ArticleView);
      mount(later);
      expect(later).to.be.instanceOf(ArticleView);
      for (const element of [view, list, toc, top, later]) await settled(element);

      expect(text(shadow(view).querySelector('h2[part="title"]'))).to.equal(seed.title);
      expect(shadow(tocOf(view)).querySelectorAll('a[part~="link"]')).to.have.length(13);
      expect(shadow(list).querySelectorAll('li')).to.have.length(3);
      expect(text(shadow(list).querySelector('[part="show-more"]'))).to.equal('Show 95 more');
      await waitUntil(
        () => shadow(toc).querySelectorAll('a[part~="link"]').length === 13,
        'the contents (for=) did not list the early article',
      );
      expect(text(shadow(top).querySelector('button'))).to.equal('Back to top');
      expect(text(shadow(later).querySelector('h1'))).to.equal('Later');
    });
  });

  describe('rapid locale switching', () => {
    async function labels(view: ArticleView): Promise<string[]> {
      // A task later, a change of <html lang> has reached the library's observer.
      await new Promise((resolve) => setTimeout(resolve));
      await localeReady();
      await settled(view);
      await settled(tocOf(view));
      const root = shadow(view);
      return [
        text(shadow(tocOf(view)).querySelector('[part="label"]')),
        text(root.querySelector('[part="reading-time"]')),
        text(shadow(root.querySelector('related-links')!).querySelector('[part="heading"]')),
        text(shadow(root.querySelector('back-to-top')!).querySelector('button')),
      ];
    }
    const chinese = ['目录', '阅读约 1 分钟', '相关内容', '返回顶部'];
    const english = ['Contents', 'Reading time: 1 minute', 'Related content', 'Back to top'];

    it('ends in the locale last asked for by setLocale(), with its text', async () => {
      const view = mount(articleView(smallArticle()));
      await settled(view);
      for (const last of ['zh-Hans', 'en', 'zh-Hans', 'en'] as const) {
        const other = last === 'en' ? 'zh-Hans' : 'en';
        // 41 calls, none awaited, the last one `last`.
        for (let i = 0; i <= 40; i += 1) void setLocale(i % 2 === 0 ? last : other);
        expect(await labels(view), `after many calls ending in ${last}`).to.deep.equal(
          last === 'en' ? english : chinese,
        );
        expect(getLocale()).to.equal(last);
      }
      // With loads in flight between calls: a microtask or a task apart.
      for (let i = 0; i < 30; i += 1) {
        void setLocale(i % 2 === 0 ? 'zh-CN' : 'en-US');
        if (i % 3 === 0) await Promise.resolve();
        else if (i % 3 === 1) await new Promise((resolve) => setTimeout(resolve));
      }
      // The last call was en-US.
      expect(await labels(view)).to.deep.equal(english);
      expect(getLocale()).to.equal('en');
    });

    it('ends in the language last set on <html lang>, with its text', async () => {
      const view = mount(articleView(smallArticle()));
      await settled(view);
      const root = document.documentElement;
      for (const last of ['zh-CN', 'en', 'zh', 'en-GB']) {
        for (let i = 0; i < 20; i += 1) root.lang = i % 2 === 0 ? 'zh-SG' : 'en';
        root.lang = last;
        expect(await labels(view), `same task, ending in ${last}`).to.deep.equal(
          last.startsWith('zh') ? chinese : english,
        );
      }
      // A microtask apart: each change is seen, and the last one wins.
      for (let i = 0; i < 21; i += 1) {
        root.lang = i % 2 === 0 ? 'zh-Hans' : 'fr';
        await Promise.resolve();
        await Promise.resolve();
      }
      expect(await labels(view)).to.deep.equal(chinese);
      expect(getLocale()).to.equal('zh-Hans');
    });

    it('ends in whichever came last, setLocale() or a change of <html lang>', async () => {
      const view = mount(articleView(smallArticle()));
      await settled(view);
      const root = document.documentElement;

      root.lang = 'zh-CN';
      void setLocale('en');
      expect(await labels(view), '<html lang>, then setLocale()').to.deep.equal(english);
      expect(getLocale()).to.equal('en');

      void setLocale('zh-Hans');
      root.lang = 'en';
      expect(await labels(view), 'setLocale(), then <html lang>').to.deep.equal(english);

      for (let i = 0; i < 20; i += 1) {
        root.lang = i % 2 === 0 ? 'en' : 'zh';
        void setLocale(i % 2 === 0 ? 'zh-Hans' : 'en');
      }
      expect(await labels(view), 'alternating, setLocale("en") last').to.deep.equal(english);
      expect(getLocale()).to.equal('en');
    });
  });

  describe('mount/unmount cycles leave no listeners or observers behind', function () {
    this.timeout(180000);

    let counter: LeakCounter;
    beforeEach(() => {
      counter = new LeakCounter();
      counter.start();
    });
    afterEach(() => counter.stop());

    /** Runs `cycles` mount, render, unmount cycles, and compares counts before and after. */
    async function cycle(
      cycles: number,
      create: () => Element,
      expectWhileMounted: readonly string[],
    ): Promise<void> {
      await idle();
      const before = counter.counts();

      // Mounted once: the element's listeners show up (so the counting works).
      const probe = mount(create());
      await settled(probe);
      await idle();
      const mounted = counter.counts();
      for (const key of expectWhileMounted) {
        expect(mounted[key] ?? 0, `while mounted: ${key} in ${JSON.stringify(mounted)}`).to.equal(
          (before[key] ?? 0) + 1,
        );
      }
      probe.remove();

      for (let i = 0; i < cycles; i += 1) {
        const element = mount(create());
        await settled(element);
        element.remove();
        // Every tenth cycle also connects and disconnects an element before it renders.
        if (i % 10 === 0) mount(create()).remove();
      }
      await idle();
      expect(counter.counts(), 'after the cycles').to.deep.equal(before);
    }

    it('<article-view toc>: 1,000 cycles of a small article', async () => {
      const article = smallArticle();
      // The inner contents listen for article-render on the article's shadow root, not here.
      await cycle(1000, () => articleView(article), [
        'window hashchange',
        'document scroll (capture)',
        'window resize',
        'window scroll',
      ]);
    });

    it('<article-view toc>: 1,000 cycles of the seed article', async () => {
      const seed = await seedArticle('zh');
      await cycle(1000, () => articleView(seed), [
        'window hashchange',
        'document scroll (capture)',
      ]);
    });

    it('<related-links>: 1,000 cycles', async () => {
      const links = (await seedArticle('zh')).related!.slice(0, 20);
      await cycle(
        1000,
        () => {
          const list = document.createElement('related-links');
          list.links = links;
          list.limit = 5;
          return list;
        },
        [],
      );
    });

    it('<article-toc for=…>: 1,000 cycles', async () => {
      const view = mount(articleView(smallArticle(), false));
      view.id = 'cycled-toc-article';
      await settled(view);
      // Each contents follows the article through a controller on it: removed with the contents.
      const controllers = {added: 0, removed: 0};
      const {addController, removeController} = view;
      view.addController = (controller) => {
        controllers.added += 1;
        addController.call(view, controller);
      };
      view.removeController = (controller) => {
        controllers.removed += 1;
        removeController.call(view, controller);
      };
      await cycle(
        1000,
        () => {
          const toc = document.createElement('article-toc');
          toc.setAttribute('for', 'cycled-toc-article');
          return toc;
        },
        ['document scroll (capture)', 'window resize', 'document article-render'],
      );
      expect(controllers.added, 'controllers added').to.be.greaterThan(1000);
      expect(controllers.removed, 'controllers removed').to.equal(controllers.added);
    });

    it('<back-to-top>: 1,000 cycles, on the window and on a scrolling container', async () => {
      await cycle(1000, () => document.createElement('back-to-top'), ['window scroll']);
      const box = mount(document.createElement('div'));
      box.id = 'cycled-scroller';
      counter.watch(box, '#cycled-scroller');
      await cycle(
        1000,
        () => {
          const top = document.createElement('back-to-top');
          top.setAttribute('scroller', 'cycled-scroller');
          return top;
        },
        ['#cycled-scroller scroll'],
      );
    });
  });
});
