/**
 * article-elements/ssr: server rendering for Node. The article's text is in the HTML before any
 * script runs; load `article-elements/hydrate.js` (or `cdn/hydrate.js`) on the page to make the
 * elements live without re-creating their DOM.
 */
export {renderArticle, type RenderArticleOptions, type RenderedArticle} from './render-article.js';
export {
  renderArticlePage,
  describeArticle,
  type RenderPageOptions,
  type RenderedPage,
} from './render-page.js';
export {articleJsonLd, jsonLdScriptText, type ArticleJsonLd} from '../model/json-ld.js';
