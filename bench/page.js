// Runs one sample of one case on one side ('library' or 'vanilla') in the page, measuring the
// time to rendered DOM, to the next paint, and the JS heap the rendered result holds.
import {ArticleView, RelatedLinks, setLocale} from '../dist/cdn/article-elements.js';
import {articleView, relatedList} from './vanilla.js';

const stage = document.getElementById('stage');
const sheetsOf = (element) => element.elementStyles.map((style) => style.styleSheet);
const seedZh = await (await fetch('../fixtures/seed-article.zh.json')).json();
const seedEn = await (await fetch('../fixtures/seed-article.en.json')).json();

function links(count) {
  return Array.from({length: count}, (_, i) => ({
    title: `Related article ${i + 1}`,
    href: `/a/${i + 1}`,
  }));
}

/** An article of about `bytes` of text in hundreds of sections. */
function bigArticle(bytes) {
  const paragraph = 'Reading long articles on phones and desktops is common. '.repeat(20);
  const body = [];
  let size = 0;
  for (let i = 1; size < bytes; i += 1) {
    const section = {type: 'section', heading: `Section ${i}`, body: []};
    for (let j = 1; j <= 3; j += 1) {
      section.body.push({
        type: 'section',
        heading: `Part ${i}.${j}`,
        body: [
          {type: 'paragraph', text: paragraph},
          {type: 'list', items: ['One point', 'Another point', 'A third']},
        ],
      });
      size += paragraph.length + 40;
    }
    body.push(section);
  }
  return {title: 'A long article', published: '2025-07-16T15:00:09+08:00', lang: 'en', body};
}

const data = {
  'related-100': links(100),
  'related-1000': links(1000),
  'related-10000': links(10000),
  'article-seed': seedZh,
  'article-1mb': bigArticle(1_000_000),
};
const text10mb = JSON.stringify(bigArticle(10_000_000));

const nextPaint = () =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Until the list's first items are in the DOM: what a reader sees first of a long list. */
function firstItems(list) {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (list.shadowRoot.querySelector('li') === null) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(list.shadowRoot, {childList: true, subtree: true});
  });
}

async function mount(name, side) {
  if (name === 'related-10000-visible') {
    // Vanilla builds every item; the library shows its first part, the rest after painting.
    if (side === 'vanilla')
      return stage.append(relatedList(data['related-10000'], sheetsOf(RelatedLinks)));
    const list = document.createElement('related-links');
    list.links = data['related-10000'];
    stage.append(list);
    return firstItems(list);
  }
  if (name.startsWith('related-')) {
    if (side === 'vanilla') return stage.append(relatedList(data[name], sheetsOf(RelatedLinks)));
    const list = document.createElement('related-links');
    list.links = data[name];
    stage.append(list);
    return list.updateComplete;
  }
  if (name === 'parse-10mb') {
    if (side === 'vanilla') {
      return stage.append(
        articleView(JSON.parse(text10mb), sheetsOf(ArticleView), sheetsOf(RelatedLinks)),
      );
    }
    const view = document.createElement('article-view');
    view.setAttribute('article', text10mb);
    stage.append(view);
    return view.updateComplete;
  }
  if (side === 'vanilla') {
    return stage.append(articleView(data[name], sheetsOf(ArticleView), sheetsOf(RelatedLinks)));
  }
  const view = document.createElement('article-view');
  view.article = data[name];
  stage.append(view);
  return view.updateComplete;
}

/** Cases that change something already on screen: prepared untimed, then the change is timed. */
const changes = {
  async 'locale-switch'(side) {
    await setLocale('zh-Hans');
    await mount('article-seed', side);
    await nextPaint();
    return async () => {
      if (side === 'vanilla') {
        // The hand-written page can only rebuild in the other language.
        stage.replaceChildren(articleView(seedZh, sheetsOf(ArticleView), sheetsOf(RelatedLinks)));
        return;
      }
      await setLocale('en');
      await stage.firstElementChild.updateComplete;
    };
  },
  async 'replace-article'(side) {
    await mount('article-seed', side);
    await nextPaint();
    return async () => {
      if (side === 'vanilla') {
        stage.replaceChildren(articleView(seedEn, sheetsOf(ArticleView), sheetsOf(RelatedLinks)));
        return;
      }
      const view = stage.firstElementChild;
      view.article = seedEn;
      await view.updateComplete;
    };
  },
};

window.runSample = async (name, side) => {
  stage.replaceChildren();
  await setLocale('en');
  await nextPaint();
  globalThis.gc?.();
  const heapBefore = performance.memory?.usedJSHeapSize ?? 0;
  let action = () => mount(name, side);
  if (name in changes) action = await changes[name](side);
  const start = performance.now();
  await action();
  const rendered = performance.now();
  await nextPaint();
  const painted = performance.now();
  globalThis.gc?.();
  const heap = (performance.memory?.usedJSHeapSize ?? 0) - heapBefore;
  const ok = stage.firstElementChild !== null;
  stage.replaceChildren();
  return {render: rendered - start, paint: painted - start, heap, ok};
};
window.benchReady = true;
