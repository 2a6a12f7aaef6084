/**
 * Article JSON, version 1: the input format, as authors write it.
 * `article.schema.json` describes the same shape; a test keeps the two in agreement.
 */
export interface Article {
  /** The article's title. Required, non-empty. */
  title: string;
  /** RFC 3339 date-time (`2025-07-16T15:00:09+08:00`) or a date (`2025-07-16`). */
  published?: string;
  /** When the article was last changed; same form as `published`. */
  updated?: string;
  /** IANA time zone the dates are shown in; a date-time without an offset is read in it. */
  timeZone?: string;
  author?: string;
  /** BCP 47 language tag of the content, e.g. `zh-Hans` or `en`. */
  lang?: string;
  summary?: string;
  body: Block[];
  related?: RelatedLink[];
}

/** The article's fields that hold one string: all but `body` and `related`. */
export const ARTICLE_TEXT_FIELDS = [
  'title',
  'published',
  'updated',
  'timeZone',
  'author',
  'lang',
  'summary',
] as const satisfies readonly (keyof Article)[];

export type Block = ParagraphBlock | SectionBlock | ListBlock | QuoteBlock;

export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
}

export interface SectionBlock {
  type: 'section';
  /** The heading as written, without a number: the element numbers sections. */
  heading: string;
  /** A stable id for links into the section; derived from its number when absent. */
  id?: string;
  body: Block[];
}

export interface ListBlock {
  type: 'list';
  ordered?: boolean;
  items: string[];
}

export interface QuoteBlock {
  type: 'quote';
  text: string;
  cite?: string;
}

export interface RelatedLink {
  title: string;
  href?: string;
}
