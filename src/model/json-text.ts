import {IssueError} from './issues.js';

const SPACE = /[ \t\n\r]*/y;
/** The longest start of a literal or number there (`nul` and `1.` are starts but not tokens). */
const WORD =
  /t(?:r(?:ue?)?)?|f(?:a(?:l(?:se?)?)?)?|n(?:u(?:ll?)?)?|-?(?:(?:0|[1-9]\d*)(?:\.(?!\d)|(?:\.\d+)?(?:[eE][+-]?\d*)?))?/y;
/** Characters a string holds unescaped: none below U+0020, no `"` or `\`. */
const CHARS = /[ !#-[\]-\uffff]*/y;
const ESCAPE = /(?:["\\/bfnrt]|u[\da-fA-F]{0,4})?/y;

/**
 * The offset of the first character that no valid JSON text could have there, or -1 if `text` is
 * valid. Engines' messages cannot be relied on for this: V8 gives no position for "Unexpected
 * token" errors. Iterative, so deeply nested input cannot overflow the stack.
 */
function syntaxErrorOffset(text: string): number {
  const closers: string[] = [];
  let i = 0;
  let expect: 'value' | 'key' | 'after' = 'value';
  /** Moves past what the sticky `pattern` matches at `i`, and returns it. */
  const eat = (pattern: RegExp) => {
    pattern.lastIndex = i;
    pattern.test(text);
    return text.slice(i, (i = pattern.lastIndex));
  };
  /** Reads a string at `i`; on a fault returns false with `i` at the fault. */
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    for (i++; ;) {
      eat(CHARS);
      const c = text[i];
      if (c === '"') {
        i++;
        return true;
      }
      if (c !== '\\') return false;
      i++;
      const escape = eat(ESCAPE);
      if (escape.length !== (escape[0] === 'u' ? 5 : 1)) return false;
    }
  };
  for (;;) {
    eat(SPACE);
    const c = text[i];
    const closer = closers.at(-1);
    if (expect === 'after') {
      if (!closer) return i < text.length ? i : -1;
      if (c === ',') expect = closer === '}' ? 'key' : 'value';
      else if (c === closer) closers.pop();
      else return i;
      i++;
    } else if (expect === 'key') {
      if (!string()) return i;
      eat(SPACE);
      if (text[i] !== ':') return i;
      i++;
      expect = 'value';
    } else if (c === '{' || c === '[') {
      i++;
      eat(SPACE);
      closers.push(c === '{' ? '}' : ']');
      // `{}` and `[]` close as after a value.
      expect = text[i] === closers.at(-1) ? 'after' : c === '{' ? 'key' : 'value';
    } else {
      if (c === '"' ? !string() : !/(\d|true|false|null)$/.test(eat(WORD))) return i;
      expect = 'after';
    }
  }
}

/**
 * 1-based line and column of the first syntax error in `text`, counting columns in UTF-16 code
 * units; none for valid JSON.
 */
export function locateJsonSyntaxError(text: string): {line?: number; column?: number} {
  const offset = syntaxErrorOffset(text);
  if (offset === -1) return {};
  const lines = text.slice(0, offset).split(/\r\n?|\n/);
  return {line: lines.length, column: lines.at(-1)!.length + 1};
}

/** `JSON.parse` that reports failure as a `json-syntax` issue with a line and column. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new IssueError({code: 'json-syntax', path: '', ...locateJsonSyntaxError(text)});
  }
}
