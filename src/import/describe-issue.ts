import {issueMessages, type Localize} from '../elements/shared/issue-messages.js';
import type {Issue} from '../model/issues.js';

/** A `str` template as @lit/localize makes one (its documented form). */
interface StrTemplate {
  strings: readonly string[];
  values: readonly unknown[];
}

/**
 * The elements' own problem messages, always in their source language (English), whatever locale
 * a server render in the same process has set: what the command line prints for developers. One
 * wording for each problem, in the page and in the terminal.
 */
const sourceLanguage: Localize = {
  msg: ((template: string | StrTemplate) =>
    typeof template === 'string'
      ? template
      : template.strings.reduce(
          (text, part, i) => `${text}${String(template.values[i - 1])}${part}`,
        )) as Localize['msg'],
  str: ((strings: TemplateStringsArray, ...values: unknown[]) => ({
    strTag: true,
    strings,
    values,
  })) as unknown as Localize['str'],
  getLocale: () => 'en',
};

const englishDetail = issueMessages(sourceLanguage);

/** An English sentence for a validator issue, e.g. `published: "2025-02-30" is not a date …`. */
export function describeIssue(issue: Issue): string {
  return englishDetail(issue).message;
}
