import {msg, str} from '@lit/localize';
import type {ArticleIssueDetail} from '../../events.js';
import {getLocale} from '../../localization.js';
import type {Issue} from '../../model/issues.js';

/**
 * The localized problem messages are a module of their own (issue-messages.ts), fetched the first
 * time some data on the page is bad: pages with good data never download them. The server
 * renderer provides them up front, since it renders synchronously.
 */
type Describe = (issue: Issue) => ArticleIssueDetail;

let describe: Describe | undefined;
let loading: Promise<void> | undefined;

/**
 * Makes the messages available at once (the server renderer imports them statically), as made by
 * `issueMessages({msg, str, getLocale})`.
 */
export function provideIssueMessages(messages: Describe): void {
  describe = messages;
}

/** The issue's localized detail, or undefined until `loadIssueMessages()` has resolved. */
export function issueDetailNow(issue: Issue): ArticleIssueDetail | undefined {
  return describe?.(issue);
}

/**
 * Loads the messages once. Should the module fail to load (a network error), problems are still
 * reported, by path and code, unlocalized: the page keeps working.
 */
export function loadIssueMessages(): Promise<void> {
  loading ??= import('./issue-messages.js').then(
    (module) => provideIssueMessages(module.issueMessages({msg, str, getLocale})),
    () =>
      provideIssueMessages((issue) => ({
        message: issue.path === '' ? issue.code : `${issue.path}: ${issue.code}`,
        path: issue.path,
        code: issue.code,
      })),
  );
  return loading;
}
