import {describeIssue} from '../import/describe-issue.js';
import {importMarkdown, type ImportResult} from '../import/markdown.js';
import {importPlainText, PlainTextImportError} from '../import/plain-text.js';
import {parseArticle} from '../model/parse.js';

export type InputFormat = 'md' | 'txt';

export interface ImporterOptions {
  timeZone?: string;
  lang?: string;
}

const EXTENSIONS: Record<string, InputFormat> = {
  '.md': 'md',
  '.markdown': 'md',
  '.txt': 'txt',
};

/** The format a file name's extension stands for, if any (`-`, standard input: Markdown). */
export function formatOf(file: string): InputFormat | undefined {
  if (file === '-') return 'md';
  const extension = /\.[^./\\]+$/.exec(file)?.[0].toLowerCase();
  return extension === undefined ? undefined : EXTENSIONS[extension];
}

/** The plain-text importer (which throws), in the Markdown importer's result shape. */
function importText(text: string, options: ImporterOptions): ImportResult {
  let article;
  try {
    article = importPlainText(text, options);
  } catch (error) {
    if (!(error instanceof PlainTextImportError)) throw error;
    return {ok: false, error: {message: error.reason, line: error.line, column: 1}, warnings: []};
  }
  // The plain-text importer keeps no positions: what the validator finds is placed on line 1.
  const checked = parseArticle(article);
  const place = {line: 1, column: 1};
  const warnings = checked.warnings.map((issue) => ({message: describeIssue(issue), ...place}));
  return checked.ok
    ? {ok: true, article, warnings}
    : {ok: false, error: {message: describeIssue(checked.error), ...place}, warnings};
}

export const IMPORTERS: Record<
  InputFormat,
  (text: string, options: ImporterOptions) => ImportResult
> = {md: importMarkdown, txt: importText};
