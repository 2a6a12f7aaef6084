import {IssueError} from './issues.js';

const HEX = /^[0-9a-fA-F]$/;
const SPACE = /[ \t\n\r]*/y;

/**
 * The offset of the first character that no valid JSON text could have there, or -1 if `text` is
 * valid. Engines' messages cannot be relied on for this: V8 gives no position for "Unexpected
 * token" errors. Iterative, so deeply nested input cannot overflow the stack.
 */
function syntaxErrorOffset(text: string): number {
  let i = 0;
  const open: string[] = [];
  const skipSpace = () => {
    SPACE.lastIndex = i;
    SPACE.test(text);
    i = SPACE.lastIndex;
  };
  // Each scanner below reads one token at `i`; on a fault it returns false with `i` at the fault.
  const digits = (): boolean => {
    const start = i;
    while (text[i] >= '0' && text[i] <= '9') i += 1;
    return i > start;
  };
  const number = (): boolean => {
    if (text[i] === '-') i += 1;
    if (text[i] === '0') i += 1;
    else if (!digits()) return false;
    if (text[i] === '.') {
      i += 1;
      if (!digits()) return false;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i += 1;
      if (text[i] === '+' || text[i] === '-') i += 1;
      if (!digits()) return false;
    }
    return true;
  };
  const literal = (): boolean => {
    const word = ['true', 'false', 'null'].find((w) => w[0] === text[i]);
    if (word === undefined) return false;
    for (const letter of word) {
      if (text[i] !== letter) return false;
      i += 1;
    }
    return true;
  };
  const string = (): boolean => {
    for (i += 1; i < text.length;) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i += 1;
        return true;
      }
      if (c < 0x20) return false;
      i += 1;
      if (c === 0x5c) {
        if (text[i] === 'u') {
          for (let n = 0; n < 4; n += 1) {
            i += 1;
            if (!HEX.test(text[i] ?? '')) return false;
          }
        } else if (text[i] === undefined || !'"\\/bfnrt'.includes(text[i])) {
          return false;
        }
        i += 1;
      }
    }
    return false;
  };
  let expect: 'value' | 'key' | 'after' = 'value';
  for (;;) {
    skipSpace();
    const c = text[i];
    if (expect === 'key') {
      if (c !== '"' || !string()) return i;
      skipSpace();
      if (text[i] !== ':') return i;
      i += 1;
      expect = 'value';
    } else if (expect === 'value') {
      if (c === '{' || c === '[') {
        i += 1;
        skipSpace();
        if (text[i] === (c === '{' ? '}' : ']')) {
          i += 1;
          expect = 'after';
        } else {
          open.push(c);
          expect = c === '{' ? 'key' : 'value';
        }
        continue;
      }
      const scanned =
        c === '"' ? string() : c === '-' || (c >= '0' && c <= '9') ? number() : literal();
      if (!scanned) return i;
      expect = 'after';
    } else {
      const top = open[open.length - 1];
      if (top === undefined) return i < text.length ? i : -1;
      if (c === ',') {
        expect = top === '{' ? 'key' : 'value';
      } else if (c === (top === '{' ? '}' : ']')) {
        open.pop();
      } else {
        return i;
      }
      i += 1;
    }
  }
}

/** 1-based line and column of the first syntax error, counting columns in UTF-16 code units. */
function locate(text: string): {line?: number; column?: number} {
  const offset = syntaxErrorOffset(text);
  if (offset === -1) return {};
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return {line: lines.length, column: lines[lines.length - 1].length + 1};
}

/** `JSON.parse` that reports failure as a `json-syntax` issue with a line and column. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new IssueError({code: 'json-syntax', path: '', ...locate(text)});
  }
}
