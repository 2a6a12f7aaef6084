/**
 * What can be wrong with input data. The model reports codes and values; the elements turn them
 * into localized messages, so this module stays free of UI text.
 */
export type IssueCode =
  | 'json-syntax'
  | 'required'
  | 'expected-object'
  | 'expected-array'
  | 'expected-string'
  | 'expected-non-empty-string'
  | 'expected-boolean'
  | 'invalid-date'
  | 'date-needs-time-zone'
  | 'invalid-time-zone'
  | 'invalid-lang'
  | 'invalid-id'
  | 'too-deep'
  | 'too-large'
  | 'too-long'
  | 'too-many-blocks'
  | 'too-many-links'
  | 'lone-surrogate'
  | 'more-warnings'
  | 'unknown-block'
  | 'unknown-field'
  | 'duplicate-id'
  | 'unsafe-url'
  | 'unreadable';

export interface Issue {
  code: IssueCode;
  /** Where in the data, e.g. `body[3].heading`; empty for the whole document. */
  path: string;
  /** The offending value, when quoting it helps (a date, a block type, a URL, a limit). */
  value?: string;
  /** For `json-syntax`: 1-based line and column. */
  line?: number;
  column?: number;
}

/**
 * An issue as `validate.ts` (what the elements use) reports it: for `json-syntax`, the JSON text
 * in place of the line and column, which the problem messages work out (`locateJsonSyntaxError`).
 * Not part of the API: the elements' events carry only the message, path and code.
 */
export interface ValidationIssue extends Issue {
  source?: string;
}

/** Thrown inside the validator to stop at the first error; never escapes the model. */
export class IssueError extends Error {
  constructor(readonly issue: ValidationIssue) {
    super(issue.code);
  }
}
