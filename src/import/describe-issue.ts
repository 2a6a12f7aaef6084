import {str} from '@lit/localize';
// The runtime's own lookup for a message without a translation: its source text. The build
// pins @lit/localize to 0.12 and already reads this internal module (scripts/vite-build.mjs).
import {defaultMsg} from '@lit/localize/internal/default-msg.js';
import {issueMessages} from '../elements/shared/issue-messages.js';
import type {Issue} from '../model/issues.js';

/**
 * The elements' own problem messages, always in their source language (English), whatever locale
 * a server render in the same process has set: what the command line prints for developers. One
 * wording for each problem, in the page and in the terminal.
 */
const englishDetail = issueMessages({msg: defaultMsg, str, getLocale: () => 'en'});

/** An English sentence for a validator issue, e.g. `published: "2025-02-30" is not a date …`. */
export function describeIssue(issue: Issue): string {
  return englishDetail(issue).message;
}
