import type {Article, Block, SectionBlock} from '../model/article.js';
import {parseArticleDate} from '../model/dates.js';

/**
 * Imports an article written as plain text in the seed's shape:
 *
 *     Title
 *     发布时间:2025-07-16 15:00:09      (or "Published: …")
 *     paragraph lines…
 *     一、Top-level heading             (or "1. Heading")
 *     1.1 Sub-heading                  (any depth: 1.1.1 …)
 *     相关内容:                         (or "Related content:"), then one title per line
 *     To Top                           (ends the article; optional)
 */

export interface PlainTextImportOptions {
  /** IANA zone the publish line's wall-clock time is read in. Default: `Asia/Shanghai`. */
  timeZone?: string;
  /** Content language; default: `zh-Hans` if the title has Chinese characters, else `en`. */
  lang?: string;
}

/** Bad input for the importer, with the 1-based line it was found on. */
export class PlainTextImportError extends Error {
  constructor(
    readonly line: number,
    /** What is wrong, without the line: the message is `line N: ${reason}`. */
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

const PUBLISHED =
  /^(?:发布时间|发布于|Published)\s*[:：]\s*(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)$/i;
const TOP_CHINESE = /^([一二三四五六七八九十百千零]+)、\s*(\S.*)$/;
const TOP_LATIN = /^(\d+)\.\s+(\S.*)$/;
const NESTED = /^(\d+(?:\.\d+)+)\s+(\S.*)$/;
const RELATED = /^(?:相关内容|相关文章|Related content|Related)\s*[:：]?$/i;
const BACK_TO_TOP = /^(?:To Top|Back to top|返回顶部)$/i;
const HAN = /\p{Script=Han}/u;

export function importPlainText(text: string, options: PlainTextImportOptions = {}): Article {
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let index = lines.findIndex((line) => line.trim() !== '');
  if (index === -1) throw new PlainTextImportError(1, 'the text is empty; expected a title');
  const title = lines[index].trim();

  const article: Article = {
    title,
    lang: options.lang ?? (HAN.test(title) ? 'zh-Hans' : 'en'),
    timeZone,
    body: [],
  };
  // The open sections, outermost first; blocks go into the innermost one.
  const open: SectionBlock[] = [];
  const target = (): Block[] => (open.length ? open[open.length - 1].body : article.body);
  let inRelated = false;

  for (index += 1; index < lines.length; index += 1) {
    const line = lines[index].trim();
    const lineNumber = index + 1;
    if (line === '') continue;
    if (BACK_TO_TOP.test(line)) break;

    if (inRelated) {
      article.related!.push({title: line});
      continue;
    }
    if (RELATED.test(line)) {
      inRelated = true;
      article.related = [];
      continue;
    }

    const published = PUBLISHED.exec(line);
    if (published && article.published === undefined && article.body.length === 0) {
      const parsed = parseArticleDate(`${published[1]}T${published[2]}`, timeZone);
      if (!parsed.ok) throw new PlainTextImportError(lineNumber, `invalid publish time "${line}"`);
      article.published = parsed.date.datetime;
      continue;
    }

    const heading = matchHeading(line);
    if (heading) {
      if (heading.depth > open.length + 1) {
        throw new PlainTextImportError(
          lineNumber,
          `heading "${line}" is nested ${heading.depth} deep, under ${open.length} open sections`,
        );
      }
      open.length = heading.depth - 1;
      const section: SectionBlock = {type: 'section', heading: heading.text, body: []};
      target().push(section);
      open.push(section);
      continue;
    }

    target().push({type: 'paragraph', text: line});
  }
  // Fields in the order the schema lists them, for readable output.
  const {body, related, published, ...head} = article;
  return {
    title: head.title,
    ...(published !== undefined ? {published} : {}),
    timeZone: head.timeZone,
    lang: head.lang,
    body,
    ...(related !== undefined ? {related} : {}),
  };
}

function matchHeading(line: string): {depth: number; text: string} | undefined {
  const top = TOP_CHINESE.exec(line) ?? TOP_LATIN.exec(line);
  if (top) return {depth: 1, text: top[2].trim()};
  const nested = NESTED.exec(line);
  if (nested) return {depth: nested[1].split('.').length, text: nested[2].trim()};
  return undefined;
}
