import {ARTICLE_TEXT_FIELDS} from './article.js';
import type {ArticleModel, BlockModel, SectionModel} from './article-model.js';
import {parseArticleDate, isValidTimeZone, type ArticleDate} from './dates.js';
import {formatPath, IssueError, type DataPath, type Issue} from './issues.js';
import {parseJsonText} from './json-text.js';
import {addCounts, countText, readingMinutes, type TextCount} from './reading-time.js';
import type {RelatedLinkModel} from './related-links.js';
import {safeHref} from './url-safety.js';

/** Either the value, or the first error; warnings (skipped blocks, dropped URLs…) in both cases. */
export type ParseResult<T> =
  {ok: true; value: T; warnings: Issue[]} | {ok: false; error: Issue; warnings: Issue[]};

/** Sections nest at most this deep; deeper data is an error rather than a stack overflow. */
export const MAX_SECTION_DEPTH = 32;
/**
 * Limits on untrusted input, so that hostile data gives an error instead of freezing the page.
 * Lengths count UTF-16 code units, as JavaScript strings do. Generous: a 10 MB article parses.
 */
export const LIMITS = {
  /** JSON text given as a string (an attribute, or a property set to text). */
  inputLength: 16 * 1024 * 1024,
  /** Any one string in the data: a title, a paragraph, a URL. */
  stringLength: 1024 * 1024,
  /** Blocks of the body, at every depth, plus the items of its lists. */
  blocks: 100_000,
  /** Entries of a related-links list. */
  links: 100_000,
  /** Warnings reported one by one; the rest are counted in one `more-warnings` warning. */
  warnings: 100,
} as const;

const ARTICLE_FIELDS = new Set<string>([...ARTICLE_TEXT_FIELDS, 'body', 'related']);
const BLOCK_FIELDS: Record<string, Set<string>> = {
  paragraph: new Set(['type', 'text']),
  section: new Set(['type', 'heading', 'id', 'body']),
  list: new Set(['type', 'ordered', 'items']),
  quote: new Set(['type', 'text', 'cite']),
};
const LINK_FIELDS = new Set(['title', 'href']);

type JsonObject = Record<string, unknown>;

/** A surrogate pair, or a lone half. Linear: each match is one or two code units. */
const SURROGATES = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

// String.prototype.isWellFormed and toWellFormed are ES2024 (Chrome 111, Firefox 119, Safari
// 16.4); older browsers get the same answer from SURROGATES.
function isWellFormed(text: string): boolean {
  if (typeof text.isWellFormed === 'function') return text.isWellFormed();
  for (const [match] of text.matchAll(SURROGATES)) if (match.length === 1) return false;
  return true;
}

function toWellFormed(text: string): string {
  if (typeof text.toWellFormed === 'function') return text.toWellFormed();
  return text.replace(SURROGATES, (match) => (match.length === 2 ? match : '\uFFFD'));
}

/** Walks untrusted data once, collecting warnings and stopping at the first error. */
class Reader {
  readonly warnings: Issue[] = [];
  /** Warnings past `LIMITS.warnings`, reported as one count at the end. */
  private unreported = 0;

  fail(path: DataPath, code: Issue['code'], value?: string): never {
    throw new IssueError({code, path: formatPath(path), ...(value !== undefined ? {value} : {})});
  }

  warn(path: DataPath, code: Issue['code'], value?: string): void {
    if (this.warnings.length >= LIMITS.warnings) {
      this.unreported += 1;
      return;
    }
    this.warnings.push({code, path: formatPath(path), ...(value !== undefined ? {value} : {})});
  }

  /** All warnings, the ones past the limit as one count. */
  allWarnings(): Issue[] {
    if (this.unreported === 0) return this.warnings;
    return [...this.warnings, {code: 'more-warnings', path: '', value: String(this.unreported)}];
  }

  object(value: unknown, path: DataPath, known: Set<string>): JsonObject {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(path, 'expected-object');
    }
    for (const key of Object.keys(value)) {
      if (!known.has(key)) this.warn([...path, key], 'unknown-field');
    }
    return value as JsonObject;
  }

  array(value: unknown, path: DataPath): unknown[] {
    if (value === undefined) this.fail(path, 'required');
    if (!Array.isArray(value)) this.fail(path, 'expected-array');
    return value;
  }

  /**
   * A required string; `nonEmpty` also refuses one that is only white space. A lone surrogate
   * (half of a broken character) is replaced by U+FFFD with a warning, so the rest still shows.
   */
  string(value: unknown, path: DataPath, nonEmpty: boolean): string {
    if (value === undefined) this.fail(path, 'required');
    if (typeof value !== 'string') {
      this.fail(path, nonEmpty ? 'expected-non-empty-string' : 'expected-string');
    }
    if (value.length > LIMITS.stringLength) {
      this.fail(path, 'too-long', String(LIMITS.stringLength));
    }
    if (nonEmpty && value.trim() === '') this.fail(path, 'expected-non-empty-string');
    if (!isWellFormed(value)) {
      this.warn(path, 'lone-surrogate');
      return toWellFormed(value);
    }
    return value;
  }

  optionalString(value: unknown, path: DataPath): string | undefined {
    return value === undefined ? undefined : this.string(value, path, false);
  }

  optionalBoolean(value: unknown, path: DataPath): boolean | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean') this.fail(path, 'expected-boolean');
    return value;
  }
}

function own(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** Builds the section tree, numbering sections and giving each a unique id. */
class BodyBuilder {
  readonly sections: SectionModel[] = [];
  private readonly ids = new Set<string>();
  /** Blocks and list items read so far, against `LIMITS.blocks`. */
  private blockCount = 0;
  text: TextCount = {cjkCharacters: 0, words: 0};

  constructor(private readonly reader: Reader) {}

  count(text: string): void {
    this.text = addCounts(this.text, countText(text));
  }

  private countBlocks(n: number, path: DataPath): void {
    this.blockCount += n;
    if (this.blockCount > LIMITS.blocks)
      this.reader.fail(path, 'too-many-blocks', String(LIMITS.blocks));
  }

  blocks(value: unknown, path: DataPath, numbers: number[]): BlockModel[] {
    if (numbers.length > MAX_SECTION_DEPTH) this.reader.fail(path, 'too-deep');
    const items = this.reader.array(value, path);
    this.countBlocks(items.length, path);
    const blocks: BlockModel[] = [];
    let sectionCount = 0;
    items.forEach((item, index) => {
      const itemPath = [...path, index];
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        this.reader.fail(itemPath, 'expected-object');
      }
      const type = own(item as JsonObject, 'type');
      if (type === undefined) this.reader.fail([...itemPath, 'type'], 'required');
      if (typeof type !== 'string') this.reader.fail([...itemPath, 'type'], 'expected-string');
      if (!Object.hasOwn(BLOCK_FIELDS, type)) {
        this.reader.warn(itemPath, 'unknown-block', type);
        return;
      }
      const block = this.reader.object(item, itemPath, BLOCK_FIELDS[type]);
      if (type === 'section') sectionCount += 1;
      blocks.push(this.block(block, type, itemPath, [...numbers, sectionCount]));
    });
    return blocks;
  }

  private block(block: JsonObject, type: string, path: DataPath, numbers: number[]): BlockModel {
    const r = this.reader;
    switch (type) {
      case 'paragraph': {
        const text = r.string(own(block, 'text'), [...path, 'text'], false);
        this.count(text);
        return {type, text};
      }
      case 'list': {
        const ordered = r.optionalBoolean(own(block, 'ordered'), [...path, 'ordered']) ?? false;
        const itemValues = r.array(own(block, 'items'), [...path, 'items']);
        this.countBlocks(itemValues.length, [...path, 'items']);
        const items = itemValues.map((item, i) => r.string(item, [...path, 'items', i], false));
        items.forEach((item) => this.count(item));
        return {type, ordered, items};
      }
      case 'quote': {
        const text = r.string(own(block, 'text'), [...path, 'text'], false);
        const cite = r.optionalString(own(block, 'cite'), [...path, 'cite']);
        this.count(text);
        return cite === undefined ? {type, text} : {type, text, cite};
      }
      default: {
        const heading = r.string(own(block, 'heading'), [...path, 'heading'], true);
        const id = this.sectionId(own(block, 'id'), [...path, 'id'], numbers);
        this.count(heading);
        const section: SectionModel = {type: 'section', heading, id, numbers, body: []};
        // Registered before its children so `sections` lists them in document order.
        this.sections.push(section);
        section.body = this.blocks(own(block, 'body'), [...path, 'body'], numbers);
        return section;
      }
    }
  }

  private sectionId(value: unknown, path: DataPath, numbers: number[]): string {
    const r = this.reader;
    let id = `sec-${numbers.join('-')}`;
    if (value !== undefined) {
      const given = r.string(value, path, true);
      if (/\s/.test(given)) r.fail(path, 'invalid-id', given);
      id = given;
    }
    if (this.ids.has(id)) {
      r.warn(path, 'duplicate-id', id);
      let n = 2;
      while (this.ids.has(`${id}-${n}`)) n += 1;
      id = `${id}-${n}`;
    }
    this.ids.add(id);
    return id;
  }
}

function readDate(
  r: Reader,
  value: unknown,
  path: DataPath,
  timeZone: string | undefined,
): ArticleDate | undefined {
  const text = r.optionalString(value, path);
  if (text === undefined) return undefined;
  const result = parseArticleDate(text.trim(), timeZone);
  if (!result.ok)
    r.fail(path, result.reason === 'needs-zone' ? 'date-needs-time-zone' : 'invalid-date', text);
  return result.date;
}

function readLinks(r: Reader, value: unknown, path: DataPath): RelatedLinkModel[] {
  const items = r.array(value, path);
  if (items.length > LIMITS.links) r.fail(path, 'too-many-links', String(LIMITS.links));
  return items.map((item, index) => {
    const link = r.object(item, [...path, index], LINK_FIELDS);
    const title = r.string(own(link, 'title'), [...path, index, 'title'], true);
    const href = r.optionalString(own(link, 'href'), [...path, index, 'href']);
    if (href === undefined) return {title};
    const safe = safeHref(href);
    if (safe === null) {
      r.warn([...path, index, 'href'], 'unsafe-url', href);
      return {title};
    }
    return {title, href: safe};
  });
}

function readArticle(r: Reader, data: unknown): ArticleModel {
  const root = r.object(data, [], ARTICLE_FIELDS);
  const title = r.string(own(root, 'title'), ['title'], true);

  const timeZone = r.optionalString(own(root, 'timeZone'), ['timeZone']);
  if (timeZone !== undefined && !isValidTimeZone(timeZone)) {
    r.fail(['timeZone'], 'invalid-time-zone', timeZone);
  }
  const published = readDate(r, own(root, 'published'), ['published'], timeZone);
  const updated = readDate(r, own(root, 'updated'), ['updated'], timeZone);
  const author = r.optionalString(own(root, 'author'), ['author']);
  const summary = r.optionalString(own(root, 'summary'), ['summary']);

  let lang = r.optionalString(own(root, 'lang'), ['lang']);
  if (lang !== undefined) {
    try {
      lang = Intl.getCanonicalLocales(lang)[0];
    } catch {
      r.fail(['lang'], 'invalid-lang', lang);
    }
  }

  const builder = new BodyBuilder(r);
  builder.count(title);
  if (summary !== undefined) builder.count(summary);
  const body = builder.blocks(own(root, 'body'), ['body'], []);
  const relatedValue = own(root, 'related');
  const related = relatedValue === undefined ? undefined : readLinks(r, relatedValue, ['related']);

  const article: ArticleModel = {
    title,
    body,
    sections: builder.sections,
    readingMinutes: readingMinutes(builder.text),
  };
  if (published) article.published = published;
  if (updated) article.updated = updated;
  if (timeZone !== undefined) article.timeZone = timeZone;
  if (author !== undefined) article.author = author;
  if (lang !== undefined) article.lang = lang;
  if (summary !== undefined) article.summary = summary;
  if (related) article.related = related;
  return article;
}

function run<T>(input: unknown, read: (r: Reader, data: unknown) => T): ParseResult<T> {
  const reader = new Reader();
  try {
    if (typeof input === 'string' && input.length > LIMITS.inputLength) {
      // Checked before parsing: a 100 MB attribute must not freeze the page in JSON.parse.
      reader.fail([], 'too-large', String(LIMITS.inputLength));
    }
    const data = typeof input === 'string' ? parseJsonText(input) : input;
    const value = read(reader, data);
    return {ok: true, value, warnings: reader.allWarnings()};
  } catch (error) {
    if (error instanceof IssueError) {
      return {ok: false, error: error.issue, warnings: reader.allWarnings()};
    }
    // Anything else came from the data itself (a getter or Proxy that throws, nesting too deep
    // to walk): report it like any other bad input instead of throwing into the page.
    return {ok: false, error: {code: 'unreadable', path: ''}, warnings: reader.allWarnings()};
  }
}

/**
 * Validates and normalizes an article: an object, or its JSON text. Never throws for bad data;
 * the first problem comes back as `error`, with the path to it.
 */
export function parseArticle(input: unknown): ParseResult<ArticleModel> {
  return run(input, readArticle);
}

/** Validates a related-links list: an array of `{title, href?}`, or its JSON text. */
export function parseRelatedLinks(input: unknown): ParseResult<RelatedLinkModel[]> {
  return run(input, (r, data) => readLinks(r, data, []));
}
