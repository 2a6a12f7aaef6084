import seedEn from '../../fixtures/seed-article.en.json';
import seedZh from '../../fixtures/seed-article.zh.json';
import type {Article, Block, RelatedLink} from '../../src/model/article.js';

/** The seed article, as imported from ../shared/fixtures by `npm run import-seed`. */
export const seedArticleZh = seedZh as Article;
export const seedArticleEn = seedEn as Article;

export const shortArticle: Article = {
  title: 'A short note',
  published: '2025-07-16',
  lang: 'en',
  body: [{type: 'paragraph', text: 'One paragraph is an article too.'}],
};

/** Every block type, sections nested eight deep (past <h6>). */
export const everyBlockArticle: Article = {
  title: 'Every block type',
  published: '2025-07-16T15:00:09+08:00',
  updated: '2025-08-01T09:30:00+08:00',
  timeZone: 'Asia/Shanghai',
  author: 'Editorial team',
  summary: 'Paragraphs, lists, quotes and sections nested to any depth.',
  lang: 'en',
  body: [
    {type: 'paragraph', text: 'A paragraph before the first section.'},
    {type: 'list', ordered: false, items: ['An unordered item', 'Another one']},
    {type: 'list', ordered: true, items: ['First', 'Second', 'Third']},
    {type: 'quote', text: 'Data is never HTML.', cite: 'The brief'},
    nested(1, 8),
  ],
};

function nested(depth: number, max: number): Block {
  const body: Block[] = [{type: 'paragraph', text: `Text at depth ${depth}.`}];
  if (depth < max) body.push(nested(depth + 1, max));
  return {type: 'section', heading: `Level ${depth}`, body};
}

/** About `sections` top-level sections with two subsections each. */
export function longArticle(sections: number, lang = 'en'): Article {
  const body: Block[] = [];
  for (let i = 1; i <= sections; i += 1) {
    body.push({
      type: 'section',
      heading: `Section ${i}`,
      body: [
        {type: 'paragraph', text: `Opening paragraph of section ${i}. `.repeat(6)},
        {
          type: 'section',
          heading: `First part of ${i}`,
          body: [{type: 'paragraph', text: 'Detail.'}],
        },
        {
          type: 'section',
          heading: `Second part of ${i}`,
          body: [{type: 'paragraph', text: 'More.'}],
        },
      ],
    });
  }
  return {title: `A long article (${sections} sections)`, lang, body};
}

export function manyLinks(count: number): RelatedLink[] {
  return Array.from({length: count}, (_, i) => ({
    title: `Related article ${i + 1}`,
    href: `/articles/${i + 1}`,
  }));
}

/** Markup and script URLs in every string field: all of it must show as inert text. */
const payload = '<img src=x onerror="window.__storyXss=1"><b>bold?</b>';
export const markupArticle: Article = {
  title: `Title ${payload}`,
  author: `Author ${payload}`,
  summary: `Summary ${payload}`,
  lang: 'en',
  body: [
    {type: 'paragraph', text: `Paragraph <script>window.__storyXss=1</script>`},
    {type: 'section', heading: `Heading ${payload}`, body: [{type: 'list', items: [payload]}]},
    {type: 'quote', text: payload, cite: payload},
  ],
  related: [
    {title: 'javascript: link', href: 'javascript:window.__storyXss=1'},
    {title: 'Obfuscated link', href: ' JaVa\tScRiPt:window.__storyXss=1'},
    {title: 'data: link', href: 'data:text/html,<script>window.__storyXss=1</script>'},
    {title: `Markup title ${payload}`, href: 'https://example.com/safe'},
  ],
};
