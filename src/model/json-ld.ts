import type {ArticleModel} from './article-model.js';

/** schema.org `Article` data for search engines, from a validated article. */
export interface ArticleJsonLd {
  '@context': 'https://schema.org';
  '@type': 'Article';
  headline: string;
  datePublished?: string;
  dateModified?: string;
  author?: {'@type': 'Person'; name: string};
  inLanguage?: string;
  description?: string;
}

/**
 * The article as schema.org `Article`. Dates are the model's machine-readable values: a
 * date-time always carries its UTC offset (`2025-07-16T15:00:09+08:00`), a calendar day stays a day.
 */
export function articleJsonLd(article: ArticleModel): ArticleJsonLd {
  const data: ArticleJsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.title,
  };
  if (article.published) data.datePublished = article.published.datetime;
  if (article.updated) data.dateModified = article.updated.datetime;
  if (article.author !== undefined) data.author = {'@type': 'Person', name: article.author};
  if (article.lang !== undefined) data.inLanguage = article.lang;
  if (article.summary !== undefined) data.description = article.summary;
  return data;
}

/**
 * JSON for the inside of a `<script type="application/ld+json">`: `<`, `>` and `&` are escaped
 * as `\u003c`… so that no text in the data can close the script element or open a comment.
 */
export function jsonLdScriptText(data: ArticleJsonLd): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
