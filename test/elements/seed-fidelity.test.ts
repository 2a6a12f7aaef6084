/**
 * The seed article, imported to JSON and rendered, must read exactly like the original page:
 * the expected text comes from the seed .txt files, so these tests check the whole chain
 * (import, model, numbering, rendering) rather than the JSON alone.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/article-view.js';
import type {ArticleView} from '../../src/article-view.js';
import type {RelatedLinks} from '../../src/related-links.js';
import {restoreLocale, settled, shadow, useLocale} from '../helpers/elements.js';
import {seedArticle, seedText} from '../helpers/fixtures.js';

type Kind = 'title' | 'heading' | 'paragraph';

interface SeedLine {
  kind: Kind;
  text: string;
  /** For headings: 1 for `一、…` / `1. …`, 2 for `1.1 …`, and so on. */
  depth?: number;
}

interface SeedPage {
  lines: SeedLine[];
  published: {label: string; date: string; time: string};
  relatedLabel: string;
  relatedTitles: string[];
}

const PUBLISHED = /^(发布时间|Published)\s*[:：]\s*(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/;
const TOP_HEADING = /^(?:[一二三四五六七八九十]+、|\d+\.\s)/;
const NESTED_HEADING = /^(\d+(?:\.\d+)+)\s/;
const RELATED = /^(相关内容|Related content)\s*[:：]$/;
const BACK_TO_TOP = /^To Top$/;

/** Reads the seed page as a reader sees it: title, meta line, blocks, related titles. */
function readSeedPage(text: string): SeedPage {
  const all = text.split(/\r?\n/);
  const lines: SeedLine[] = [];
  let published: SeedPage['published'] | undefined;
  let relatedLabel: string | undefined;
  const relatedTitles: string[] = [];
  for (const line of all) {
    if (line.trim() === '') continue;
    if (BACK_TO_TOP.test(line)) break;
    if (relatedLabel !== undefined) {
      relatedTitles.push(line);
      continue;
    }
    const related = RELATED.exec(line);
    if (related) {
      relatedLabel = related[1];
      continue;
    }
    const date = PUBLISHED.exec(line);
    if (date && published === undefined) {
      published = {label: date[1], date: date[2], time: date[3]};
      continue;
    }
    if (lines.length === 0) {
      lines.push({kind: 'title', text: line});
    } else if (TOP_HEADING.test(line)) {
      lines.push({kind: 'heading', text: line, depth: 1});
    } else if (NESTED_HEADING.test(line)) {
      lines.push({
        kind: 'heading',
        text: line,
        depth: NESTED_HEADING.exec(line)![1].split('.').length,
      });
    } else {
      lines.push({kind: 'paragraph', text: line});
    }
  }
  if (!published || relatedLabel === undefined) throw new Error('unexpected seed page layout');
  return {lines, published, relatedLabel, relatedTitles};
}

/** The first occurrence of each title, in order. */
function firstOccurrences(titles: string[]): string[] {
  return titles.filter((title, index) => titles.indexOf(title) === index);
}

const cases = [
  {
    seed: 'zh',
    locale: 'zh-Hans',
    lang: 'zh-Hans',
    date: /2025年7月16日.*15:00/,
  },
  {
    seed: 'en',
    locale: 'en',
    lang: 'en',
    date: /July 16, 2025.*3:00\s?PM/,
  },
] as const;

for (const {seed, locale, lang, date} of cases) {
  describe(`seed fidelity (${seed})`, () => {
    let page: SeedPage;
    let el: ArticleView;

    before(async () => {
      page = readSeedPage(await seedText(seed));
    });

    beforeEach(async () => {
      await useLocale(locale);
      el = await fixture<ArticleView>(
        html`<article-view .article=${await seedArticle(seed)}></article-view>`,
      );
      await settled(el);
    });

    afterEach(restoreLocale);

    it('reads the seed page as expected (sanity check of the .txt parsing)', () => {
      const kinds = page.lines.map((line) => line.kind);
      expect(kinds[0]).to.equal('title');
      expect(kinds.filter((kind) => kind === 'heading')).to.have.length.greaterThan(5);
      expect(kinds.filter((kind) => kind === 'paragraph')).to.have.length.greaterThan(5);
      expect(page.relatedTitles).to.have.length(100);
    });

    it('renders every title, heading and paragraph line, in order, character for character', () => {
      const root = shadow(el);
      expect(root.querySelector('article')!.getAttribute('lang')).to.equal(lang);
      const rendered = Array.from(
        root.querySelectorAll<HTMLElement>(
          '[part="title"], [part="body"] [part="heading"], [part="body"] [part="paragraph"]',
        ),
        (element): SeedLine => ({
          kind: element.getAttribute('part') as Kind,
          text: element.textContent ?? '',
        }),
      );
      const expected = page.lines.map(({kind, text}) => ({kind, text}));
      // Compare line by line first, for a readable failure…
      for (let i = 0; i < Math.max(expected.length, rendered.length); i += 1) {
        expect(rendered[i], `line ${i + 1}`).to.deep.equal(expected[i]);
      }
      // …and as a whole, so nothing is missing or extra.
      expect(rendered).to.deep.equal(expected);
    });

    it('renders nothing in the body beyond those lines', () => {
      const body = shadow(el).querySelector('[part="body"]')!;
      const texts: string[] = [];
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.textContent!.trim() !== '') texts.push(node.textContent!);
      }
      const expected = page.lines.filter((line) => line.kind !== 'title').map((line) => line.text);
      expect(texts.join('')).to.equal(expected.join(''));
    });

    it('gives each heading the level its number implies', () => {
      const headings = Array.from(
        shadow(el).querySelectorAll<HTMLElement>('[part="body"] [part="heading"]'),
      );
      const expected = page.lines.filter((line) => line.kind === 'heading');
      expect(headings.map((h) => h.localName)).to.deep.equal(
        expected.map((line) => `h${line.depth! + 1}`),
      );
      expect(shadow(el).querySelector('[part="title"]')!.localName).to.equal('h1');
    });

    it('shows the publish time of the seed page, in its locale', () => {
      const time = shadow(el).querySelector('time[part="published"]')!;
      const {label, date: day, time: clock} = page.published;
      expect(time.getAttribute('datetime')).to.equal(`${day}T${clock}+08:00`);
      expect(time.textContent).to.match(date);
      expect(time.parentElement!.textContent!.trim().startsWith(label)).to.equal(true);
    });

    it('shows the related titles without the two repeated ones: 98 of 100', async () => {
      const related = shadow(el).querySelector<RelatedLinks>('related-links')!;
      await settled(related);
      const root = shadow(related);
      expect(root.querySelector('[part="heading"]')!.textContent).to.equal(page.relatedLabel);
      const titles = Array.from(root.querySelectorAll('li'), (li) => li.textContent);
      const expected = firstOccurrences(page.relatedTitles);
      expect(expected).to.have.length(98);
      expect(titles).to.deep.equal(expected);
      // The seed's related titles have no links: each is plain text.
      expect(root.querySelectorAll('a').length).to.equal(0);
    });

    it('shows all 100 related titles, repeats included, with keep-duplicates', async () => {
      const {related} = await seedArticle(seed);
      const list = await fixture<RelatedLinks>(
        html`<related-links keep-duplicates .links=${related}></related-links>`,
      );
      await settled(list);
      const titles = Array.from(shadow(list).querySelectorAll('li'), (li) => li.textContent);
      expect(titles).to.have.length(100);
      expect(titles).to.deep.equal(page.relatedTitles);
      list.keepDuplicates = false;
      await settled(list);
      expect(shadow(list).querySelectorAll('li').length).to.equal(98);
    });
  });
}
