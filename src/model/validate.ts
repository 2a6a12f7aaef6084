import type {ARTICLE_TEXT_FIELDS} from './article.js';
import type {ArticleModel, BlockModel, SectionModel} from './article-model.js';
import {parseArticleDate, isValidTimeZone, type ArticleDate} from './dates.js';
import {IssueError, type Issue, type IssueCode} from './issues.js';
import {addCounts, countText, readingMinutes} from './reading-time.js';
import type {RelatedLinkModel} from './related-links.js';
import {safeHref} from './url-safety.js';

/** Either the value, or the first error; warnings (skipped blocks, dropped URLs…) in both cases. */
export type ParseResult<T> =
  {ok: true; value: T; warnings: Issue[]} | {ok: false; error: Issue; warnings: Issue[]};

/** Sections nest at most this deep; deeper data is an error rather than a stack overflow. */
export const MAX_SECTION_DEPTH = 32;
// The limits one by one, so that bundlers put the numbers where they are used, and leave out
// the object when nothing else reads it.
const INPUT_LENGTH = 16 * 1024 * 1024;
const STRING_LENGTH = 1024 * 1024;
const BLOCKS = 100_000;
const LINKS = 100_000;
const WARNINGS = 100;

/**
 * Limits on untrusted input, so that hostile data gives an error instead of freezing the page.
 * Lengths count UTF-16 code units, as JavaScript strings do. Generous: a 10 MB article parses.
 */
export const LIMITS = {
  /** JSON text given as a string (an attribute, or a property set to text). */
  inputLength: INPUT_LENGTH,
  /** Any one string in the data: a title, a paragraph, a URL. */
  stringLength: STRING_LENGTH,
  /** Blocks of the body, at every depth, plus the items of its lists. */
  blocks: BLOCKS,
  /** Entries of a related-links list. */
  links: LINKS,
  /** Warnings reported one by one; the rest are counted in one `more-warnings` warning. */
  warnings: WARNINGS,
} as const;

// Written out rather than spread from ARTICLE_TEXT_FIELDS (the type keeps the two the same): a
// spread is code a bundler keeps, and with it the list, in a page that only reads related links.
const ARTICLE_FIELDS = new Set<string>([
  'title',
  'published',
  'updated',
  'timeZone',
  'author',
  'lang',
  'summary',
  'body',
  'related',
] satisfies [...typeof ARTICLE_TEXT_FIELDS, 'body', 'related']);
const BLOCK_FIELDS: Record<string, Set<string>> = {
  paragraph: new Set(['type', 'text']),
  section: new Set(['type', 'heading', 'id', 'body']),
  list: new Set(['type', 'ordered', 'items']),
  quote: new Set(['type', 'text', 'cite']),
};
const LINK_FIELDS = new Set(['title', 'href']);

type JsonObject = Record<string, unknown>;
type Key = string | number;

/** A surrogate pair, or a lone half. Linear: each match is one or two code units. */
const SURROGATES = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

// isWellFormed and toWellFormed are ES2024 (Chrome 111, Firefox 119, Safari 16.4); older browsers
// get the same answer from SURROGATES. Well-formed text (nearly all) is kept as it is, the same
// string: toWellFormed would copy it, and the model would hold a second copy of every text.
const toWellFormed = (text: string): string =>
  text.isWellFormed
    ? text.isWellFormed()
      ? text
      : text.toWellFormed()
    : text.replace(SURROGATES, (match) => (match[1] ? match : '\uFFFD'));

/** The path of `key` inside `path`: `at('body[3]', 'heading')` is `body[3].heading`. */
const at = (path: string, key: Key): string =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

function own(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** Warnings so far: the first `WARNINGS`, and a count of the rest. */
interface Warnings {
  list: Issue[];
  unreported: number;
}

// The readers below take the data's place as a `path` and a `key` in it (the root is '', ''),
// and build its text only for an issue.

function issue(path: string, key: Key, code: IssueCode, value?: string): Issue {
  return {code, path: at(path, key), ...(value !== undefined && {value})};
}

/** Stops the walk at the first error. */
function fail(path: string, key: Key, code: IssueCode, value?: string): never {
  throw new IssueError(issue(path, key, code, value));
}

function warn(w: Warnings, path: string, key: Key, code: IssueCode, value?: string): void {
  if (w.list.length < WARNINGS) w.list.push(issue(path, key, code, value));
  else w.unreported += 1;
}

/** The object, after warning about each field not in `known`. */
function object(
  w: Warnings,
  value: unknown,
  path: string,
  key: Key,
  known?: Set<string>,
): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(path, key, 'expected-object');
  }
  if (known) {
    for (const field of Object.keys(value)) {
      if (!known.has(field)) warn(w, at(path, key), field, 'unknown-field');
    }
  }
  return value as JsonObject;
}

/**
 * The array, to be read at every index: with `Array.from` or an index loop, never `map` or
 * `forEach`, which skip the holes of a sparse array (set from script), leaving them unchecked.
 */
function array(value: unknown, path: string, key: Key): unknown[] {
  if (value === undefined) fail(path, key, 'required');
  if (!Array.isArray(value)) fail(path, key, 'expected-array');
  return value;
}

/**
 * A required string; `nonEmpty` also refuses one that is only white space. A lone surrogate
 * (half of a broken character) is replaced by U+FFFD with a warning, so the rest still shows.
 */
function string(w: Warnings, value: unknown, path: string, key: Key, nonEmpty?: boolean): string {
  if (value === undefined) fail(path, key, 'required');
  if (typeof value !== 'string') {
    fail(path, key, nonEmpty ? 'expected-non-empty-string' : 'expected-string');
  }
  if (value.length > STRING_LENGTH) {
    fail(path, key, 'too-long', String(STRING_LENGTH));
  }
  if (nonEmpty && value.trim() === '') fail(path, key, 'expected-non-empty-string');
  const wellFormed = toWellFormed(value);
  if (wellFormed !== value) warn(w, path, key, 'lone-surrogate');
  return wellFormed;
}

function optionalString(w: Warnings, value: unknown, path: string, key: Key): string | undefined {
  return value === undefined ? value : string(w, value, path, key);
}

function readLinks(w: Warnings, value: unknown, path: string, key: Key): RelatedLinkModel[] {
  const items = array(value, path, key);
  if (items.length > LINKS) fail(path, key, 'too-many-links', String(LINKS));
  path = at(path, key);
  return Array.from(items, (item, index) => {
    const link = object(w, item, path, index, LINK_FIELDS);
    const linkPath = at(path, index);
    const title = string(w, own(link, 'title'), linkPath, 'title', true);
    const href = optionalString(w, own(link, 'href'), linkPath, 'href');
    const safe = href === undefined ? href : safeHref(href);
    if (safe === null) warn(w, linkPath, 'href', 'unsafe-url', href);
    // `safeHref` never returns an empty string.
    return safe ? {title, href: safe} : {title};
  });
}

function readArticle(w: Warnings, data: unknown): ArticleModel {
  /** Every section, in document order. */
  const sections: SectionModel[] = [];
  const ids = new Set<string>();
  /** Blocks and list items read so far, against `BLOCKS`. */
  let blockCount = 0;
  let text = countText('');

  /** `value`, after adding it to the reading time. */
  function counted(value: string): string {
    text = addCounts(text, countText(value));
    return value;
  }

  function countBlocks(n: number, path: string, key: Key): void {
    blockCount += n;
    if (blockCount > BLOCKS) fail(path, key, 'too-many-blocks', String(BLOCKS));
  }

  /** The blocks of a body, numbering its sections after `numbers` and giving each a unique id. */
  function blocks(value: unknown, path: string, key: Key, numbers: number[]): BlockModel[] {
    if (numbers.length > MAX_SECTION_DEPTH) fail(path, key, 'too-deep');
    const items = array(value, path, key);
    countBlocks(items.length, path, key);
    path = at(path, key);
    const models: BlockModel[] = [];
    let sectionCount = 0;
    for (let index = 0; index < items.length; index += 1) {
      const block = object(w, items[index], path, index);
      const blockPath = at(path, index);
      const type = own(block, 'type');
      if (type === undefined) fail(blockPath, 'type', 'required');
      if (typeof type !== 'string') fail(blockPath, 'type', 'expected-string');
      if (!Object.hasOwn(BLOCK_FIELDS, type)) {
        warn(w, path, index, 'unknown-block', type);
        continue;
      }
      object(w, block, path, index, BLOCK_FIELDS[type]);
      if (type === 'paragraph') {
        models.push({type, text: counted(string(w, own(block, 'text'), blockPath, 'text'))});
      } else if (type === 'list') {
        const ordered = own(block, 'ordered');
        if (ordered !== undefined && typeof ordered !== 'boolean') {
          fail(blockPath, 'ordered', 'expected-boolean');
        }
        const values = array(own(block, 'items'), blockPath, 'items');
        countBlocks(values.length, blockPath, 'items');
        const itemsPath = at(blockPath, 'items');
        const items = Array.from(values, (item, i) => counted(string(w, item, itemsPath, i)));
        models.push({type, ordered: ordered ?? false, items});
      } else if (type === 'quote') {
        const text = counted(string(w, own(block, 'text'), blockPath, 'text'));
        const cite = optionalString(w, own(block, 'cite'), blockPath, 'cite');
        models.push(cite === undefined ? {type, text} : {type, text, cite});
      } else {
        const heading = counted(string(w, own(block, 'heading'), blockPath, 'heading', true));
        const sectionNumbers = [...numbers, ++sectionCount];
        const given = own(block, 'id');
        // A derived id (`sec-1-2`) never holds white space.
        const id =
          given === undefined
            ? `sec-${sectionNumbers.join('-')}`
            : string(w, given, blockPath, 'id', true);
        if (/\s/.test(id)) fail(blockPath, 'id', 'invalid-id', id);
        // The suffix is `_2`, `_3`…: never one that reads as a derived id (`sec-2-2` is 2.2).
        let unique = id;
        let n = 1;
        while (ids.has(unique)) unique = `${id}_${++n}`;
        if (n > 1) {
          // At the data's id; for a derived id, which the data cannot show, at the section.
          if (given === undefined) warn(w, path, index, 'duplicate-id', id);
          else warn(w, blockPath, 'id', 'duplicate-id', id);
        }
        ids.add(unique);
        const section: SectionModel = {
          type: 'section',
          heading,
          id: unique,
          numbers: sectionNumbers,
          body: [],
        };
        // Registered before its children so `sections` lists them in document order.
        sections.push(section);
        section.body = blocks(own(block, 'body'), blockPath, 'body', sectionNumbers);
        models.push(section);
      }
    }
    return models;
  }

  const root = object(w, data, '', '', ARTICLE_FIELDS);
  const field = (key: string) => optionalString(w, own(root, key), '', key);
  const date = (key: string): ArticleDate | undefined => {
    const text = field(key);
    if (text === undefined) return text;
    const result = parseArticleDate(text.trim(), timeZone);
    if (!result.ok) {
      fail('', key, result.reason === 'needs-zone' ? 'date-needs-time-zone' : 'invalid-date', text);
    }
    return result.date;
  };

  const title = counted(string(w, own(root, 'title'), '', 'title', true));
  const timeZone = field('timeZone');
  if (timeZone !== undefined && !isValidTimeZone(timeZone)) {
    fail('', 'timeZone', 'invalid-time-zone', timeZone);
  }
  const published = date('published');
  const updated = date('updated');
  const author = field('author');
  const summary = field('summary');
  let lang = field('lang');
  if (lang !== undefined) {
    try {
      lang = Intl.getCanonicalLocales(lang)[0];
    } catch {
      fail('', 'lang', 'invalid-lang', lang);
    }
  }
  if (summary !== undefined) counted(summary);
  const body = blocks(own(root, 'body'), '', 'body', []);
  const relatedValue = own(root, 'related');
  const related =
    relatedValue === undefined ? relatedValue : readLinks(w, relatedValue, '', 'related');

  const article: ArticleModel = {title, body, sections, readingMinutes: readingMinutes(text)};
  if (published) article.published = published;
  if (updated) article.updated = updated;
  if (timeZone !== undefined) article.timeZone = timeZone;
  if (author !== undefined) article.author = author;
  if (lang !== undefined) article.lang = lang;
  if (summary !== undefined) article.summary = summary;
  if (related) article.related = related;
  return article;
}

/** `JSON.parse`; a syntax error becomes a `json-syntax` issue that keeps the text. */
function parseJsonKeepingText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new IssueError({code: 'json-syntax', path: '', source: text});
  }
}

/**
 * Reads `input` (data, or its JSON text parsed by `parseJson`) with `read`: the value or the
 * first error, and warnings.
 */
function run<T>(
  input: unknown,
  read: (w: Warnings, data: unknown) => T,
  parseJson: (text: string) => unknown,
): ParseResult<T> {
  const w: Warnings = {list: [], unreported: 0};
  let result: {ok: true; value: T} | {ok: false; error: Issue};
  try {
    const data =
      typeof input !== 'string'
        ? input
        : // Checked before parsing: a 100 MB attribute must not freeze the page in JSON.parse.
          input.length > INPUT_LENGTH
          ? fail('', '', 'too-large', String(INPUT_LENGTH))
          : parseJson(input);
    result = {ok: true, value: read(w, data)};
  } catch (error) {
    // Anything but an IssueError came from the data itself (a getter or Proxy that throws,
    // nesting too deep to walk): report it like any other bad input instead of throwing into
    // the page.
    result = {
      ok: false,
      error: error instanceof IssueError ? error.issue : {code: 'unreadable', path: ''},
    };
  }
  const warnings = w.list;
  if (w.unreported) warnings.push({code: 'more-warnings', path: '', value: String(w.unreported)});
  return {...result, warnings};
}

/*
 * Malformed JSON comes back as a `json-syntax` issue that keeps the text (`source`), for the
 * elements' problem messages to place: the scanner that finds its line and column then loads
 * with the messages, only on a page with bad data. `parse.ts` places it at once for everyone else.
 */

/**
 * Validates and normalizes an article: an object, or its JSON text (parsed by `parseJson`). Never
 * throws for bad data; the first problem comes back as `error`, with the path to it.
 */
export function validateArticle(
  input: unknown,
  parseJson = parseJsonKeepingText,
): ParseResult<ArticleModel> {
  return run(input, readArticle, parseJson);
}

/** Validates a related-links list: an array of `{title, href?}`, or its JSON text. */
export function validateRelatedLinks(
  input: unknown,
  parseJson = parseJsonKeepingText,
): ParseResult<RelatedLinkModel[]> {
  return run(input, (w, data) => readLinks(w, data, '', ''), parseJson);
}
