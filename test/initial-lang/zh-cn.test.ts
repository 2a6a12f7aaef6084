/**
 * A page that is Chinese from the start: web-test-runner.config.js serves this file (group
 * `initial-lang`) in a page whose markup is `<html lang="zh-CN">`, set before the library loads.
 * Run it alone with `npx wtr --group initial-lang`.
 */
import {expect, waitUntil} from '@open-wc/testing';
import '../../src/article-view.js';
import type {ArticleView} from '../../src/article-view.js';
import {getLocale} from '../../src/localization.js';
import type {Article} from '../../src/model/article.js';
import type {RelatedLinks} from '../../src/related-links.js';
import {settled, shadow} from '../helpers/elements.js';

/** `<html lang>` as the page's markup had it, before any script could change it. */
const initialLang = document.documentElement.getAttribute('lang');

const article: Article = {
  title: 'Locale test',
  published: '2025-07-16T15:00:09+08:00',
  timeZone: 'Asia/Shanghai',
  author: 'Wang Fang',
  body: [
    {type: 'paragraph', text: 'Some words to read.'},
    {type: 'section', heading: 'Alpha', body: []},
  ],
  related: [{title: 'Related one', href: 'https://example.com/1'}],
};

const squash = (element: Element | null | undefined) =>
  element ? element.textContent!.replace(/\s+/g, ' ').trim() : null;

/** The library's own words in `<article-view>`, its closing `<back-to-top>` included. */
function viewLabels(view: ArticleView) {
  const root = shadow(view);
  return {
    published: squash(root.querySelector('[part="meta"] > span:has(> [part="published"])')),
    author: squash(root.querySelector('[part="author"]')),
    readingTime: squash(root.querySelector('[part="reading-time"]')),
    backToTop: squash(
      root.querySelector('back-to-top')?.shadowRoot?.querySelector('[part="button"]'),
    ),
    heading: squash(root.querySelector('[part="body"] [part="heading"]')),
  };
}

const CHINESE_VIEW_LABELS = {
  published: '发布时间 2025年7月16日 15:00',
  author: '作者：Wang Fang',
  readingTime: '阅读约 1 分钟',
  backToTop: '返回顶部',
  heading: '一、Alpha',
};

/**
 * Rendered as soon as the library has loaded, the way a page's own script would, while the
 * zh-Hans translations may still be loading. Each records what its first `article-render`
 * event finds on screen, read inside the listener.
 */
const view = document.createElement('article-view');
const firstViewRender = new Promise<ReturnType<typeof viewLabels>>((resolve) => {
  view.addEventListener('article-render', () => resolve(viewLabels(view)), {once: true});
});
view.article = article;
document.body.append(view);

const list = document.createElement('related-links');
const firstListRender = new Promise<string | null>((resolve) => {
  list.addEventListener(
    'article-render',
    () => resolve(squash(shadow(list).querySelector('[part="heading"]'))),
    {once: true},
  );
});
list.links = [{title: 'Related one', href: 'https://example.com/1'}];
document.body.append(list);

describe('a page that starts as <html lang="zh-CN">', () => {
  it('is served with <html lang="zh-CN"> (run through the initial-lang group)', () => {
    expect(initialLang).to.equal('zh-CN');
  });

  it('starts the library in zh-Hans', async () => {
    await waitUntil(() => getLocale() === 'zh-Hans', `getLocale() is ${getLocale()}`);
    expect(document.documentElement.getAttribute('lang'), '<html lang> untouched').to.equal(
      'zh-CN',
    );
  });

  it('shows Chinese labels in the first article-render of an <article-view>', async () => {
    expect(await firstViewRender).to.deep.equal(CHINESE_VIEW_LABELS);
  });

  it('shows the Chinese heading in the first article-render of a <related-links>', async () => {
    expect(await firstListRender).to.equal('相关内容');
  });

  it('shows Chinese labels once settled, in <article-view> and its inner list', async () => {
    await waitUntil(() => getLocale() === 'zh-Hans', `getLocale() is ${getLocale()}`);
    await settled(view);
    expect(viewLabels(view)).to.deep.equal(CHINESE_VIEW_LABELS);
    const inner = shadow(view).querySelector<RelatedLinks>('related-links')!;
    expect(squash(shadow(inner).querySelector('[part="heading"]'))).to.equal('相关内容');
    const button = shadow(shadow(view).querySelector('back-to-top')!).querySelector('button')!;
    expect(button.getAttribute('lang'), 'the label carries the UI locale').to.equal('zh-Hans');
  });
});
