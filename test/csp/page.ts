// The module script of page.html: loads the library (?bundle=cdn: the self-contained build;
// ?bundle=src: the ES modules from src/, as an app imports them), then gives the page's elements
// the seed article and its related links, and reports on `window.cspPage` once both rendered.
import type {Article} from '../../src/model/article.js';
import type {CspPage, CspPageWindow, PageLibrary} from './csp-page.js';

const libraries: Record<string, URL> = {
  cdn: new URL('../../dist/cdn/article-elements.js', import.meta.url),
  src: new URL('../../src/index.ts', import.meta.url),
};
const seedUrl = new URL('../../fixtures/seed-article.zh.json', import.meta.url);

const page = (window as CspPageWindow).cspPage as CspPage;

/** Resolves on the element's `article-render`, rejects on its `article-error`. */
function rendered(element: Element): Promise<void> {
  return new Promise((resolve, reject) => {
    element.addEventListener('article-render', () => resolve(), {once: true});
    element.addEventListener(
      'article-error',
      (event) => reject(new Error((event as CustomEvent<{message: string}>).detail.message)),
      {once: true},
    );
  });
}

async function main(): Promise<void> {
  const bundle = new URLSearchParams(location.search).get('bundle') ?? '';
  const url = libraries[bundle];
  if (url === undefined) throw new Error(`unknown ?bundle=${bundle}`);
  const [library, article] = await Promise.all([
    import(url.href) as Promise<PageLibrary>,
    fetch(seedUrl).then((response) => response.json() as Promise<Article>),
  ]);
  page.library = library;
  const view = document.querySelector('article-view')!;
  const related = document.querySelector('related-links')!;
  const done = Promise.all([rendered(view), rendered(related)]);
  view.article = article;
  related.links = article.related!;
  await done;
}

main().then(
  () => {
    page.status = 'rendered';
  },
  (error: unknown) => {
    page.error = String(error);
    page.status = 'failed';
  },
);
