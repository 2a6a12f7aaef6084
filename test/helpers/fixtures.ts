import type {Article, Block} from '../../src/model/article.js';

/** Loads a file from the project's fixtures/ folder (served by the test runner). */
export async function fixtureText(name: string): Promise<string> {
  const response = await fetch(new URL(`../../fixtures/${name}`, import.meta.url));
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return response.text();
}

export async function seedArticle(locale: 'zh' | 'en'): Promise<Article> {
  return JSON.parse(await fixtureText(`seed-article.${locale}.json`)) as Article;
}

export async function seedText(locale: 'zh' | 'en'): Promise<string> {
  return fixtureText(`seed-article.${locale}.txt`);
}

/**
 * `count` sections, each with a paragraph (`textRepeat` sentences) and a sub-section (`detailRepeat`
 * words): an article long enough for the page to scroll, for contents and back-to-top tests.
 */
export function sectionsWithParts(
  count: number,
  textRepeat: number,
  detailRepeat: number,
): Block[] {
  const body: Block[] = [];
  for (let i = 1; i <= count; i += 1) {
    body.push({
      type: 'section',
      heading: `Section ${i}`,
      body: [
        {type: 'paragraph', text: `Text of section ${i}. `.repeat(textRepeat)},
        {
          type: 'section',
          heading: `Part ${i}.1`,
          body: [{type: 'paragraph', text: 'Detail. '.repeat(detailRepeat)}],
        },
      ],
    });
  }
  return body;
}
