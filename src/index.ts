/** article-elements: every element defined, plus the locale API, events and the data model. */
export {ArticleView} from './article-view.js';
export {RelatedLinks} from './related-links.js';
export {ArticleToc} from './article-toc.js';
export {BackToTop} from './back-to-top.js';
export {setLocale, getLocale, resolveLocale, type SupportedLocale} from './localization.js';
export {
  ArticleErrorEvent,
  ArticleWarningEvent,
  ArticleRenderEvent,
  type ArticleIssueDetail,
} from './events.js';
export type {Numbering} from './elements/article-view/article-view.js';
export * from './model/index.js';
