/**
 * Parsing and validation as the library's API offers it: `validate.ts`, with malformed JSON
 * placed at its line and column. (The elements use `validate.ts` itself, and place it only when
 * they show the problem.)
 */
import type {ArticleModel} from './article-model.js';
import {parseJsonText} from './json-text.js';
import type {RelatedLinkModel} from './related-links.js';
import {validateArticle, validateRelatedLinks, type ParseResult} from './validate.js';

export {LIMITS, MAX_SECTION_DEPTH, type ParseResult} from './validate.js';

/**
 * Validates and normalizes an article: an object, or its JSON text. Never throws for bad data;
 * the first problem comes back as `error`, with the path to it (for malformed JSON, its line and
 * column).
 */
export function parseArticle(input: unknown): ParseResult<ArticleModel> {
  return validateArticle(input, parseJsonText);
}

/** Validates a related-links list: an array of `{title, href?}`, or its JSON text. */
export function parseRelatedLinks(input: unknown): ParseResult<RelatedLinkModel[]> {
  return validateRelatedLinks(input, parseJsonText);
}
