// The demo page: the seed article in Chinese or English; the switch changes both the UI locale
// (through <html lang>, which the library follows) and the article data.
import '../src/index.js';
import zh from '../fixtures/seed-article.zh.json';
import en from '../fixtures/seed-article.en.json';
import type {Article} from '../src/model/article.js';

const articles: Record<string, Article> = {'zh-Hans': zh as Article, en: en as Article};
const view = document.querySelector('article-view')!;
const buttons = document.querySelectorAll<HTMLButtonElement>('[data-locale]');

function show(locale: string): void {
  document.documentElement.lang = locale;
  view.article = articles[locale];
  for (const button of buttons) {
    button.setAttribute('aria-pressed', String(button.dataset.locale === locale));
  }
}

for (const button of buttons) button.addEventListener('click', () => show(button.dataset.locale!));
view.addEventListener('article-error', (event) => console.error(event.detail.message));
show(new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh-Hans');
