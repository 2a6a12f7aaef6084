import type {ArticleModel} from '../model/article-model.js';
import {escapeHtml} from './escape.js';
import {renderArticle, type RenderArticleOptions, type RenderedArticle} from './render-article.js';

export interface RenderPageOptions extends RenderArticleOptions {
  /**
   * Module scripts to load, e.g. the hydrating bundle `article-elements/cdn/hydrate.js` served by
   * your site. None by default: the page is complete without JavaScript.
   */
  scripts?: string[];
  /** Stylesheets to link. */
  stylesheets?: string[];
}

export interface RenderedPage extends RenderedArticle {
  /** A whole HTML document: `<html lang>`, `<title>`, description, JSON-LD and the article. */
  page: string;
}

const DESCRIPTION_LENGTH = 160;

/** The summary, else the start of the first paragraph, cut at about 160 characters. */
export function describeArticle(article: ArticleModel): string | undefined {
  if (article.summary !== undefined && article.summary.trim() !== '') return article.summary.trim();
  const first = firstParagraph(article.body);
  if (first === undefined) return undefined;
  const text = first.replace(/\s+/g, ' ').trim();
  const chars = Array.from(text);
  return chars.length <= DESCRIPTION_LENGTH
    ? text
    : `${chars.slice(0, DESCRIPTION_LENGTH - 1).join('')}…`;
}

function firstParagraph(blocks: ArticleModel['body']): string | undefined {
  for (const block of blocks) {
    if (block.type === 'paragraph' && block.text.trim() !== '') return block.text;
    if (block.type === 'section') {
      const inner = firstParagraph(block.body);
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}

/** Renders a complete, indexable HTML page around the server-rendered article. */
export async function renderArticlePage(
  input: unknown,
  options: RenderPageOptions = {},
): Promise<RenderedPage> {
  const rendered = await renderArticle(input, options);
  const article = rendered.article;
  const lang = article?.lang ?? rendered.locale;
  const description = article ? describeArticle(article) : undefined;
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(article?.title ?? 'Article')}</title>`,
    description !== undefined
      ? `<meta name="description" content="${escapeHtml(description)}">`
      : '',
    ...(options.stylesheets ?? []).map(
      (href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`,
    ),
    rendered.jsonLd,
    ...(options.scripts ?? []).map(
      (src) => `<script type="module" src="${escapeHtml(src)}"></script>`,
    ),
  ].filter((line) => line !== '');
  const page = `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
${head.join('\n')}
</head>
<body>
<main>
${rendered.html}
</main>
</body>
</html>
`;
  return {...rendered, page};
}
