import type {ArticleDate} from './dates.js';
import type {RelatedLinkModel} from './related-links.js';

/**
 * The validated, normalized article the elements render. Built only by `validateArticle` (which
 * `parseArticle` calls); elements read it and never change it.
 */
export interface ArticleModel {
  title: string;
  published?: ArticleDate;
  updated?: ArticleDate;
  timeZone?: string;
  author?: string;
  /** Canonical BCP 47 tag of the content. */
  lang?: string;
  summary?: string;
  body: BlockModel[];
  /** Every section in document order, nested ones included (for contents and deep links). */
  sections: SectionModel[];
  /** Present when the data has `related`; unsafe hrefs already removed. */
  related?: RelatedLinkModel[];
  readingMinutes: number;
}

export type BlockModel = ParagraphModel | SectionModel | ListModel | QuoteModel;

export interface ParagraphModel {
  type: 'paragraph';
  text: string;
}

export interface SectionModel {
  type: 'section';
  heading: string;
  /** Unique within the article: the data's id, or `sec-` + the section's number (`sec-1-2`). */
  id: string;
  /** 1-based position at each level, from the top: `[1, 2]` is section 1.2. */
  numbers: number[];
  body: BlockModel[];
}

export interface ListModel {
  type: 'list';
  ordered: boolean;
  items: string[];
}

export interface QuoteModel {
  type: 'quote';
  text: string;
  cite?: string;
}
