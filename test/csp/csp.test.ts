import {expect, waitUntil} from '@open-wc/testing';
import type {Article} from '../../src/model/article.js';
import {deepElements, idle} from '../helpers/elements.js';
import {seedArticle} from '../helpers/fixtures.js';
import type {CspPage, CspPageWindow, Violation} from './csp-page.js';

// page.html is served with this header (the middleware in web-test-runner.config.js). Trusted
// Types: the only policy the library creates is Lit's own, "lit-html" (lit-html creates it when
// it loads; @lit/localize and our code create none), so that is the only name allowed.
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

const BUNDLES = {
  cdn: 'dist/cdn/article-elements.js (npm run build)',
  src: 'the ES modules from src/',
} as const;

const pageUrl = (bundle: string) => new URL(`./page.html?bundle=${bundle}`, import.meta.url).href;

/** The same-origin frame showing page.html, and what its scripts expose. */
class Page {
  readonly frame = document.createElement('iframe');

  constructor(bundle: string) {
    this.frame.src = pageUrl(bundle);
    // Wide enough for the contents to start open (48rem), short enough to scroll.
    this.frame.width = '1024';
    this.frame.height = '600';
    document.body.append(this.frame);
  }

  get window(): CspPageWindow {
    return this.frame.contentWindow as CspPageWindow;
  }

  get document(): Document {
    return this.frame.contentDocument!;
  }

  get state(): CspPage {
    const state = this.window.cspPage;
    if (state === undefined) throw new Error('page.html: violations.js did not run');
    return state;
  }

  /** Every violation so far, readable in a failure message. */
  get violations(): Violation[] {
    return this.state.violations.map((violation) => ({...violation}));
  }

  async loaded(): Promise<void> {
    await waitUntil(
      () => this.frame.contentWindow?.location.href === this.frame.src && this.window.cspPage,
      'page.html did not load',
      {timeout: 15000},
    );
    await waitUntil(() => this.state.status !== 'loading', 'page.html did not render', {
      timeout: 15000,
    });
    expect(this.state.error, 'page.html failed').to.equal(undefined);
    expect(this.state.status).to.equal('rendered');
  }

  one<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
    const found = root.querySelector<T>(selector);
    if (found === null) throw new Error(`page.html: nothing matches ${selector}`);
    return found;
  }

  /** The open shadow root of the page element matching `selector`. */
  shadowOf(selector: string, root: ParentNode = this.document): ShadowRoot {
    const shadow = this.one(root, selector).shadowRoot;
    if (shadow === null) throw new Error(`page.html: ${selector} has no shadow root`);
    return shadow;
  }

  /** Violations after the first `from`, once `count` of them have been reported. */
  async newViolations(from: number, count: number, what: string): Promise<Violation[]> {
    await waitUntil(
      () => this.state.violations.length >= from + count,
      `${what}: expected ${count} violation(s), got ${JSON.stringify(this.violations.slice(from))}`,
    );
    return this.violations.slice(from);
  }
}

const text = (element: Element | null | undefined) => element?.textContent?.trim() ?? '';

/** The section headings of the seed, in document order. */
function seedHeadings(article: Article): string[] {
  const out: string[] = [];
  const walk = (blocks: Article['body']) => {
    for (const block of blocks) {
      if (block.type === 'section') {
        out.push(block.heading);
        walk(block.body);
      }
    }
  };
  walk(article.body);
  return out;
}

for (const [bundle, description] of Object.entries(BUNDLES)) {
  describe(`a page with a strict Content-Security-Policy, loading ${description}`, function () {
    this.timeout(30000);

    let page: Page;
    let article: Article;

    before(async () => {
      article = await seedArticle('zh');
      page = new Page(bundle);
      await page.loaded();
    });

    after(() => {
      page.frame.remove();
    });

    it('is served with the policy as a response header', async () => {
      const response = await fetch(pageUrl(bundle));
      expect(response.ok).to.equal(true);
      expect(response.headers.get('content-security-policy')).to.equal(STRICT_CSP);
    });

    it('renders the seed article, its contents, the related links and "back to top"', async () => {
      const doc = page.document;
      const view = page.shadowOf('article-view');
      expect(text(view.querySelector('h1[part="title"]'))).to.equal(article.title);
      expect(view.querySelector('time[part="published"]')?.getAttribute('datetime')).to.equal(
        article.published,
      );

      // Every section, numbered the Chinese way (一、 at the top, 1.1 below), in order.
      const headings = Array.from(view.querySelectorAll('[part="heading"]'), text);
      const written = seedHeadings(article);
      expect(headings).to.have.length(written.length);
      headings.forEach((heading, index) => expect(heading.endsWith(written[index])).to.equal(true));
      expect(headings[0]).to.equal('一、社会法律环境的变化');
      expect(headings[1]).to.equal('1.1 法律对隐私的保护要求');
      expect(view.querySelectorAll('[part="permalink"][href^="#sec-"]')).to.have.length(
        written.length,
      );

      // The contents inside the article and the one elsewhere on the page list every section.
      for (const toc of [page.shadowOf('article-toc', view), page.shadowOf('article-toc')]) {
        expect(text(toc.querySelector('[part="label"]'))).to.equal('目录');
        expect(Array.from(toc.querySelectorAll('a[part~="link"]'), text)).to.deep.equal(headings);
      }

      // The article's own list (98 links once deduplicated) and the page's, limited to 5.
      const inner = page.shadowOf('related-links', view);
      expect(inner.querySelectorAll('li')).to.have.length(98);
      const related = page.shadowOf('related-links');
      expect(text(related.querySelector('[part="heading"]'))).to.equal('相关内容');
      const items = related.querySelectorAll('li');
      expect(items).to.have.length(5);
      expect(text(items[0])).to.equal(article.related![0].title);
      // The seed's related items have no href: each is text, not a dead link.
      expect(related.querySelectorAll('li > [part="text"]')).to.have.length(5);
      expect(text(related.querySelector('[part="show-more"]'))).to.equal('显示其余 93 条');

      // Both "back to top" buttons (threshold 0) are shown.
      expect(text(page.shadowOf('back-to-top', view).querySelector('button'))).to.equal('返回顶部');
      expect(text(page.shadowOf('back-to-top').querySelector('button'))).to.equal('返回顶部');

      // Styles arrive as constructed style sheets (not blocked by style-src), and apply.
      for (const element of doc.querySelectorAll('article-view, article-toc, related-links')) {
        const shadow = element.shadowRoot!;
        expect(shadow.adoptedStyleSheets.length, element.localName).to.be.greaterThan(0);
        expect(shadow.querySelectorAll('style'), element.localName).to.have.length(0);
        expect(page.window.getComputedStyle(element).display, element.localName).to.equal('block');
      }
      // No template sets a style attribute (style-src-attr would block it).
      const styled = deepElements(doc.body).filter((element) => element.hasAttribute('style'));
      expect(styled.map((element) => element.localName)).to.deep.equal([]);
    });

    it('reports no violation while rendering, nor while the reader uses the page', async () => {
      await idle(100);
      expect(page.violations, 'violations while rendering').to.deep.equal([]);

      const view = page.shadowOf('article-view');
      // "Show 93 more", then "Show fewer".
      const related = page.shadowOf('related-links');
      page.one<HTMLButtonElement>(related, '[part="show-more"]').click();
      await waitUntil(() => related.querySelectorAll('li').length === 98, 'show more');
      page.one<HTMLButtonElement>(related, '[part="show-more"]').click();
      await waitUntil(() => related.querySelectorAll('li').length === 5, 'show fewer');

      // A contents link scrolls to its section, which the contents then mark as being read.
      const toc = page.shadowOf('article-toc', view);
      page.one<HTMLAnchorElement>(toc, 'a[data-section="sec-3"]').click();
      await waitUntil(
        () =>
          toc.querySelector('[aria-current="location"]')?.getAttribute('data-section') === 'sec-3',
        'the contents did not mark sec-3',
        {timeout: 5000},
      );
      expect(page.window.location.hash).to.equal('#sec-3');

      // "Back to top" at the end of the article.
      page.one<HTMLButtonElement>(page.shadowOf('back-to-top', view), 'button').click();

      // Switching the UI to English re-renders every element.
      await page.state.library!.setLocale('en');
      await waitUntil(
        () =>
          text(page.shadowOf('related-links').querySelector('[part="heading"]')) ===
          'Related content',
        'no English after setLocale("en")',
      );
      await waitUntil(() => text(toc.querySelector('[part="label"]')) === 'Contents');
      // And so does a change of <html lang>.
      page.document.documentElement.lang = 'zh-CN';
      await waitUntil(() => text(toc.querySelector('[part="label"]')) === '目录', 'no Chinese');

      await idle(100);
      expect(page.violations, 'violations while in use').to.deep.equal([]);
    });

    it('is really enforced: script, eval, inline style, style attributes and Trusted Types', async () => {
      const win = page.window;
      const doc = page.document;
      // Counted from here: the test before asserts that the library caused none.
      let from = page.state.violations.length;

      // eval: blocked by script-src (no 'unsafe-eval'), or first by Trusted Types.
      expect(() => win.eval('1 + 1')).to.throw();
      let seen = await page.newViolations(from, 1, 'eval');
      expect(seen[0].effectiveDirective).to.be.oneOf(['script-src', 'require-trusted-types-for']);
      from = page.state.violations.length;

      // An inline script: blocked by script-src (no 'unsafe-inline'), or first by Trusted Types.
      const script = doc.createElement('script');
      script.append(doc.createTextNode('window.inlineScriptRan = true;'));
      doc.head.append(script);
      seen = await page.newViolations(from, 1, 'inline script');
      expect(seen[0].effectiveDirective).to.be.oneOf([
        'script-src',
        'script-src-elem',
        'require-trusted-types-for',
      ]);
      expect((win as unknown as Record<string, unknown>).inlineScriptRan).to.equal(undefined);
      from = page.state.violations.length;

      // An inline <style>: blocked by style-src.
      const style = doc.createElement('style');
      style.append(doc.createTextNode('body { margin-left: 77px; }'));
      doc.head.append(style);
      seen = await page.newViolations(from, 1, 'inline style');
      expect(seen[0].effectiveDirective).to.equal('style-src-elem');
      expect(win.getComputedStyle(doc.body).marginLeft).not.to.equal('77px');
      style.remove();
      from = page.state.violations.length;

      // A style attribute: blocked by style-src (style-src-attr).
      doc.body.setAttribute('style', 'margin-right: 55px');
      seen = await page.newViolations(from, 1, 'style attribute');
      expect(seen[0].effectiveDirective).to.equal('style-src-attr');
      expect(win.getComputedStyle(doc.body).marginRight).not.to.equal('55px');
      doc.body.removeAttribute('style');
      from = page.state.violations.length;

      if (!('trustedTypes' in win)) return; // A browser without Trusted Types ignores those two.
      // A string into an HTML sink: refused.
      expect(() => doc.body.insertAdjacentHTML('beforeend', '<b>x</b>')).to.throw();
      seen = await page.newViolations(from, 1, 'HTML sink');
      expect(seen[0].effectiveDirective).to.equal('require-trusted-types-for');
      from = page.state.violations.length;
      // Any other policy name is refused, and "lit-html" is already taken: by Lit.
      const factory = (win as unknown as {trustedTypes: TrustedTypePolicyFactoryLike}).trustedTypes;
      for (const name of ['article-elements', 'lit-html']) {
        expect(() => factory.createPolicy(name, {createHTML: (s: string) => s}), name).to.throw();
      }
      seen = await page.newViolations(from, 2, 'policies');
      expect(seen.map((violation) => violation.effectiveDirective)).to.deep.equal([
        'trusted-types',
        'trusted-types',
      ]);
      expect(seen.map((violation) => violation.sample)).to.deep.equal([
        'article-elements',
        'lit-html',
      ]);
    });
  });
}

interface TrustedTypePolicyFactoryLike {
  createPolicy(name: string, rules: {createHTML(input: string): string}): unknown;
}
