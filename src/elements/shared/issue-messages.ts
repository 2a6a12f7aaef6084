import type {msg as localizeMsg, str as localizeStr} from '@lit/localize';
import type {ArticleIssueDetail} from '../../events.js';
import type {ValidationIssue as Issue} from '../../model/issues.js';
import {locateJsonSyntaxError} from '../../model/json-text.js';

/**
 * What the messages need of the localization runtime, handed in by whoever loads them. This
 * module imports nothing else at run time but the JSON error scanner, which the library's main
 * code does not use (the CDN build puts it in this on-demand file): it cannot load a second copy
 * of the library (which importing the main file by a fixed name would, when a page loads that
 * file under another URL, such as with a version query).
 */
export interface Localize {
  msg: typeof localizeMsg;
  str: typeof localizeStr;
  getLocale: () => string;
}

/** The localized messages for problems in the data, made with the library's runtime. */
export function issueMessages({
  msg,
  str,
  getLocale,
}: Localize): (issue: Issue) => ArticleIssueDetail {
  /** A limit such as 1048576, grouped for the current locale (1,048,576). */
  function limit(value: string): string {
    return new Intl.NumberFormat(getLocale()).format(Number(value));
  }

  /**
   * The text of the last malformed JSON, and where it breaks: the scanner reads the whole text,
   * and one problem's message is made several times (to show, to report, on each render).
   */
  let placed: [string, {line?: number; column?: number}] | undefined;

  /** The localized description of a problem, without its location. */
  function describe(issue: Issue): string {
    const value = issue.value ?? '';
    switch (issue.code) {
      case 'json-syntax': {
        const {source} = issue;
        if (source !== undefined && placed?.[0] !== source) {
          placed = [source, locateJsonSyntaxError(source)];
        }
        const {line, column} = source === undefined ? issue : placed![1];
        return line !== undefined
          ? msg(str`the JSON is malformed at line ${line}, column ${column ?? 0}`, {
              id: 'issue.json-syntax-at',
            })
          : msg('the JSON is malformed', {id: 'issue.json-syntax'});
      }
      case 'required':
        return msg('this field is required', {id: 'issue.required'});
      case 'expected-object':
        return msg('expected an object', {id: 'issue.expected-object'});
      case 'expected-array':
        return msg('expected an array', {id: 'issue.expected-array'});
      case 'expected-string':
        return msg('expected a string', {id: 'issue.expected-string'});
      case 'expected-non-empty-string':
        return msg('expected a non-empty string', {id: 'issue.expected-non-empty-string'});
      case 'expected-boolean':
        return msg('expected true or false', {id: 'issue.expected-boolean'});
      case 'invalid-date':
        return msg(str`"${value}" is not a date (use 2025-07-16 or 2025-07-16T15:00:09+08:00)`, {
          id: 'issue.invalid-date',
        });
      case 'date-needs-time-zone':
        return msg(str`"${value}" has no UTC offset and the article has no timeZone`, {
          id: 'issue.date-needs-time-zone',
        });
      case 'invalid-time-zone':
        return msg(
          str`"${value}" is not a known time zone (use an IANA name such as Asia/Shanghai)`,
          {
            id: 'issue.invalid-time-zone',
          },
        );
      case 'invalid-lang':
        return msg(str`"${value}" is not a language tag (use one such as zh-Hans or en)`, {
          id: 'issue.invalid-lang',
        });
      case 'invalid-id':
        return msg(str`"${value}" cannot be an id (no spaces allowed)`, {id: 'issue.invalid-id'});
      case 'too-deep':
        return msg('sections are nested too deeply', {id: 'issue.too-deep'});
      case 'too-large':
        return msg(str`the input is longer than the limit of ${limit(value)} characters`, {
          id: 'issue.too-large',
        });
      case 'too-long':
        return msg(str`the text is longer than the limit of ${limit(value)} characters`, {
          id: 'issue.too-long',
        });
      case 'too-many-blocks':
        return msg(
          str`more than ${limit(value)} blocks and list items; the limit was reached here`,
          {
            id: 'issue.too-many-blocks',
          },
        );
      case 'too-many-links':
        return msg(str`more than ${limit(value)} links; that is the limit`, {
          id: 'issue.too-many-links',
        });
      case 'more-warnings':
        return msg(str`${limit(value)} more warnings like these, not reported one by one`, {
          id: 'issue.more-warnings',
        });
      case 'lone-surrogate':
        return msg('the text holds a broken character (a lone surrogate), shown as �', {
          id: 'issue.lone-surrogate',
        });
      case 'unknown-block':
        return msg(str`unknown block type "${value}", skipped`, {id: 'issue.unknown-block'});
      case 'unknown-field':
        return msg('unknown field, ignored', {id: 'issue.unknown-field'});
      case 'duplicate-id':
        return msg(str`the id "${value}" is used twice; a suffix was added`, {
          id: 'issue.duplicate-id',
        });
      case 'unreadable':
        return msg('the data could not be read (a property threw an error)', {
          id: 'issue.unreadable',
        });
      case 'unsafe-url':
        return msg(str`the URL "${value}" is not safe to link to; shown as text`, {
          id: 'issue.unsafe-url',
        });
    }
  }

  // The issue as an event detail: a localized message that says what and where.
  return (issue: Issue): ArticleIssueDetail => {
    const where = issue.path === '' ? msg('document', {id: 'issue.path-document'}) : issue.path;
    const description = describe(issue);
    return {
      message: msg(str`${where}: ${description}`, {id: 'issue.message'}),
      path: issue.path,
      code: issue.code,
    };
  };
}
