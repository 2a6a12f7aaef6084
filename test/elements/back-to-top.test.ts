import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {render} from 'lit';
import '../../src/back-to-top.js';
import type {BackToTop} from '../../src/back-to-top.js';
import {
  UncaughtErrors,
  expectNone,
  expectSame,
  languageOf,
  restoreLocale,
  settled,
  shadow,
  useLocale,
} from '../helpers/elements.js';

const REDUCE = '(prefers-reduced-motion: reduce)';

/** The button, or null while the element is hidden. */
const button = (el: BackToTop) => shadow(el).querySelector<HTMLButtonElement>('[part="button"]');

async function frames(count = 3): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Lets the scroll event fire, the element measure in its frame, and render. */
async function afterScroll(el: BackToTop): Promise<void> {
  await frames();
  await el.updateComplete;
}

function expectHidden(el: BackToTop, label: string): void {
  // Not rendered: nothing to focus, nothing in the accessibility tree.
  expectNone(shadow(el), 'button, [tabindex], [part]');
  expect(el.shadowRoot!.children.length, `${label}: shadow content`).to.equal(0);
}

function expectShown(el: BackToTop, label: string): HTMLButtonElement {
  const shown = button(el);
  expect(shown, `${label}: the button is rendered`).to.not.equal(null);
  expect(shown!.hidden, `${label}: hidden`).to.equal(false);
  expect(getComputedStyle(shown!).display, `${label}: display`).to.not.equal('none');
  return shown!;
}

/** Undoes the test's stubs and page changes, last first. */
const cleanups: (() => void)[] = [];

/** Records every call of `object[key]`, still calling through; restored after the test. */
function recordCalls<T extends object, K extends keyof T>(object: T, key: K): unknown[][] {
  const original = object[key] as unknown as (...args: unknown[]) => unknown;
  const own = Object.prototype.hasOwnProperty.call(object, key);
  const calls: unknown[][] = [];
  object[key] = function (this: unknown, ...args: unknown[]) {
    calls.push(args);
    return original.apply(this, args);
  } as T[K];
  cleanups.push(() => {
    if (own) object[key] = original as T[K];
    else Reflect.deleteProperty(object, key);
  });
  return calls;
}

/** Makes `matchMedia('(prefers-reduced-motion: reduce)')` report what the test wants. */
function emulateReducedMotion(reduce: boolean): void {
  const original = window.matchMedia;
  window.matchMedia = (query: string) =>
    original.call(window, query === REDUCE ? (reduce ? 'all' : 'not all') : query);
  cleanups.push(() => {
    window.matchMedia = original;
  });
}

/**
 * Makes the page tall enough to scroll 5000px, without moving the fixtures down: a scrolling
 * container far below the viewport does not scroll smoothly in Firefox.
 */
function tallPage(): void {
  const spacer = document.createElement('div');
  spacer.style.cssText = 'position: absolute; top: 0; left: 0; width: 1px; height: 6000px';
  document.body.append(spacer);
  cleanups.push(() => spacer.remove());
}

function scrollWindow(top: number): void {
  window.scrollTo({top, behavior: 'instant'});
}

describe('<back-to-top>', () => {
  let uncaught: UncaughtErrors;
  beforeEach(async () => {
    await useLocale('en');
    uncaught = new UncaughtErrors();
    tallPage();
    scrollWindow(0);
  });
  afterEach(async () => {
    uncaught.stop();
    while (cleanups.length > 0) cleanups.pop()!();
    scrollWindow(0);
    expect(uncaught.errors, 'uncaught errors').to.deep.equal([]);
    await restoreLocale();
  });

  describe('threshold', () => {
    it('reads the scroll position at the next frame, not while the page renders', async () => {
      // Reading it during the first render would force a layout in the middle of the page's.
      scrollWindow(1000);
      let reads = 0;
      const scrollY = Object.getOwnPropertyDescriptor(window, 'scrollY');
      Object.defineProperty(window, 'scrollY', {
        configurable: true,
        get: () => {
          reads += 1;
          return document.scrollingElement!.scrollTop;
        },
      });
      try {
        const el = document.createElement('back-to-top');
        document.body.append(el);
        cleanups.push(() => el.remove());
        await el.updateComplete;
        expect(reads, 'reads before the next frame').to.equal(0);
        await afterScroll(el);
        expect(reads).to.be.greaterThan(0);
        expectShown(el, 'at 1000px');
      } finally {
        if (scrollY) Object.defineProperty(window, 'scrollY', scrollY);
        else delete (window as {scrollY?: number}).scrollY;
      }
    });

    it('is hidden until the window has scrolled more than 400px, and hides again', async () => {
      const el = await fixture<BackToTop>(html`<back-to-top></back-to-top>`);
      await settled(el);
      expect(el.threshold).to.equal(400);
      expectHidden(el, 'at the top');

      scrollWindow(400);
      await afterScroll(el);
      expectHidden(el, 'at exactly 400px');

      scrollWindow(401);
      await afterScroll(el);
      const shown = expectShown(el, 'at 401px');
      expect(shown.localName).to.equal('button');
      expect(shown.type).to.equal('button');
      expect(shown.textContent!.trim()).to.equal('Back to top');
      expect(shown.getAttribute('lang')).to.equal('en');
      expect(shown.tabIndex).to.equal(0);

      scrollWindow(100);
      await afterScroll(el);
      expectHidden(el, 'back at 100px');
    });

    it('takes the distance from the threshold attribute', async () => {
      const el = await fixture<BackToTop>(html`<back-to-top threshold="1000"></back-to-top>`);
      await settled(el);
      expect(el.threshold).to.equal(1000);
      scrollWindow(900);
      await afterScroll(el);
      expectHidden(el, 'at 900px');
      scrollWindow(1001);
      await afterScroll(el);
      expectShown(el, 'at 1001px');
    });

    it('shows at once with threshold="0", at the very top', async () => {
      const el = await fixture<BackToTop>(html`<back-to-top threshold="0"></back-to-top>`);
      await settled(el);
      expect(window.scrollY).to.equal(0);
      expectShown(el, 'threshold 0');
    });

    it('re-evaluates when the threshold changes, without a scroll', async () => {
      scrollWindow(300);
      const el = await fixture<BackToTop>(html`<back-to-top></back-to-top>`);
      await settled(el);
      expectHidden(el, 'at 300px, threshold 400');
      el.threshold = 200;
      await el.updateComplete;
      expectShown(el, 'at 300px, threshold 200');
      el.setAttribute('threshold', '500');
      await el.updateComplete;
      expectHidden(el, 'at 300px, threshold 500');
      el.threshold = 0;
      await el.updateComplete;
      expectShown(el, 'threshold 0');
    });

    it('measures once per frame however many scroll events arrive', async () => {
      const el = await fixture<BackToTop>(html`<back-to-top></back-to-top>`);
      await settled(el);
      await frames();
      const requests = recordCalls(window, 'requestAnimationFrame');
      scrollWindow(1000);
      for (let i = 0; i < 10; i += 1) window.dispatchEvent(new Event('scroll'));
      expect(requests.length, 'frames requested for 10 scroll events').to.equal(1);
      await afterScroll(el);
      expectShown(el, 'at 1000px');
    });
  });

  describe('scrolling container', () => {
    const box = (root: ParentNode, id = 'box') => root.querySelector<HTMLElement>(`#${id}`)!;

    it('follows the container named by the scroller attribute, not the window', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <div id="box" style="height: 200px; overflow: auto">
            <div style="height: 3000px"></div>
          </div>
          <back-to-top scroller="box" threshold="100"></back-to-top>
        </div>
      `);
      const el = wrapper.querySelector('back-to-top')!;
      await settled(el);
      expectHidden(el, 'container at the top');

      scrollWindow(2000);
      await afterScroll(el);
      expectHidden(el, 'the window scrolled, the container did not');

      box(wrapper).scrollTop = 150;
      await afterScroll(el);
      expectShown(el, 'container at 150px');

      box(wrapper).scrollTop = 50;
      await afterScroll(el);
      expectHidden(el, 'container at 50px');
    });

    it('looks the id up in its own shadow root when it is in one', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const root = host.attachShadow({mode: 'open'});
      render(
        html`<div id="inner" style="height: 200px; overflow: auto">
            <div style="height: 3000px"></div>
          </div>
          <back-to-top scroller="inner"></back-to-top>`,
        root,
      );
      const el = root.querySelector('back-to-top')!;
      await settled(el);
      expect(document.getElementById('inner'), 'no #inner in the document').to.equal(null);
      expectHidden(el, 'at the top');
      box(root, 'inner').scrollTop = 600;
      await afterScroll(el);
      expectShown(el, 'inner container at 600px');
    });

    it('takes an element as the scroller property and switches scrollers', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <div class="box" style="height: 200px; overflow: auto">
            <div style="height: 3000px"></div>
          </div>
          <back-to-top></back-to-top>
        </div>
      `);
      const container = wrapper.querySelector<HTMLElement>('.box')!;
      const el = wrapper.querySelector('back-to-top')!;
      await settled(el);
      scrollWindow(1000);
      await afterScroll(el);
      expectShown(el, 'window at 1000px');

      const removed = recordCalls(window, 'removeEventListener');
      el.scroller = container;
      await el.updateComplete;
      expectHidden(el, 'container at the top');
      expect(
        removed.some(([type]) => type === 'scroll'),
        'scroll listener removed from the window',
      ).to.equal(true);

      container.scrollTop = 500;
      await afterScroll(el);
      expectShown(el, 'container at 500px');

      scrollWindow(0);
      await afterScroll(el);
      expectShown(el, 'the window scrolled up, the container did not');

      el.scroller = null;
      await el.updateComplete;
      expectHidden(el, 'back to the window, at the top');
    });

    it('scrolls the container to the top and focuses the for target', async () => {
      emulateReducedMotion(false);
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <div id="box" style="height: 200px; overflow: auto">
            <h2 id="box-top">Top of the article</h2>
            <div style="height: 3000px"></div>
          </div>
          <back-to-top scroller="box" for="box-top" threshold="100"></back-to-top>
        </div>
      `);
      const container = box(wrapper);
      const heading = box(wrapper, 'box-top');
      const el = wrapper.querySelector('back-to-top')!;
      await settled(el);
      container.scrollTop = 1000;
      await afterScroll(el);
      const scrolls = recordCalls(container, 'scrollTo');
      const windowScrolls = recordCalls(window, 'scrollTo');

      expectShown(el, 'container at 1000px').click();
      expect(scrolls).to.deep.equal([[{top: 0, behavior: 'smooth'}]]);
      expect(windowScrolls, 'the window does not scroll').to.deep.equal([]);
      expectSame(document.activeElement, heading, 'focus');
      expect(heading.getAttribute('tabindex')).to.equal('-1');
      await waitUntil(() => container.scrollTop === 0, 'container back at the top', {
        timeout: 5000,
      });
      await afterScroll(el);
      expectHidden(el, 'container at the top');
    });
  });

  describe('click', () => {
    it("focuses the for target in a frame's document (an element of the frame's realm)", async () => {
      const frame = document.createElement('iframe');
      document.body.append(frame);
      cleanups.push(() => frame.remove());
      const doc = frame.contentDocument!;
      doc.body.innerHTML = '<h1 id="title">Title</h1>';
      const heading = doc.getElementById('title')!;
      expect(heading instanceof HTMLElement, "the frame's own HTMLElement").to.equal(false);
      // Defined here, so made here, then moved into the frame's document.
      const el = document.createElement('back-to-top');
      el.threshold = 0;
      el.htmlFor = 'title';
      doc.body.append(el);
      await settled(el);
      expectShown(el, 'threshold 0').click();
      expectSame(doc.activeElement, heading, 'focus in the frame');
      expect(heading.getAttribute('tabindex'), 'made focusable by script').to.equal('-1');
    });

    it('scrolls the window to the top, smoothly, and focuses the for target without scrolling to it', async () => {
      emulateReducedMotion(false);
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <div style="height: 4000px"></div>
          <h1 id="title">Title</h1>
          <back-to-top for="title"></back-to-top>
        </div>
      `);
      const heading = wrapper.querySelector<HTMLHeadingElement>('#title')!;
      const el = wrapper.querySelector('back-to-top')!;
      await settled(el);
      scrollWindow(3000);
      await afterScroll(el);
      const scrolls = recordCalls(window, 'scrollTo');
      const focusCalls = recordCalls(heading, 'focus');

      const shown = expectShown(el, 'at 3000px');
      shown.focus();
      shown.click();
      expect(scrolls).to.deep.equal([[{top: 0, behavior: 'smooth'}]]);
      expect(heading.getAttribute('tabindex'), 'made focusable by script').to.equal('-1');
      expectSame(document.activeElement, heading, 'focus');
      expect(focusCalls.at(-1)).to.deep.equal([{preventScroll: true}]);
      // The heading sits 4000px down, out of view at the top and at 3000px: focusing it must not
      // scroll there.
      await waitUntil(() => window.scrollY === 0, 'window back at the top', {timeout: 5000});
      await afterScroll(el);
      expect(window.scrollY).to.equal(0);
      expectHidden(el, 'at the top, focus elsewhere');
    });

    it('jumps without animation when the reader prefers reduced motion', async () => {
      emulateReducedMotion(true);
      expect(matchMedia(REDUCE).matches, 'emulated').to.equal(true);
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <h1 id="title">Title</h1>
          <back-to-top for="title"></back-to-top>
        </div>
      `);
      const el = wrapper.querySelector('back-to-top')!;
      await settled(el);
      scrollWindow(3000);
      await afterScroll(el);
      const scrolls = recordCalls(window, 'scrollTo');
      expectShown(el, 'at 3000px').click();
      expect(scrolls).to.deep.equal([[{top: 0, behavior: 'auto'}]]);
      expect(window.scrollY, 'at the top at once').to.equal(0);
      expectSame(document.activeElement, wrapper.querySelector('#title')!, 'focus');
    });

    it('jumps without animation in a container too when the reader prefers reduced motion', async () => {
      emulateReducedMotion(true);
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <div id="box" style="height: 200px; overflow: auto">
            <div style="height: 3000px"></div>
          </div>
          <back-to-top scroller="box"></back-to-top>
        </div>
      `);
      const container = wrapper.querySelector<HTMLElement>('#box')!;
      const el = wrapper.querySelector('back-to-top')!;
      await settled(el);
      container.scrollTop = 2000;
      await afterScroll(el);
      const scrolls = recordCalls(container, 'scrollTo');
      expectShown(el, 'container at 2000px').click();
      expect(scrolls).to.deep.equal([[{top: 0, behavior: 'auto'}]]);
      expect(container.scrollTop).to.equal(0);
    });

    it('focuses the target property, which wins over for, and leaves a focusable one as it is', async () => {
      emulateReducedMotion(true);
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <h1 id="title">Title</h1>
          <a id="skip" href="#content">Start of the article</a>
          <back-to-top for="title" threshold="0"></back-to-top>
        </div>
      `);
      const link = wrapper.querySelector<HTMLAnchorElement>('#skip')!;
      const el = wrapper.querySelector('back-to-top')!;
      el.target = link;
      await settled(el);
      expectShown(el, 'threshold 0').click();
      expectSame(document.activeElement, link, 'focus');
      expect(link.hasAttribute('tabindex'), 'tabindex added to a link').to.equal(false);
      expect(wrapper.querySelector('#title')!.hasAttribute('tabindex')).to.equal(false);
    });

    it('with neither for nor target, scrolls and keeps focus on the button until it leaves', async () => {
      emulateReducedMotion(true);
      const el = await fixture<BackToTop>(html`<back-to-top></back-to-top>`);
      await settled(el);
      scrollWindow(2000);
      await afterScroll(el);
      const shown = expectShown(el, 'at 2000px');
      shown.focus();
      shown.click();
      expect(window.scrollY).to.equal(0);
      await afterScroll(el);
      // Focus is not dropped on the floor: the focused button stays until focus moves on.
      expectSame(document.activeElement, el, 'focus (host)');
      expectSame(shadow(el).activeElement, expectShown(el, 'focused, at the top'), 'focus');
      shown.blur();
      await el.updateComplete;
      expectHidden(el, 'at the top, after blur');
    });
  });

  describe('listeners', () => {
    it('listens passively while connected and removes its listener on disconnect', async () => {
      const added = recordCalls(window, 'addEventListener');
      const removed = recordCalls(window, 'removeEventListener');
      const el = await fixture<BackToTop>(html`<back-to-top></back-to-top>`);
      await settled(el);
      const scrollAdds = added.filter(([type]) => type === 'scroll');
      expect(scrollAdds.length, 'scroll listeners added').to.equal(1);
      const [, listener, options] = scrollAdds[0];
      expect(options).to.deep.include({passive: true});

      el.remove();
      expect(
        removed.filter(([type, fn]) => type === 'scroll' && fn === listener).length,
        'the same listener removed',
      ).to.equal(1);

      // Detached, it no longer reacts to scrolling.
      scrollWindow(2000);
      await afterScroll(el);
      expect(el.isUpdatePending).to.equal(false);
      expectHidden(el, 'detached, window at 2000px');

      // Back in the page, it listens again and measures at the next frame (not at once: reading
      // the scroll position while a page is being built would force a layout).
      document.body.append(el);
      cleanups.push(() => el.remove());
      await afterScroll(el);
      expectShown(el, 'reattached at 2000px');
      expect(added.filter(([type]) => type === 'scroll').length).to.equal(2);
    });

    it('removes its listener from a scrolling container on disconnect', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <div id="box" style="height: 200px; overflow: auto">
            <div style="height: 3000px"></div>
          </div>
          <back-to-top scroller="box"></back-to-top>
        </div>
      `);
      const container = wrapper.querySelector<HTMLElement>('#box')!;
      const el = wrapper.querySelector('back-to-top')!;
      await settled(el);
      const removed = recordCalls(container, 'removeEventListener');
      el.remove();
      expect(removed.filter(([type]) => type === 'scroll').length).to.equal(1);
      container.scrollTop = 1000;
      await afterScroll(el);
      expectHidden(el, 'detached, container at 1000px');
    });
  });

  describe('localization', () => {
    it('labels the button in Chinese (返回顶部) with lang="zh-Hans" in the zh-Hans locale', async () => {
      await useLocale('zh-Hans');
      const el = await fixture<BackToTop>(html`<back-to-top threshold="0"></back-to-top>`);
      await settled(el);
      const shown = expectShown(el, 'threshold 0');
      expect(shown.textContent!.trim()).to.equal('返回顶部');
      expect(shown.getAttribute('lang')).to.equal('zh-Hans');
      expect(languageOf(shown)).to.equal('zh-Hans');
    });

    it('follows a locale switch, inside a page of another language', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en"><back-to-top threshold="0"></back-to-top></div>`,
      );
      const el = wrapper.querySelector('back-to-top')!;
      await settled(el);
      expect(button(el)!.textContent!.trim()).to.equal('Back to top');
      expect(languageOf(button(el)!)).to.equal('en');
      await useLocale('zh-Hans');
      await settled(el);
      expect(button(el)!.textContent!.trim()).to.equal('返回顶部');
      expect(languageOf(button(el)!)).to.equal('zh-Hans');
    });
  });

  describe('accessibility (axe)', () => {
    for (const locale of ['en', 'zh-Hans'] as const) {
      it(`has no violation when shown (${locale})`, async () => {
        await useLocale(locale);
        const el = await fixture<BackToTop>(html`<back-to-top></back-to-top>`);
        await settled(el);
        scrollWindow(1000);
        await afterScroll(el);
        expectShown(el, 'at 1000px');
        await expect(el).to.be.accessible();
      });
    }
  });
});
