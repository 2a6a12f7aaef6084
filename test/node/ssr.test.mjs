// article-elements/ssr in Node (after `npm run build`): bad data never throws, and what is
// reported is what the client will show. node --test test/node/
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {renderArticle, renderArticlePage} from '../../dist/ssr/index.js';

describe('renderArticle on data that cannot become JSON', () => {
  it('reports an error instead of throwing: a cycle, a BigInt, a throwing getter, deep nesting', async () => {
    const cycle = {title: 'T', body: []};
    cycle.self = cycle;
    const getter = {title: 'T', body: []};
    Object.defineProperty(getter, 'author', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    let deep = [];
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    for (const input of [cycle, {title: 'T', body: [], n: 1n}, getter, {title: 'T', body: deep}]) {
      const result = await renderArticle(input);
      assert.ok(result.error, 'an error');
      assert.match(result.html, /role="alert"/);
    }
  });

  it('renders what the client will parse: the attribute text, not the object', async () => {
    // A Date object is not a string (the object itself would be refused), but its JSON is a
    // valid date: the client parses the JSON, so the server reports and renders that.
    const result = await renderArticle({title: 'T', body: [], published: new Date(0)});
    assert.equal(result.error, undefined);
    assert.equal(result.article?.published?.epochMs, 0);
    assert.match(result.html, /<time part="published" datetime="1970-01-01T00:00:00/);
  });

  it('renders related links opened in new tabs on the server', async () => {
    const {html, error} = await renderArticle(
      {
        title: 'T',
        body: [],
        related: [
          {title: 'a', href: 'https://example.com/'},
          {title: 'b', href: '/b'},
        ],
      },
      {linkTarget: '_blank'},
    );
    assert.equal(error, undefined);
    assert.match(
      html,
      /href="https:\/\/example\.com\/"\s+target="_blank"\s+rel="noopener noreferrer"/,
    );
    assert.match(html, /href="\/b"\s+target="_blank"\s*>/);
  });

  it('gives the style hashes a strict CSP needs', async () => {
    const {styleHashes, page} = await renderArticlePage({
      title: 'T',
      body: [],
      related: [{title: 'r'}],
    });
    assert.ok(styleHashes.length >= 2);
    for (const hash of styleHashes) assert.match(hash, /^'sha256-[A-Za-z0-9+/]+=*'$/);
    assert.equal(new Set(styleHashes).size, styleHashes.length);
    assert.match(page, /<template shadowrootmode="open">/);
  });
});
