import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {equalData} from '../../src/model/equal-data.js';
import {parseArticle} from '../../src/model/parse.js';
import {articleArbitrary} from '../helpers/arbitraries.js';

/** JSON with object keys in order: equal text for equal data, whatever the key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

describe('equalData', () => {
  it('agrees with comparing canonical JSON, for any two JSON values', () => {
    const json = fc.jsonValue({maxDepth: 3});
    fc.assert(
      fc.property(json, json, (a, b) => {
        expect(equalData(a, b)).to.equal(canonical(a) === canonical(b));
        expect(equalData(a, structuredClone(a))).to.equal(true);
      }),
      {numRuns: 2000},
    );
  });

  it('tells apart values that differ in one place, a missing key or an undefined one', () => {
    expect(equalData({a: [1, {b: 'x'}]}, {a: [1, {b: 'y'}]})).to.equal(false);
    expect(equalData({a: 1, b: undefined}, {a: 1, c: undefined})).to.equal(false);
    expect(equalData({a: 1}, {a: 1, b: undefined})).to.equal(false);
    expect(equalData([1, 2], [1, 2, 3])).to.equal(false);
    expect(equalData(null, {})).to.equal(false);
    expect(equalData('', 0)).to.equal(false);
    expect(equalData({items: ['a']}, {items: ['a']})).to.equal(true);
  });

  it('finds two parses of the same article equal, and of different articles not', () => {
    fc.assert(
      fc.property(articleArbitrary, articleArbitrary, (a, b) => {
        const [first, again, other] = [
          parseArticle(a),
          parseArticle(structuredClone(a)),
          parseArticle(b),
        ];
        if (!first.ok || !again.ok || !other.ok)
          throw new Error('the arbitrary made an invalid article');
        expect(equalData(first.value, again.value)).to.equal(true);
        expect(equalData(first.value.body, other.value.body)).to.equal(
          canonical(first.value.body) === canonical(other.value.body),
        );
      }),
      {numRuns: 300},
    );
  });
});
