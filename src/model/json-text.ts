import {IssueError} from './issues.js';

/**
 * Where the engine says a JSON syntax error is. V8 reports `position N` (newer versions also
 * `line L column C`), SpiderMonkey `line L column C`; anything else yields no location.
 */
function locate(text: string, message: string): {line?: number; column?: number} {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return {line: Number(lineColumn[1]), column: Number(lineColumn[2])};
  const position = /position (\d+)/.exec(message);
  if (position) {
    const before = text.slice(0, Number(position[1]));
    const lines = before.split('\n');
    return {line: lines.length, column: lines[lines.length - 1].length + 1};
  }
  if (/end of (JSON )?(input|data)/i.test(message)) {
    const lines = text.split('\n');
    return {line: lines.length, column: lines[lines.length - 1].length + 1};
  }
  return {};
}

/** `JSON.parse` that reports failure as a `json-syntax` issue with a line and column. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new IssueError({code: 'json-syntax', path: '', ...locate(text, message)});
  }
}
