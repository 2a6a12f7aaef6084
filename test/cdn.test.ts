import {expect, waitUntil} from '@open-wc/testing';
import {seedArticle} from './helpers/fixtures.js';

// The file `npm run build` writes for a plain <script type="module" src>, used as a page would.
const cdnUrl = new URL('../dist/cdn/article-elements.js', import.meta.url).href;

interface CdnModule {
  setLocale(locale: string): Promise<void>;
  getLocale(): string;
  ArticleView: CustomElementConstructor;
  RelatedLinks: CustomElementConstructor;
}

describe('dist/cdn/article-elements.js', () => {
  it('is self-contained: no bare module specifiers left to resolve', async () => {
    const source = await (await fetch(cdnUrl)).text();
    expect(source).not.to.match(/\bfrom\s*["'](?![./])/);
    expect(source).not.to.match(/\bimport\s*\(\s*["'](?![./])/);
    expect(source).not.to.match(/\bimport\s*["'](?![./])/);
  });

  it('leaves out the templates only the server and hydration use; hydrate.js keeps them', async () => {
    const hydrateUrl = new URL('../dist/cdn/hydrate.js', import.meta.url).href;
    const [plain, hydrating] = await Promise.all(
      [cdnUrl, hydrateUrl].map(async (url) => (await fetch(url)).text()),
    );
    // The paragraph and list-item templates of the body and the related list.
    for (const template of ['<p part="paragraph">', '<li part="item"><a part="link"']) {
      expect(plain, template).to.not.include(template);
      expect(hydrating, template).to.include(template);
    }
  });

  it('defines both elements, exports the locale API and renders the seed from an attribute', async () => {
    const cdn = (await import(cdnUrl)) as CdnModule;
    expect(customElements.get('article-view')).to.equal(cdn.ArticleView);
    expect(customElements.get('related-links')).to.equal(cdn.RelatedLinks);

    await cdn.setLocale('zh-CN');
    expect(cdn.getLocale()).to.equal('zh-Hans');

    const article = await seedArticle('zh');
    const host = document.createElement('div');
    // As in the README's drop-in example: the article as a JSON attribute.
    const view = document.createElement('article-view');
    view.setAttribute('article', JSON.stringify(article));
    host.append(view);
    document.body.append(host);
    try {
      await waitUntil(() => view.shadowRoot?.querySelector('h1'), 'the article did not render');
      const root = view.shadowRoot!;
      expect(root.querySelector('h1')!.textContent).to.equal(article.title);
      expect(root.querySelector('[part~="number"]')!.textContent).to.equal('一、');
      const related = root.querySelector('related-links')!;
      await waitUntil(() => related.shadowRoot?.querySelectorAll('li').length === 98);
      expect(related.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim()).to.equal(
        '相关内容',
      );
    } finally {
      host.remove();
      await cdn.setLocale('en');
    }
  });
});

describe('dist/cdn/article-elements.js on-demand files', () => {
  const files = (view: Window) =>
    view.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name.split('/').pop())
      .filter((name) => name?.startsWith('article-elements.'));

  it('loads the Chinese translations and the problem messages only when a page needs them', async () => {
    // A page of its own, so that no earlier test has loaded either file.
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><script type="module" src="${cdnUrl}"></script>
      <related-links links='[{"title": "One", "href": "/one"}]'></related-links>`;
    document.body.append(frame);
    try {
      const view = frame.contentWindow!;
      await waitUntil(
        () => view.document.querySelector('related-links')?.shadowRoot?.querySelector('li'),
        'the list did not render',
      );
      const list = view.document.querySelector('related-links') as HTMLElement & {
        updateComplete: Promise<boolean>;
      };
      await list.updateComplete;
      expect(files(view)).to.deep.equal(['article-elements.js']);

      // Bad data: the messages are fetched, and the alert and the event carry their text.
      const errors: string[] = [];
      list.addEventListener('article-error', (event) =>
        errors.push((event as CustomEvent<{message: string}>).detail.message),
      );
      list.setAttribute('links', '{"title": "not a list"}');
      await list.updateComplete;
      const alert = list.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.equal('document: expected an array');
      expect(errors).to.deep.equal(['document: expected an array']);
      expect(files(view)).to.include('article-elements.issue-messages.js');
      expect(files(view)).not.to.include('article-elements.zh-Hans.js');

      // A Chinese page: the translations are fetched, and the same problem reads in Chinese.
      view.document.documentElement.lang = 'zh-CN';
      await waitUntil(() => files(view).includes('article-elements.zh-Hans.js'));
      await waitUntil(() => alert.textContent !== 'document: expected an array');
      await list.updateComplete;
      expect(alert.textContent).to.equal('文档：应为数组');
    } finally {
      frame.remove();
    }
  });

  it('import nothing: a page that loads the main file under another URL gets no second copy', async () => {
    for (const name of ['article-elements.zh-Hans.js', 'article-elements.issue-messages.js']) {
      const source = await (await fetch(new URL(name, cdnUrl))).text();
      expect(source, name).not.to.match(/\bimport\b/);
    }
    // A Chinese page with bad data, loading the file with a version query: both files load.
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="zh-CN"><script type="module" src="${cdnUrl}?v=3"></script>
      <related-links links='{"title": "not a list"}'></related-links>`;
    const warnings: unknown[] = [];
    document.body.append(frame);
    try {
      const view = frame.contentWindow! as Window & typeof globalThis;
      view.console.warn = (...args: unknown[]) => warnings.push(args);
      await waitUntil(
        () =>
          view.document.querySelector('related-links')?.shadowRoot?.querySelector('[role="alert"]')
            ?.textContent === '文档：应为数组',
        'no Chinese alert',
      );
      expect(files(view).filter((name) => name?.startsWith('article-elements.js'))).to.deep.equal([
        'article-elements.js?v=3',
      ]);
      expect(warnings, 'no "already defined by another copy"').to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describe('examples/plain.html (the README drop-in example)', () => {
  const exampleUrl = new URL('../examples/plain.html', import.meta.url).href;

  it('renders the article and the list in Chinese in a real page', async () => {
    const frame = document.createElement('iframe');
    frame.src = exampleUrl;
    document.body.append(frame);
    try {
      await waitUntil(
        () => frame.contentDocument?.querySelector('article-view')?.shadowRoot?.querySelector('h1'),
        'the example did not render',
        {timeout: 10000},
      );
      const doc = frame.contentDocument!;
      const view = doc.querySelector('article-view')!.shadowRoot!;
      expect(view.querySelector('h1')!.textContent).to.equal('爆通讯录为什么不催款了?');
      expect(view.querySelector('section [part="heading"]')!.textContent).to.equal(
        '一、社会法律环境的变化',
      );
      const list = doc.querySelector('related-links')!;
      await waitUntil(() => list.shadowRoot?.querySelector('[part="show-more"]'));
      expect(list.shadowRoot!.querySelector('[part="show-more"]')!.textContent!.trim()).to.equal(
        '显示其余 1 条',
      );
    } finally {
      frame.remove();
    }
  });
});
