import {expect} from '@open-wc/testing';
import {parseArticle, parseRelatedLinks} from '../../src/model/parse.js';
import {validateArticle, validateRelatedLinks} from '../../src/model/validate.js';

describe('validate (what the elements use) against parse (the API)', () => {
  it('keeps the text of malformed JSON, where parse places the error', () => {
    const text = '{"title": "T",\n "body": [1,]}';
    expect(validateArticle(text)).to.deep.equal({
      ok: false,
      error: {code: 'json-syntax', path: '', source: text},
      warnings: [],
    });
    expect(parseArticle(text)).to.deep.equal({
      ok: false,
      error: {code: 'json-syntax', path: '', line: 2, column: 13},
      warnings: [],
    });
    expect(validateRelatedLinks('[{]')).to.deep.include({
      error: {code: 'json-syntax', path: '', source: '[{]'},
    });
    expect(parseRelatedLinks('[{]')).to.deep.include({
      error: {code: 'json-syntax', path: '', line: 1, column: 3},
    });
  });

  it('agrees with parse on everything else', () => {
    const inputs: unknown[] = [
      '{"title": "T", "body": [{"type": "paragraph", "text": "x"}]}',
      {title: '', body: []},
      {title: 'T', body: [{type: 'video'}], related: [{title: 'a', href: 'javascript:x'}]},
      '"just a string"',
    ];
    for (const input of inputs) {
      expect(validateArticle(input), JSON.stringify(input)).to.deep.equal(parseArticle(input));
    }
    expect(validateRelatedLinks('[{"title": "a"}]')).to.deep.equal(
      parseRelatedLinks('[{"title": "a"}]'),
    );
  });
});
