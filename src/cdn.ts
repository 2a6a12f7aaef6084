/**
 * The self-contained file for a plain `<script type="module" src=".../article-elements.js">`:
 * defines every element and exports the locale API. Lit and the localize runtime are bundled in;
 * the Chinese translations and the problem messages are files beside it, fetched on demand.
 */
export {ArticleView} from './article-view.js';
export {RelatedLinks} from './related-links.js';
export {ArticleToc} from './article-toc.js';
export {BackToTop} from './back-to-top.js';
export {setLocale, getLocale} from './localization.js';
