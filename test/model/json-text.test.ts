import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {IssueError, type Issue} from '../../src/model/issues.js';
import {parseJsonText} from '../../src/model/json-text.js';

function syntaxIssue(text: string): Issue {
  try {
    parseJsonText(text);
  } catch (error) {
    if (error instanceof IssueError) return error.issue;
    throw error;
  }
  throw new Error(`expected a syntax error for ${JSON.stringify(text)}`);
}

/** The 0-based offset a 1-based line and column point at. */
function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split(/(?<=\r\n|\r(?!\n)|\n)/);
  return lines.slice(0, line - 1).reduce((sum, l) => sum + l.length, 0) + column - 1;
}

describe('parseJsonText', () => {
  it('returns what JSON.parse returns', () => {
    expect(parseJsonText('{"a": [1, "b", null, true, {"c": -1.5e3}]}')).to.deep.equal({
      a: [1, 'b', null, true, {c: -1500}],
    });
    expect(parseJsonText(' "x" ')).to.equal('x');
    expect(parseJsonText('0')).to.equal(0);
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(parseJsonText(text)).to.deep.equal(JSON.parse(text));
      }),
    );
  });

  it('reports a syntax error as a json-syntax issue at line and column', () => {
    const cases: [string, number, number][] = [
      ['', 1, 1],
      ['   ', 1, 4],
      ['{', 1, 2],
      ['{"a":1,}', 1, 8],
      ['[1,]', 1, 4],
      ['[1 2]', 1, 4],
      ['{"a" 1}', 1, 6],
      ["{'a': 1}", 1, 2],
      ['{"a": 1}x', 1, 9],
      ['{"a":\n  tru}', 2, 6],
      ['nul', 1, 4],
      ['nulL', 1, 4],
      ['NaN', 1, 1],
      ['"abc', 1, 5],
      ['"a\nb"', 1, 3],
      ['"a\tb"', 1, 3],
      ['"\\x"', 1, 3],
      ['"\\u12G4"', 1, 6],
      ['"\\u12', 1, 6],
      ['"\\', 1, 3],
      ['01', 1, 2],
      ['-', 1, 2],
      ['-a', 1, 2],
      ['1e+', 1, 4],
      ['1.', 1, 3],
      ['1.e5', 1, 3],
      ['+1', 1, 1],
      ['\uFEFF{}', 1, 1],
      ['{"a": 1}\r\n}', 2, 1],
      ['{\r\n"a":\r\n}', 3, 1],
      ['{\r"a": 1\r,}', 3, 2],
      ['{"ключ": "значение",\n "b": [1, 2, 3,\n ]}', 3, 2],
      ['{"标题": "文章"\n "b": 1}', 2, 2],
      ['{\n  "title": "T",\n  "body": [1,]\n}', 3, 14],
    ];
    for (const [text, line, column] of cases) {
      expect(syntaxIssue(text), JSON.stringify(text)).to.deep.equal({
        code: 'json-syntax',
        path: '',
        line,
        column,
      });
    }
  });

  it('locates errors in very deeply nested text without overflowing', () => {
    const depth = 100000;
    expect(syntaxIssue('['.repeat(depth))).to.include({line: 1, column: depth + 1});
    expect(syntaxIssue('['.repeat(depth) + '}')).to.include({line: 1, column: depth + 1});
  });

  it('locates an error in any text JSON.parse refuses', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary'}), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        fc.pre(!valid);
        const issue = syntaxIssue(text);
        expect(issue.line).to.be.a('number');
        expect(issue.column).to.be.a('number');
        expect(offsetOf(text, issue.line!, issue.column!)).to.be.within(0, text.length);
      }),
    );
  });

  it('never places the error before a change that broke valid JSON', () => {
    const breakers = [',', ':', '}', ']', '{', '[', '"', 'x', '\\', '\n', '\u0001', '0', '-'];
    fc.assert(
      fc.property(
        fc.json(),
        fc.nat(),
        fc.constantFrom(...breakers),
        fc.boolean(),
        (valid, at, breaker, pretty) => {
          const text = pretty ? JSON.stringify(JSON.parse(valid), null, 2) : valid;
          const k = at % (text.length + 1);
          const broken = text.slice(0, k) + breaker + text.slice(k);
          let ok = true;
          try {
            JSON.parse(broken);
          } catch {
            ok = false;
          }
          fc.pre(!ok);
          const issue = syntaxIssue(broken);
          // Everything before `k` is a prefix of valid JSON, so no error can be seen there.
          expect(offsetOf(broken, issue.line!, issue.column!)).to.be.at.least(k);
        },
      ),
      {numRuns: 500},
    );
  });
});
