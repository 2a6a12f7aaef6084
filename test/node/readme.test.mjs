// The README's reference sections against the code they describe: node:test, no browser.
//   node --test test/node/
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {describe, it} from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const read = (path) => readFileSync(resolve(root, path), 'utf8');

describe('README', () => {
  it('lists every problem code of IssueCode, and no other, in "Problem codes"', () => {
    const union = /export type IssueCode =([^;]+);/.exec(read('src/model/issues.ts'))[1];
    const codes = [...union.matchAll(/'([a-z-]+)'/g)].map((match) => match[1]).sort();
    assert.ok(codes.length > 20, 'the IssueCode union was not found');
    const section = /\n### Problem codes\n([\s\S]*?)\n## /.exec(read('README.md'))?.[1];
    assert.ok(section, 'README.md has no "### Problem codes" section');
    const listed = [...section.matchAll(/^\| `([a-z-]+)` +\| (?:error|warning) +\|/gm)]
      .map((match) => match[1])
      .sort();
    assert.deepEqual(listed, codes);
  });
});
