/**
 * Imports an article written in Markdown (CommonMark, with optional YAML front matter):
 *
 *     ---
 *     title: 爆通讯录为什么不催款了?     (else the first `# Heading` is the title)
 *     published: 2025-07-16T15:00:09+08:00
 *     timeZone: Asia/Shanghai
 *     lang: zh-Hans                    (also: updated, author, summary)
 *     ---
 *     Intro paragraph.
 *     ## 社会法律环境的变化              (top-level section; deeper headings nest inside)
 *     - list items, > quotes (a last line `— Someone` becomes the quote's `cite`)
 *     ## 相关链接                        (a section of only lists, under a RELATED_HEADINGS name)
 *     - [A title](https://example.com/a)   → related: [{title, href}]
 *
 * The Markdown is parsed by mdast-util-from-markdown; everything becomes plain text (inline markup
 * is flattened, raw HTML stays literal text, never markup). Problems come back with 1-based lines
 * and columns; what cannot be represented is dropped with a warning.
 */
import type {
  Blockquote,
  Heading,
  Html,
  List,
  ListItem,
  Nodes,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Yaml,
} from 'mdast';
import {fromMarkdown} from 'mdast-util-from-markdown';
import {frontmatterFromMarkdown} from 'mdast-util-frontmatter';
import {frontmatter} from 'micromark-extension-frontmatter';
import {isMap, isScalar, LineCounter, parseDocument} from 'yaml';
import {
  ARTICLE_TEXT_FIELDS,
  type Article,
  type Block,
  type RelatedLink,
  type SectionBlock,
} from '../model/article.js';
import {parseArticle} from '../model/parse.js';
import {safeHref} from '../model/url-safety.js';
import {describeIssue} from './describe-issue.js';

/** A problem in the source text, at a 1-based line and column. */
export interface ImportIssue {
  message: string;
  line: number;
  column: number;
}

/** The article, or the first error; warnings (what was dropped) either way. */
export type ImportResult =
  | {ok: true; article: Article; warnings: ImportIssue[]}
  | {ok: false; error: ImportIssue; warnings: ImportIssue[]};

export interface MarkdownImportOptions {
  /** IANA zone used when the front matter has no `timeZone`. */
  timeZone?: string;
  /** Content language used when the front matter has no `lang`. */
  lang?: string;
}

/**
 * Headings (compared case-insensitively, without a trailing colon) of a section that lists
 * related links. Such a section becomes `related` when its content is only lists.
 */
export const RELATED_HEADINGS: readonly string[] = [
  'related',
  'related links',
  'related articles',
  'related content',
  'see also',
  '相关链接',
  '相关阅读',
  '相关内容',
  '相关文章',
];

/** Front-matter keys that map to article fields; any other key is dropped with a warning. */
const FRONT_MATTER_FIELDS = ARTICLE_TEXT_FIELDS;
type FrontMatterField = (typeof FRONT_MATTER_FIELDS)[number];

/** Keys other tools use (lower case, no separators) → the article field meant, for a hint. */
const FIELD_HINTS: Record<string, FrontMatterField> = {
  ...Object.fromEntries(FRONT_MATTER_FIELDS.map((field) => [field.toLowerCase(), field])),
  date: 'published',
  pubdate: 'published',
  publishdate: 'published',
  lastmod: 'updated',
  modified: 'updated',
  tz: 'timeZone',
  language: 'lang',
  locale: 'lang',
  description: 'summary',
  excerpt: 'summary',
  authors: 'author',
};

/** The article field a misspelled or foreign front-matter key probably means. */
function hintFor(key: string | undefined): FrontMatterField | undefined {
  const simple = key?.toLowerCase().replace(/[-_ ]/g, '');
  return simple !== undefined && Object.hasOwn(FIELD_HINTS, simple)
    ? FIELD_HINTS[simple]
    : undefined;
}

interface Place {
  line: number;
  column: number;
}

const START: Place = {line: 1, column: 1};

/** Stops the import at the first error; never escapes `importMarkdown`. */
class ImportFailure extends Error {
  constructor(readonly issue: ImportIssue) {
    super(issue.message);
  }
}

function placeOf(node: {position?: {start: {line: number; column: number}}}): Place {
  const start = node.position?.start;
  return start ? {line: start.line, column: start.column} : START;
}

function fail(place: Place, message: string): never {
  throw new ImportFailure({message, ...place});
}

// --- Text -----------------------------------------------------------------------------------

/** Stands for a hard line break while inline text is collected (micromark turns NUL into U+FFFD). */
const HARD_BREAK = '\0';
/** Characters written without spaces between them: a line break between two of them is dropped. */
const CLOSE_SET =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/** What joins two pieces of text that were on separate lines: nothing between CJK, else a space. */
function joiner(before: string, after: string): string {
  // The last and first characters, which may be surrogate pairs (Han extension B and beyond).
  const last = before.slice(/[\uD800-\uDBFF][\uDC00-\uDFFF]$/.test(before) ? -2 : -1);
  const first = String.fromCodePoint(after.codePointAt(0) ?? 0x20);
  return CLOSE_SET.test(last) && CLOSE_SET.test(first) ? '' : ' ';
}

/** `text` without leading spaces and tabs (a loop: see `trimEndSpacesAndTabs`). */
function trimStartSpacesAndTabs(text: string): string {
  let start = 0;
  while (start < text.length && (text[start] === ' ' || text[start] === '\t')) start += 1;
  return text.slice(start);
}

/**
 * Splits at `separator` and drops the spaces and tabs around each split. Not a regular
 * expression that eats the spaces around each split: on a long run of spaces that backtracks
 * quadratically.
 */
function splitTrimmed(text: string, separator: RegExp | string): string[] {
  const pieces = text.split(separator);
  return pieces.map((piece, i) => {
    const start = i > 0 ? trimStartSpacesAndTabs(piece) : piece;
    return i < pieces.length - 1 ? trimEndSpacesAndTabs(start) : start;
  });
}

/** Collected inline text → final text: soft breaks joined, hard breaks kept as `\n`, trimmed. */
function finish(raw: string): string {
  const lines = splitTrimmed(raw, /\r\n|\r|\n/);
  let text = lines[0];
  for (const line of lines.slice(1)) text += joiner(text.slice(-2), line.slice(0, 2)) + line;
  return splitTrimmed(text, '\0')
    .join('\n')
    .trim()
    .replace(/\n{2,}/g, '\n');
}

/** Joins texts of separate blocks (paragraphs of a list item, lines of a quote). */
function joinTexts(texts: string[], separator?: string): string {
  return texts
    .filter((text) => text !== '')
    .reduce(
      (all, text) => (all === '' ? text : all + (separator ?? joiner(all.slice(-2), text)) + text),
      '',
    );
}

/** `text` without trailing spaces and tabs; a loop, as `/[ \t]+$/` backtracks quadratically. */
function trimEndSpacesAndTabs(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end -= 1;
  return text.slice(0, end);
}

/** Where an inline node was dropped: the spaces around it become one space at most. */
const DROPPED = Symbol('dropped');

function joinAroundDropped(parts: (string | typeof DROPPED)[]): string {
  let out = '';
  let dropped = false;
  let space = false;
  for (let part of parts) {
    if (part === DROPPED) {
      dropped = true;
      space ||= out.endsWith(' ') || out.endsWith('\t');
      out = trimEndSpacesAndTabs(out);
      continue;
    }
    if (dropped) {
      space ||= /^[ \t]/.test(part);
      part = part.replace(/^[ \t]+/, '');
      if (part === '') continue;
      if (space && out !== '') out += ' ';
      dropped = space = false;
    }
    out += part;
  }
  return out;
}

const isComment = (html: string) => /^<!--[\s\S]*-->$/.test(html.trim());

/** What a related-links section may hold besides its lists: it becomes nothing anyway. */
const isIgnorable = (node: RootContent) =>
  node.type === 'definition' ||
  node.type === 'thematicBreak' ||
  (node.type === 'html' && isComment(node.value));

// --- The importer ----------------------------------------------------------------------------

interface OpenSection {
  section: SectionBlock;
  depth: number;
  place: Place;
  /** For a section under a related-links heading: its content, held until the section closes. */
  pending?: RootContent[];
}

class MarkdownImporter {
  readonly warnings: ImportIssue[] = [];
  /** Where each block and link came from, to place the validator's errors. */
  readonly places = new WeakMap<object, Place>();
  readonly fieldPlaces = new Map<string, Place>();
  private readonly definitions = new Map<string, string>();
  private readonly open: OpenSection[] = [];
  private readonly body: Block[] = [];
  private readonly related: RelatedLink[] = [];
  private relatedFound = false;
  private fields: Partial<Record<FrontMatterField, string>> = {};

  constructor(
    private readonly source: string,
    private readonly options: MarkdownImportOptions,
  ) {}

  warn(node: Place | Parameters<typeof placeOf>[0], message: string): void {
    const place = 'line' in node ? node : placeOf(node);
    this.warnings.push({message, ...place});
  }

  run(): Article {
    const tree = fromMarkdown(this.source, {
      extensions: [frontmatter(['yaml'])],
      mdastExtensions: [frontmatterFromMarkdown(['yaml'])],
    });
    this.collectDefinitions(tree);
    let children = tree.children;
    if (children[0]?.type === 'yaml') {
      this.readFrontMatter(children[0]);
      children = children.slice(1);
    }
    let title = this.fields.title;
    for (const [index, node] of children.entries()) {
      if (node.type !== 'heading') {
        this.add(node);
        continue;
      }
      const text = this.inline(node.children, 'heading');
      if (title === undefined && node.depth === 1) {
        title = text;
        this.fieldPlaces.set('title', placeOf(node));
        this.closeSections(1);
      } else if (index === 0 && node.depth === 1 && text === title) {
        this.warn(node, 'heading repeats the front matter title; dropped');
      } else {
        this.openSection(node, text);
      }
    }
    this.closeSections(1);
    if (title === undefined || title.trim() === '') {
      fail(
        this.fieldPlaces.get('title') ?? START,
        title === undefined
          ? 'no title: add "title:" to the front matter or start with a "# Title" heading'
          : 'the title is empty',
      );
    }
    return this.article(title);
  }

  private article(title: string): Article {
    const f = this.fields;
    const timeZone = f.timeZone ?? this.options.timeZone;
    const lang = f.lang ?? this.options.lang;
    // Fields in the order the schema lists them, for readable output.
    return {
      title,
      ...(f.published !== undefined ? {published: f.published} : {}),
      ...(f.updated !== undefined ? {updated: f.updated} : {}),
      ...(timeZone !== undefined ? {timeZone} : {}),
      ...(f.author !== undefined ? {author: f.author} : {}),
      ...(lang !== undefined ? {lang} : {}),
      ...(f.summary !== undefined ? {summary: f.summary} : {}),
      body: this.body,
      ...(this.relatedFound ? {related: this.related} : {}),
    };
  }

  // --- Front matter ---

  private readFrontMatter(node: Yaml): void {
    const fence = placeOf(node);
    const lineCounter = new LineCounter();
    const doc = parseDocument(node.value, {lineCounter, prettyErrors: false, uniqueKeys: true});
    /** A place in the YAML text → a place in the file (the YAML starts on the line after `---`). */
    const at = (offset: number | undefined): Place => {
      const pos = lineCounter.linePos(offset ?? 0);
      return {line: fence.line + pos.line, column: pos.col};
    };
    const [error] = doc.errors;
    if (error) fail(at(error.pos[0]), `invalid YAML front matter: ${error.message}`);
    const contents = doc.contents;
    if (contents === null || (isScalar(contents) && contents.value === null)) return;
    if (!isMap(contents))
      fail(at(contents.range[0]), 'the front matter must be a "key: value" map');

    const known = new Set<string>(FRONT_MATTER_FIELDS);
    for (const pair of contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      const keyPlace = at(isScalar(pair.key) ? pair.key.range?.[0] : undefined);
      if (key === undefined || !known.has(key)) {
        const name = key === undefined ? 'a non-text key' : `"${key}"`;
        const hint = hintFor(key);
        this.warn(
          keyPlace,
          `front matter field ${name} is not an article field; dropped` +
            (hint ? ` (did you mean "${hint}"?)` : ''),
        );
        continue;
      }
      const value = pair.value;
      if (value === null || (isScalar(value) && value.value === null)) {
        this.warn(keyPlace, `front matter field "${key}" is empty; dropped`);
        continue;
      }
      if (!isScalar(value)) fail(at(value.range?.[0]), `front matter field "${key}" must be text`);
      // A plain `title: 1984` is a number to YAML; the article wants the text as written.
      const text =
        typeof value.value === 'string'
          ? value.value
          : node.value.slice(value.range![0], value.range![1]);
      this.fields[key as FrontMatterField] = text;
      this.fieldPlaces.set(key, at(value.range?.[0]));
    }
  }

  // --- Sections ---

  private get target(): Block[] {
    const innermost = this.open[this.open.length - 1];
    return innermost ? innermost.section.body : this.body;
  }

  private openSection(node: Heading, heading: string): void {
    if (heading === '') fail(placeOf(node), 'the heading is empty');
    this.closeSections(node.depth);
    const parent = this.open[this.open.length - 1];
    // A section under a related-links heading is an ordinary one: so is that heading's.
    if (parent?.pending) this.flushPending(parent, 'it has sub-sections');
    const section: SectionBlock = {type: 'section', heading, body: []};
    this.places.set(section, placeOf(node));
    this.target.push(section);
    const trimmed = heading.trimEnd();
    const name = /[:：]$/.test(trimmed) ? trimmed.slice(0, -1).trimEnd() : heading;
    const isRelated = RELATED_HEADINGS.includes(name.toLowerCase());
    this.open.push({
      section,
      depth: node.depth,
      place: placeOf(node),
      ...(isRelated ? {pending: []} : {}),
    });
  }

  /** Closes every open section at `depth` or deeper: a heading of that depth follows. */
  private closeSections(depth: number): void {
    while (this.open.length && this.open[this.open.length - 1].depth >= depth) {
      const closing = this.open[this.open.length - 1];
      if (closing.pending) this.closePending(closing);
      this.open.pop();
    }
  }

  private closePending(open: OpenSection): void {
    const pending = open.pending!;
    const content = pending.filter((node) => !isIgnorable(node));
    if (content.length === 0) {
      delete open.pending;
      for (const node of pending) this.add(node);
      return;
    }
    if (!content.every((node) => node.type === 'list')) {
      this.flushPending(open, 'its content is not only lists');
      return;
    }
    delete open.pending;
    // Breaks, comments and definitions between the lists: dropped, with their usual warnings.
    for (const node of pending) if (isIgnorable(node)) this.block(node);
    const parent = this.open[this.open.length - 2];
    const siblings = parent ? parent.section.body : this.body;
    siblings.splice(siblings.indexOf(open.section), 1);
    this.relatedFound = true;
    for (const list of content as List[]) {
      for (const item of list.children) this.addRelated(item);
    }
  }

  /** Turns a related-links candidate back into an ordinary section. */
  private flushPending(open: OpenSection, reason: string): void {
    const pending = open.pending!;
    delete open.pending;
    if (pending.some((node) => node.type !== 'definition')) {
      this.warn(
        open.place,
        `section "${open.section.heading}" is kept as a section, not related links: ${reason}`,
      );
    }
    for (const node of pending) this.add(node);
  }

  private addRelated(item: ListItem): void {
    const links: {url: string; place: Place}[] = [];
    const title = this.itemText(item, links);
    if (links.length > 1) {
      this.warn(item, 'related item has more than one link; only the first address is kept');
    }
    const link = links[0];
    let href: string | undefined;
    if (link && link.url.trim() !== '') {
      if (safeHref(link.url) === null) {
        this.warn(link.place, `unsafe link address "${link.url}" dropped`);
      } else href = link.url;
    }
    if (title === '' && href === undefined) {
      this.warn(item, 'empty related item dropped');
      return;
    }
    if (title === '') this.warn(item, 'related item has no text; its address is its title');
    const related: RelatedLink = {title: title || href!, ...(href !== undefined ? {href} : {})};
    this.places.set(related, placeOf(item));
    this.related.push(related);
  }

  // --- Blocks ---

  /** Adds a block-level node to the innermost open section (or the body). */
  private add(node: RootContent): void {
    const innermost = this.open[this.open.length - 1];
    if (innermost?.pending) {
      innermost.pending.push(node);
      return;
    }
    const block = this.block(node);
    if (block) {
      this.places.set(block, placeOf(node));
      this.target.push(block);
    }
  }

  private block(node: RootContent): Block | undefined {
    switch (node.type) {
      case 'paragraph': {
        this.checkTable(node);
        const text = this.inline(node.children, 'paragraph');
        return text === '' ? undefined : {type: 'paragraph', text};
      }
      case 'list': {
        if (node.ordered && node.start != null && node.start !== 1) {
          this.warn(node, `list starts at ${node.start}; the article numbers it from 1`);
        }
        const items = node.children
          .map((item) => ({item, text: this.itemText(item)}))
          .filter(({item, text}) => {
            if (text === '') this.warn(item, 'empty list item dropped');
            return text !== '';
          })
          .map(({text}) => text);
        return items.length ? {type: 'list', ordered: node.ordered === true, items} : undefined;
      }
      case 'blockquote':
        return this.quote(node);
      case 'code':
        this.warn(node, 'code block kept as a plain paragraph');
        return node.value.trim() === '' ? undefined : {type: 'paragraph', text: node.value};
      case 'html':
        return this.html(node);
      case 'definition':
        return undefined;
      case 'thematicBreak':
        this.warn(node, 'thematic break (---) dropped');
        return undefined;
      default:
        // Headings are handled by the caller; other nodes need extensions that are not enabled.
        this.warn(node, `unsupported Markdown (${node.type}) dropped`);
        return undefined;
    }
  }

  private html(node: Html): Block | undefined {
    if (isComment(node.value)) {
      this.warn(node, 'HTML comment dropped');
      return undefined;
    }
    // Raw HTML is data like any other text: kept literally, never interpreted.
    const text = node.value.trim();
    return text === '' ? undefined : {type: 'paragraph', text};
  }

  /** A quote; a last line `— Name` (or `-- Name`) becomes its `cite`. */
  private quote(node: Blockquote): Block | undefined {
    const lines = node.children.map((child) => this.rawBlockText(child, 'quote'));
    let cite: string | undefined;
    const last = lines.length - 1;
    if (last >= 0 && node.children[last].type === 'paragraph') {
      const parts = lines[last].split(/\r\n|\r|\n|\0/);
      const match = /^\s*(?:[—―]{1,2}|--)\s*(\S.*)$/.exec(parts[parts.length - 1]);
      const rest = [...lines.slice(0, last), parts.slice(0, -1).join('\n')];
      if (match && rest.some((text) => finish(text) !== '')) {
        cite = finish(match[1]);
        lines.splice(last, 1, parts.slice(0, -1).join('\n'));
      }
    }
    const text = joinTexts(lines.map(finish), '\n');
    if (text === '') return undefined;
    return cite === undefined ? {type: 'quote', text} : {type: 'quote', text, cite};
  }

  /** A list item's text, all of its content on one line; `links` collects its link addresses. */
  private itemText(item: ListItem, links?: {url: string; place: Place}[]): string {
    const texts = item.children.map((child) => {
      if (child.type === 'list') this.warn(child, 'nested list flattened into its item');
      return finish(this.rawBlockText(child, 'list item', links));
    });
    return joinTexts(texts);
  }

  /** Any block's text, for quotes and list items, where structure below them is flattened. */
  private rawBlockText(node: Nodes, where: string, links?: {url: string; place: Place}[]): string {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        if (node.type === 'paragraph') this.checkTable(node);
        return this.rawInline(node.children, where, links);
      case 'list':
        return node.children.map((item) => this.itemText(item, links)).join('\n');
      case 'blockquote':
      case 'listItem':
        return node.children.map((child) => this.rawBlockText(child, where, links)).join('\n');
      case 'code':
        this.warn(node, `code block in a ${where} kept as plain text`);
        return node.value;
      case 'html':
        if (isComment(node.value)) {
          this.warn(node, 'HTML comment dropped');
          return '';
        }
        return node.value;
      case 'definition':
        return '';
      case 'thematicBreak':
        this.warn(node, 'thematic break (---) dropped');
        return '';
      default:
        this.warn(node, `unsupported Markdown (${node.type}) in a ${where} dropped`);
        return '';
    }
  }

  /** GFM tables are not parsed (no GFM extension); such a paragraph is kept as text, with a warning. */
  private checkTable(node: Paragraph): void {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const lines = this.source.slice(start, end).split(/\r\n|\r|\n/);
    if (
      lines.length >= 2 &&
      lines[0].includes('|') &&
      // Trimmed first: `\s*` on both sides of an optional `|` at the end backtracks quadratically.
      /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$/.test(lines[1].trim()) &&
      lines[1].includes('|')
    ) {
      this.warn(node, 'tables are not supported; the table is kept as its text');
    }
  }

  // --- Inline ---

  /** Inline content as plain text: markup flattened, raw HTML literal, images dropped. */
  inline(nodes: PhrasingContent[], where: string): string {
    return finish(this.rawInline(nodes, where));
  }

  /** Inline text with soft breaks as line endings and hard breaks as HARD_BREAK. */
  private rawInline(
    nodes: PhrasingContent[],
    where: string,
    links?: {url: string; place: Place}[],
  ): string {
    const parts: (string | typeof DROPPED)[] = [];
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          parts.push(node.value);
          break;
        case 'break':
          parts.push(HARD_BREAK);
          break;
        case 'html':
          if (isComment(node.value)) {
            this.warn(node, 'HTML comment dropped');
            parts.push(DROPPED);
          } else parts.push(node.value);
          break;
        case 'link':
        case 'linkReference': {
          const url =
            node.type === 'link' ? node.url : (this.definitions.get(node.identifier) ?? '');
          if (links) links.push({url, place: placeOf(node)});
          else this.warn(node, `link in a ${where} kept as its text; its address "${url}" dropped`);
          parts.push(this.rawInline(node.children, where, links));
          break;
        }
        case 'emphasis':
        case 'strong':
        case 'delete':
          parts.push(this.rawInline(node.children, where, links));
          break;
        case 'image':
        case 'imageReference':
          this.warn(node, `image${node.alt ? ` "${node.alt}"` : ''} dropped`);
          parts.push(DROPPED);
          break;
        default:
          this.warn(node, `unsupported Markdown (${node.type}) in a ${where} dropped`);
          parts.push(DROPPED);
      }
    }
    return joinAroundDropped(parts);
  }

  private collectDefinitions(tree: Root): void {
    const walk = (node: Nodes): void => {
      if (node.type === 'definition' && !this.definitions.has(node.identifier)) {
        this.definitions.set(node.identifier, node.url);
      }
      if (
        'children' in node &&
        (node.type === 'blockquote' ||
          node.type === 'list' ||
          node.type === 'listItem' ||
          node.type === 'root')
      ) {
        for (const child of node.children) walk(child);
      }
    };
    walk(tree);
  }
}

// --- Validation -----------------------------------------------------------------------------

/** The source place of a validator path such as `body[3].body[0].heading`. */
function placeOfPath(importer: MarkdownImporter, article: Article, path: string): Place {
  const keys = [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => m[1] ?? Number(m[2]));
  if (typeof keys[0] === 'string' && importer.fieldPlaces.has(keys[0]) && keys.length === 1) {
    return importer.fieldPlaces.get(keys[0])!;
  }
  let value: unknown = article;
  let place = START;
  for (const key of keys) {
    if (typeof value !== 'object' || value === null) break;
    value = (value as Record<string | number, unknown>)[key];
    if (typeof value === 'object' && value !== null) place = importer.places.get(value) ?? place;
  }
  return place;
}

/**
 * Converts Markdown into article JSON (version 1), validated by `parseArticle`. Never throws for
 * bad input: the first problem comes back as `error`, with its line and column.
 */
export function importMarkdown(text: string, options: MarkdownImportOptions = {}): ImportResult {
  const importer = new MarkdownImporter(text.replace(/^\uFEFF/, ''), options);
  let article: Article;
  try {
    article = importer.run();
  } catch (error) {
    if (error instanceof ImportFailure) {
      return {ok: false, error: error.issue, warnings: importer.warnings};
    }
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: {message: `cannot read the Markdown: ${reason}`, ...START},
      warnings: importer.warnings,
    };
  }
  const checked = parseArticle(article);
  const warnings = [
    ...importer.warnings,
    ...checked.warnings.map((issue) => ({
      message: describeIssue(issue),
      ...placeOfPath(importer, article, issue.path),
    })),
  ];
  if (!checked.ok) {
    const error = checked.error;
    return {
      ok: false,
      error: {message: describeIssue(error), ...placeOfPath(importer, article, error.path)},
      warnings,
    };
  }
  return {ok: true, article, warnings};
}
