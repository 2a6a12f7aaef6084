import type {Article} from '../../src/model/article.js';

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
