import type {ImportIssue} from '../import/markdown.js';

/** The name the CLI gives itself in messages that concern no file. */
export const PROGRAM = 'article-elements';

/** `file:line:col: severity: message`, the form editors and CI annotators read. */
export function diagnostic(
  file: string,
  severity: 'error' | 'warning',
  issue: ImportIssue,
): string {
  return `${file}:${issue.line}:${issue.column}: ${severity}: ${issue.message}\n`;
}

/** `article-elements import: message`, for problems with the command line or the system. */
export function commandError(command: string, message: string): string {
  return `${PROGRAM} ${command}: ${message}\n`;
}
