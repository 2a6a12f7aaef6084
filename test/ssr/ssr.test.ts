/**
 * Pages rendered on the server by article-elements/ssr (written to test/ssr/generated/ by
 * scripts/check-ssr.mjs, which `npm test` runs after the build): the text is there with scripts
 * disabled, and the hydrating bundle takes over the same DOM nodes without changing what shows.
 */
import {expect, waitUntil} from '@open-wc/testing';
import type {ArticleView} from '../../src/article-view.js';
import {seedArticle} from '../helpers/fixtures.js';

const pageUrl = (name: string) => new URL(`./generated/${name}.html`, import.meta.url).href;

/** Loads a page in an iframe; `scripts: false` sandboxes it so that no script can run. */
async function openPage(name: string, scripts: boolean): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (!scripts) frame.sandbox.add('allow-same-origin');
  frame.style.cssText = 'width: 1000px; height: 700px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = pageUrl(name);
  document.body.append(frame);
  await loaded;
  return frame;
}

const view = (frame: HTMLIFrameElement) =>
  frame.contentDocument!.querySelector('article-view') as ArticleView;
const root = (frame: HTMLIFrameElement) => view(frame).shadowRoot!;
const texts = (nodes: Iterable<Element>) =>
  Array.from(nodes, (node) => node.textContent!.replace(/\s+/g, ' ').trim());

/** Loads the hydrating bundle into the page; resolves once its article has rendered. */
async function hydrate(frame: HTMLIFrameElement): Promise<void> {
  const win = frame.contentWindow as Window & typeof globalThis;
  const rendered = new Promise((resolve) =>
    view(frame).addEventListener('article-render', resolve),
  );
  const script = frame.contentDocument!.createElement('script');
  script.type = 'module';
  script.src = new URL('../../dist/cdn/hydrate.js', import.meta.url).href;
  frame.contentDocument!.head.append(script);
  await waitUntil(() => win.customElements.get('article-view') !== undefined, 'defined', {
    timeout: 10000,
  });
  await rendered;
}

/** The visible text of the article, inner shadow roots included, without white-space noise. */
function visibleText(node: Node): string {
  let text = '';
  // Node types, not instanceof: the nodes belong to another window.
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) text += n.textContent;
    if (n.nodeType !== Node.ELEMENT_NODE && n.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    const element = n as Element;
    if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(element.tagName)) return;
    if (element.shadowRoot) walk(element.shadowRoot);
    n.childNodes.forEach(walk);
  };
  walk(node);
  return text.replace(/\s+/g, ' ').trim();
}

describe('server-rendered pages (article-elements/ssr)', () => {
  const frames: HTMLIFrameElement[] = [];
  const open = async (name: string, scripts: boolean) => {
    const frame = await openPage(name, scripts);
    frames.push(frame);
    return frame;
  };
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('shows the whole Chinese seed article with scripts disabled', async () => {
    const frame = await open('seed.zh', false);
    const doc = frame.contentDocument!;
    expect(doc.documentElement.lang).to.equal('zh-Hans');
    expect(customElements.get.call(frame.contentWindow!.customElements, 'article-view')).to.equal(
      undefined,
    );
    const shadow = root(frame);
    expect(shadow, 'Declarative Shadow DOM attached by the parser').to.not.equal(null);
    const seed = await seedArticle('zh');
    expect(shadow.querySelector('h1')!.textContent).to.equal(seed.title);
    expect(texts(shadow.querySelectorAll('[part="meta"] > *'))).to.deep.equal([
      '发布时间 2025年7月16日 15:00',
      '阅读约 4 分钟',
    ]);
    expect(texts(shadow.querySelectorAll('h2')).slice(0, 2)).to.deep.equal([
      '一、社会法律环境的变化',
      '二、用户的反感和社会舆论的压力',
    ]);
    expect(texts(shadow.querySelectorAll('h3')).slice(0, 1)).to.deep.equal([
      '1.1 法律对隐私的保护要求',
    ]);
    const related = shadow.querySelector('related-links')!.shadowRoot!;
    expect(related.querySelectorAll('li').length).to.equal(98);
    expect(related.querySelector('h2')!.textContent!.trim()).to.equal('相关内容');
    const toc = shadow.querySelector('article-toc')!.shadowRoot!;
    expect(toc.querySelectorAll('a').length).to.be.greaterThan(5);
    // Every paragraph of the data is in the page's text.
    const pageText = visibleText(doc.body);
    for (const block of seed.body) {
      if (block.type === 'paragraph') expect(pageText).to.include(block.text.replace(/\s+/g, ' '));
    }
  });

  it('has the title, description, html lang and schema.org Article data in the head', async () => {
    const frame = await open('seed.en', false);
    const doc = frame.contentDocument!;
    const seed = await seedArticle('en');
    expect(doc.title).to.equal(seed.title);
    expect(doc.documentElement.lang).to.equal('en');
    const description = doc.querySelector('meta[name="description"]')!.getAttribute('content')!;
    expect(description.length).to.be.within(20, 160);
    const jsonLd = JSON.parse(
      doc.querySelector('script[type="application/ld+json"]')!.textContent!,
    );
    expect(jsonLd).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: seed.title,
      datePublished: '2025-07-16T15:00:09+08:00',
      inLanguage: 'en',
    });
  });

  it('keeps hostile text as text: nothing runs, no markup from the data', async () => {
    const frame = await open('hostile', true);
    const win = frame.contentWindow as Window & {__ssrXss?: number};
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(win.__ssrXss).to.equal(undefined);
    const doc = frame.contentDocument!;
    expect(doc.title).to.equal('<script>window.__ssrXss = 1</script> & "quotes" </title>');
    const jsonLd = JSON.parse(
      doc.querySelector('script[type="application/ld+json"]')!.textContent!,
    );
    expect(jsonLd.description).to.equal('</script><script>window.__ssrXss = 2</script>');
    // (The test server adds a script of its own to HTML pages; none holds the data's.)
    const scripts = Array.from(doc.querySelectorAll('script'), (script) => script.outerHTML);
    expect(scripts.filter((script) => script.includes('__ssrXss'))).to.deep.equal([
      doc.querySelector('script[type="application/ld+json"]')!.outerHTML,
    ]);
    const shadow = root(frame);
    expect(shadow.querySelectorAll('img, h1 h1, b, template').length).to.equal(0);
    expect(shadow.querySelector('h2')!.textContent).to.equal('1. </h2><h1>injected</h1>');
    const links = shadow.querySelector('related-links')!.shadowRoot!;
    expect(Array.from(links.querySelectorAll('a'), (a) => a.getAttribute('href'))).to.deep.equal([
      '/safe?a=1&b="2"',
    ]);
  });

  it('shows the localized alert for invalid data, without scripts', async () => {
    const frame = await open('invalid', false);
    const alert = root(frame).querySelector('[role="alert"]')!;
    expect(texts(alert.querySelectorAll('p'))).to.deep.equal([
      '无法显示这篇文章。',
      'title：应为非空字符串',
    ]);
  });

  it('hydrates: the elements take over the same nodes, and show the same', async () => {
    const frame = await open('seed.zh', true);
    const el = view(frame);
    const shadow = root(frame);
    const title = shadow.querySelector('h1')!;
    const firstSection = shadow.querySelector('section')!;
    const relatedRoot = shadow.querySelector('related-links')!.shadowRoot!;
    const items = Array.from(relatedRoot.querySelectorAll('li'));
    const before = visibleText(el);
    const win = frame.contentWindow as Window & typeof globalThis;
    const errors: unknown[] = [];
    win.addEventListener('error', (event) => errors.push(event.error ?? event.message));

    await hydrate(frame);
    await el.updateComplete;

    expect(errors).to.deep.equal([]);
    expect(el.shadowRoot).to.equal(shadow);
    expect(shadow.querySelector('h1')).to.equal(title);
    expect(shadow.querySelector('section')).to.equal(firstSection);
    expect(Array.from(relatedRoot.querySelectorAll('li'))).to.deep.equal(items);
    expect(visibleText(el)).to.equal(before);
    // Live now: the contents button works.
    const toc = shadow.querySelector('article-toc')!;
    expect(toc.hasAttribute('defer-hydration')).to.equal(false);
  });

  it('keeps the hydrated body through a locale switch, and builds new data afresh', async () => {
    const frame = await open('seed.zh', true);
    const el = view(frame);
    const shadow = root(frame);
    await hydrate(frame);
    const sections = Array.from(shadow.querySelectorAll('section'));
    const permalink = () => shadow.querySelector('[part="permalink"]')!;
    expect(permalink().getAttribute('lang')).to.equal('zh-Hans');

    // The library follows <html lang>: the server's permalinks are relabelled, not rebuilt.
    frame.contentDocument!.documentElement.lang = 'en';
    await waitUntil(() => permalink().getAttribute('lang') === 'en', 'relabelled');
    await el.updateComplete;
    expect(permalink().getAttribute('aria-label')).to.equal('Link to this section');
    expect(Array.from(shadow.querySelectorAll('section'))).to.have.ordered.members(sections);
    // The seed has lang="zh-Hans": its numbering stays Chinese.
    expect(shadow.querySelector('h2')!.textContent).to.match(/^一、/);

    const english = await seedArticle('en');
    el.article = english;
    await el.updateComplete;
    const headings = texts(shadow.querySelectorAll('section > h2'));
    expect(headings[0]).to.equal(
      `1. ${(english.body.find((b) => b.type === 'section') as {heading: string}).heading}`,
    );
    expect(shadow.querySelector('section') === sections[0], 'a new section').to.equal(false);
    expect(permalink().getAttribute('aria-label')).to.equal('Link to this section');
  });

  it('hydrates a long list (1,500 links, opened in new tabs) without re-rendering it', async () => {
    const frame = await open('many-links', true);
    const relatedRoot = root(frame).querySelector('related-links')!.shadowRoot!;
    const items = Array.from(relatedRoot.querySelectorAll('li'));
    expect(items.length).to.equal(1500);
    const rels = Array.from(relatedRoot.querySelectorAll('a'), (a) => a.getAttribute('rel'));
    expect(rels.slice(0, 2)).to.deep.equal(['noopener noreferrer', null]);
    await hydrate(frame);
    expect(Array.from(relatedRoot.querySelectorAll('li'))).to.deep.equal(items);
  });
});
