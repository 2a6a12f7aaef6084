/** The article data model: types, parsing and validation, pure functions with no DOM. */
export type {
  Article,
  Block,
  ParagraphBlock,
  SectionBlock,
  ListBlock,
  QuoteBlock,
  RelatedLink,
} from './article.js';
export type {
  ArticleModel,
  BlockModel,
  SectionModel,
  ParagraphModel,
  ListModel,
  QuoteModel,
} from './article-model.js';
export type {Issue, IssueCode} from './issues.js';
export type {ArticleDate} from './dates.js';
export type {RelatedLinkModel} from './related-links.js';
export type {NumberingStyle} from './numbering.js';
export {
  parseArticle,
  parseRelatedLinks,
  LIMITS,
  MAX_SECTION_DEPTH,
  type ParseResult,
} from './parse.js';
export {parseArticleDate, formatArticleDate, isValidTimeZone} from './dates.js';
export {safeHref, normalizedHref, leavesSite} from './url-safety.js';
export {dedupeLinks} from './related-links.js';
export {sectionNumber, numberingStyleFor, chineseNumeral} from './numbering.js';
export {countText, readingMinutes} from './reading-time.js';
export {articleOutline, type OutlineEntry} from './outline.js';
