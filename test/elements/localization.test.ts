import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/article-view.js';
import type {ArticleView} from '../../src/article-view.js';
import {templates} from '../../src/generated/locales/zh-Hans.js';
import {getLocale, setLocale} from '../../src/localization.js';
import type {Article} from '../../src/model/article.js';
import type {RelatedLinks} from '../../src/related-links.js';
import {
  EventLog,
  languageOf,
  restoreLocale,
  settled,
  shadow,
  useLocale,
} from '../helpers/elements.js';

/** An article without `lang`: its numbering follows the UI locale. */
function article(): Article {
  return {
    title: 'Locale test',
    published: '2025-07-16T15:00:09+08:00',
    updated: '2025-07-17',
    timeZone: 'Asia/Shanghai',
    author: 'Wang Fang',
    body: [
      {type: 'paragraph', text: 'Some words to read.'},
      {
        type: 'section',
        heading: 'Alpha',
        body: [{type: 'section', heading: 'Alpha one', body: []}],
      },
      {type: 'section', heading: 'Beta', body: []},
    ],
    related: [{title: 'Related one', href: 'https://example.com/1'}],
  };
}

async function render(data: Article | string): Promise<ArticleView> {
  const el = await fixture<ArticleView>(html`<article-view .article=${data}></article-view>`);
  await settled(el);
  return el;
}

function text(root: ParentNode, selector: string): string {
  const element = root.querySelector(selector);
  if (!element) throw new Error(`nothing matches ${selector}`);
  return element.textContent!.replace(/\s+/g, ' ').trim();
}

/** The button of the `<back-to-top>` that closes an `<article-view>`. */
function backToTopButton(root: ShadowRoot): Element | null {
  const backToTop = root.querySelector('back-to-top');
  return backToTop && shadow(backToTop).querySelector('[part="button"]');
}

function labels(el: ArticleView) {
  const root = shadow(el);
  const related = shadow(root.querySelector<RelatedLinks>('related-links')!);
  return {
    published: text(root, '[part="meta"] > span:has(> [part="published"])'),
    updated: text(root, '[part="meta"] > span:has(> [part="updated"])'),
    author: text(root, '[part="author"]'),
    readingTime: text(root, '[part="reading-time"]'),
    related: text(related, '[part="heading"]'),
    backToTop: backToTopButton(root)?.textContent!.replace(/\s+/g, ' ').trim() ?? null,
    headings: Array.from(root.querySelectorAll('[part="heading"]'), (h) => h.textContent),
  };
}

/** Changes `<html lang>` and waits until the library has switched to `expected`. */
async function setDocumentLang(tag: string, expected: 'en' | 'zh-Hans', el: ArticleView) {
  document.documentElement.lang = tag;
  await waitUntil(() => getLocale() === expected, `<html lang="${tag}"> → ${expected}`);
  await settled(el);
}

describe('localization', () => {
  beforeEach(() => useLocale('en'));
  afterEach(restoreLocale);

  it('runs in a browser far from Asia/Shanghai', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/Los_Angeles');
  });

  it('switches labels, numbering and dates between en and zh-Hans, keeping the article', async () => {
    const log = new EventLog(['article-render', 'article-error']);
    const el = await render(article());
    const articleNode = shadow(el).querySelector('article');
    expect(labels(el)).to.deep.equal({
      published: 'Published July 16, 2025 at 3:00 PM',
      updated: 'Updated July 17, 2025',
      author: 'By Wang Fang',
      readingTime: 'Reading time: 1 minute',
      related: 'Related content',
      backToTop: 'Back to top',
      headings: ['1. Alpha', '1.1 Alpha one', '2. Beta'],
    });

    await setLocale('zh-Hans');
    await settled(el);
    expect(labels(el)).to.deep.equal({
      published: '发布时间 2025年7月16日 15:00',
      updated: '更新时间 2025年7月17日',
      author: '作者：Wang Fang',
      readingTime: '阅读约 1 分钟',
      related: '相关内容',
      backToTop: '返回顶部',
      headings: ['一、Alpha', '1.1 Alpha one', '二、Beta'],
    });

    await setLocale('en');
    await settled(el);
    expect(labels(el).backToTop).to.equal('Back to top');
    expect(labels(el).headings).to.deep.equal(['1. Alpha', '1.1 Alpha one', '2. Beta']);

    // The same article, re-rendered in place: no new data, no new article element.
    expect(shadow(el).querySelector('article') === articleNode, 'same <article> node').to.equal(
      true,
    );
    expect(text(shadow(el), '[part="title"]')).to.equal('Locale test');
    log.stop();
    expect(log.of('article-render').length).to.equal(1);
    expect(log.details('article-error')).to.deep.equal([]);
  });

  it('shows the new locale once put back after a switch while out of the page', async () => {
    const el = await render(article());
    const parent = el.parentElement!;
    el.remove();
    await setLocale('zh-Hans');
    parent.append(el);
    await settled(el);
    expect(labels(el)).to.include({
      published: '发布时间 2025年7月16日 15:00',
      related: '相关内容',
      backToTop: '返回顶部',
    });
    expect(labels(el).headings).to.deep.equal(['一、Alpha', '1.1 Alpha one', '二、Beta']);
  });

  it('uses the plural form for more than one minute of reading', async () => {
    const words = Array.from({length: 700}, (_, i) => `word${i}`).join(' ');
    const el = await render({title: 'Long', body: [{type: 'paragraph', text: words}]});
    expect(text(shadow(el), '[part="reading-time"]')).to.equal('Reading time: 3 minutes');
    await setLocale('zh-Hans');
    await settled(el);
    expect(text(shadow(el), '[part="reading-time"]')).to.equal('阅读约 3 分钟');
  });

  it('keeps the numbering of the content language when the article has lang', async () => {
    const el = await render({...article(), lang: 'en'});
    await setLocale('zh-Hans');
    await settled(el);
    expect(labels(el).headings).to.deep.equal(['1. Alpha', '1.1 Alpha one', '2. Beta']);
    el.article = {...article(), lang: 'zh-CN'};
    await setLocale('en');
    await settled(el);
    expect(labels(el).headings).to.deep.equal(['一、Alpha', '1.1 Alpha one', '二、Beta']);
  });

  it('shows 15:00 on 16 July 2025 in Asia/Shanghai in both locales', async () => {
    for (const published of ['2025-07-16T15:00:09+08:00', '2025-07-16T15:00:09']) {
      const el = await render({...article(), published});
      const time = () => shadow(el).querySelector('time[part="published"]')!;
      expect(time().getAttribute('datetime'), published).to.equal('2025-07-16T15:00:09+08:00');
      expect(time().textContent, published).to.match(/July 16, 2025.*3:00\s?PM/);
      await setLocale('zh-Hans');
      await settled(el);
      expect(time().getAttribute('datetime'), published).to.equal('2025-07-16T15:00:09+08:00');
      expect(time().textContent, published).to.match(/2025年7月16日.*15:00/);
      await setLocale('en');
    }
  });

  it('shows a calendar date as the day written, whatever the zones', async () => {
    const el = await render({title: 'Dates', published: '2025-07-16', body: []});
    const time = shadow(el).querySelector('time[part="published"]')!;
    expect(time.getAttribute('datetime')).to.equal('2025-07-16');
    expect(time.textContent).to.equal('July 16, 2025');
    await setLocale('zh-Hans');
    await settled(el);
    expect(shadow(el).querySelector('time[part="published"]')!.textContent).to.equal(
      '2025年7月16日',
    );
  });

  it('marks its own labels with the UI locale inside content of another language', async () => {
    const el = await render({...article(), lang: 'en'});
    await setLocale('zh-Hans');
    await settled(el);
    const root = shadow(el);
    const related = shadow(root.querySelector('related-links')!);
    const languages = (elements: Record<string, Element | null>) =>
      Object.fromEntries(
        Object.entries(elements).map(([name, element]) => [name, element && languageOf(element)]),
      );
    expect(
      languages({
        title: root.querySelector('[part="title"]'),
        paragraph: root.querySelector('[part="paragraph"]'),
        relatedItem: related.querySelector('li'),
        published: root.querySelector('time[part="published"]'),
        readingTime: root.querySelector('[part="reading-time"]'),
        author: root.querySelector('[part="author"]'),
        backToTop: backToTopButton(root),
        relatedHeading: related.querySelector('[part="heading"]'),
      }),
    ).to.deep.equal({
      title: 'en',
      paragraph: 'en',
      relatedItem: 'en',
      published: 'zh-Hans',
      readingTime: 'zh-Hans',
      // The name is the article's text: its language wins over the label's.
      author: 'en',
      backToTop: 'zh-Hans',
      relatedHeading: 'zh-Hans',
    });
  });

  it('marks the labels of <related-links> with the UI locale, but not a given heading', async () => {
    const links = ['a', 'b', 'c'].map((title) => ({title}));
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <related-links limit="1" .links=${links}></related-links>
        <related-links heading="Read next" .links=${links}></related-links>
      </div>`,
    );
    const [list, custom] = Array.from(wrapper.querySelectorAll('related-links'));
    await setLocale('zh-Hans');
    await settled(list);
    await settled(custom);
    const heading = shadow(list).querySelector('[part="heading"]')!;
    expect(heading.textContent).to.equal('相关内容');
    expect(languageOf(heading)).to.equal('zh-Hans');
    expect(languageOf(shadow(list).querySelector('li')!)).to.equal('en');
    expect(languageOf(shadow(list).querySelector('[part="show-more"]')!)).to.equal('zh-Hans');
    const customHeading = shadow(custom).querySelector('[part="heading"]')!;
    expect(customHeading.textContent).to.equal('Read next');
    expect(languageOf(customHeading)).to.equal('en');
  });

  it('follows <html lang>: zh-CN, zh-SG and zh switch to zh-Hans, en back to en', async () => {
    const el = await render(article());
    for (const tag of ['zh-CN', 'zh-SG', 'zh', 'zh-Hans']) {
      await setDocumentLang(tag, 'zh-Hans', el);
      expect(labels(el).backToTop, tag).to.equal('返回顶部');
      expect(labels(el).headings[0], tag).to.equal('一、Alpha');
      await setDocumentLang('en', 'en', el);
      expect(labels(el).backToTop, `${tag} → en`).to.equal('Back to top');
      expect(labels(el).headings[0], `${tag} → en`).to.equal('1. Alpha');
    }
    await setDocumentLang('zh-CN', 'zh-Hans', el);
    await setDocumentLang('fr', 'en', el);
    expect(labels(el).related).to.equal('Related content');
  });

  it('announces the switch with lit-localize-status before the elements re-render', async () => {
    const el = await render(article());
    // What the element shows at the moment the switch is announced.
    const ready = new Promise<{readyLocale: string; locale: string; published: string}>(
      (resolve) => {
        const listener = (event: Event) => {
          const detail = (event as CustomEvent<{status: string; readyLocale?: string}>).detail;
          if (detail.status !== 'ready') return;
          window.removeEventListener('lit-localize-status', listener);
          resolve({
            readyLocale: detail.readyLocale!,
            locale: getLocale(),
            published: labels(el).published,
          });
        };
        window.addEventListener('lit-localize-status', listener);
      },
    );
    document.documentElement.lang = 'zh-CN';
    const announced = await ready;
    expect(announced.readyLocale).to.equal('zh-Hans');
    expect(announced.locale, 'getLocale() when announced').to.equal('zh-Hans');
    expect(announced.published, 'still the English render when announced').to.equal(
      'Published July 16, 2025 at 3:00 PM',
    );
    await settled(el);
    expect(labels(el).published).to.match(/^发布时间 2025年7月16日/);
  });

  it('localizes error messages, and re-renders them on a switch', async () => {
    const log = new EventLog(['article-error']);
    await setLocale('zh-Hans');
    const el = await render({body: []} as unknown as Article);
    log.stop();
    expect(log.details('article-error')).to.deep.equal([
      {message: 'title：缺少此必填字段', path: 'title', code: 'required'},
    ]);
    const alert = shadow(el).querySelector('[role="alert"]')!;
    expect(Array.from(alert.querySelectorAll('p'), (p) => p.textContent)).to.deep.equal([
      '无法显示这篇文章。',
      'title：缺少此必填字段',
    ]);
    await setLocale('en');
    await settled(el);
    expect(
      Array.from(shadow(el).querySelectorAll('[role="alert"] p'), (p) => p.textContent),
    ).to.deep.equal(['The article cannot be shown.', 'title: this field is required']);
  });

  it('marks its alerts with the UI locale in a page of another language', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <article-view article="{bad"></article-view>
        <related-links links="{bad"></related-links>
      </div>`,
    );
    await setLocale('zh-Hans');
    for (const el of wrapper.querySelectorAll<ArticleView | RelatedLinks>(
      'article-view, related-links',
    )) {
      await settled(el);
      const alert = shadow(el).querySelector('[role="alert"]')!;
      expect(alert.textContent, el.localName).to.match(/JSON/);
      expect(languageOf(alert), el.localName).to.equal('zh-Hans');
    }
  });

  it('localizes "Show N more" and "Show fewer" in <related-links>', async () => {
    const links = ['a', 'b', 'c', 'd'].map((title) => ({title}));
    const el = await fixture<RelatedLinks>(
      html`<related-links limit="1" .links=${links}></related-links>`,
    );
    const button = () => text(shadow(el), '[part="show-more"]');
    expect(button()).to.equal('Show 3 more');
    await setLocale('zh-Hans');
    await el.updateComplete;
    expect(button()).to.equal('显示其余 3 条');
    expect(text(shadow(el), '[part="heading"]')).to.equal('相关内容');
    shadow(el).querySelector<HTMLButtonElement>('[part="show-more"]')!.click();
    await el.updateComplete;
    expect(button()).to.equal('收起');
  });
});

describe('translations', () => {
  async function units() {
    const response = await fetch(new URL('../../locales/zh-Hans.xlf', import.meta.url));
    expect(response.ok, 'locales/zh-Hans.xlf').to.equal(true);
    const xml = new DOMParser().parseFromString(await response.text(), 'application/xml');
    expect(xml.getElementsByTagName('parsererror').length, 'well-formed XLIFF').to.equal(0);
    return Array.from(xml.getElementsByTagName('trans-unit'), (unit) => ({
      id: unit.getAttribute('id') ?? '',
      source: unit.getElementsByTagName('source')[0],
      target: unit.getElementsByTagName('target')[0],
    }));
  }

  const placeholders = (element: Element | undefined) =>
    Array.from(element?.getElementsByTagName('x') ?? [], (x) => x.getAttribute('id')).sort();

  it('has a non-empty zh-Hans target for every trans-unit, with the same placeholders', async () => {
    const list = await units();
    expect(list.length).to.be.greaterThan(20);
    const ids = list.map((unit) => unit.id);
    expect(new Set(ids).size, 'unique ids').to.equal(ids.length);
    for (const {id, source, target} of list) {
      expect(id, 'trans-unit id').to.not.equal('');
      expect(target !== undefined, `${id}: <target>`).to.equal(true);
      const hasContent = target.textContent!.trim() !== '' || placeholders(target).length > 0;
      expect(hasContent, `${id}: non-empty <target>`).to.equal(true);
      expect(placeholders(target), `${id}: placeholders`).to.deep.equal(placeholders(source));
    }
  });

  it('has a generated template for each trans-unit, and none without one', async () => {
    const list = await units();
    const generated = templates as Record<string, unknown>;
    for (const {id, target} of list) {
      expect(Object.hasOwn(generated, id), `template for ${id}`).to.equal(true);
      const template = generated[id];
      if (typeof template === 'string') {
        expect(template.trim(), id).to.not.equal('');
        expect(placeholders(target), `${id}: a plain template has no placeholders`).to.deep.equal(
          [],
        );
      } else {
        const {strings, values} = template as {strings: string[]; values: unknown[]};
        expect(values.length, `${id}: placeholders`).to.equal(placeholders(target).length);
        expect(strings.join('').trim(), id).to.not.equal('');
      }
    }
    expect(Object.keys(generated).sort()).to.deep.equal(list.map((unit) => unit.id).sort());
  });

  it('has a trans-unit for every message id the elements use', async () => {
    const ids = new Set((await units()).map((unit) => unit.id));
    const sources = [
      '../../src/elements/article-view/article-view.ts',
      '../../src/elements/related-links/related-links.ts',
      '../../src/elements/shared/issue-messages.ts',
    ];
    const used = new Set<string>();
    for (const source of sources) {
      const code = await (await fetch(new URL(source, import.meta.url))).text();
      for (const match of code.matchAll(/\bid:\s*["']([a-z]+(?:\.[a-z-]+)+)["']/g)) {
        used.add(match[1]);
      }
    }
    expect(used.size).to.be.greaterThan(20);
    expect(
      [...used].filter((id) => !ids.has(id)),
      'ids missing from the XLIFF',
    ).to.deep.equal([]);
  });
});
