/**
 * List items built as plain DOM (every client render) against the Lit templates the server renders
 * and hydration takes over: the same elements, attributes and text, whatever the links and options.
 */
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {html, render} from 'lit';
import {
  itemTemplates,
  linkItems,
  type LinkOptions,
} from '../../src/elements/related-links/link-items.js';
import type {RelatedLinkModel} from '../../src/model/related-links.js';
import {nonEmptyText} from '../helpers/arbitraries.js';
import {domTree} from '../helpers/dom-tree.js';

/** White space between the items is template formatting. */
const tree = (node: Node) => domTree(node, new Set(['ul']));

const link: fc.Arbitrary<RelatedLinkModel> = fc.record(
  {
    title: nonEmptyText,
    href: fc.constantFrom('/a', 'https://example.com/b', 'https://other.example/c?d#e', '#f'),
  },
  {requiredKeys: ['title']},
);

const options: fc.Arbitrary<LinkOptions> = fc.oneof(
  fc.constant({}),
  fc.record({
    target: fc.constantFrom('_blank', 'side'),
    page: fc.constant('https://example.com/page'),
    newTab: fc.constant({text: '(opens in a new tab)', lang: 'en'}),
  }),
);

describe('related-links items', () => {
  it('builds the same DOM as the server templates, for any links and options', () => {
    fc.assert(
      fc.property(fc.array(link, {maxLength: 8}), fc.nat(10), options, (links, count, opts) => {
        const built = document.createElement('div');
        render(
          html`<ul>
            ${linkItems(links, count, opts, false)}
          </ul>`,
          built,
        );
        const expected = document.createElement('div');
        render(
          html`<ul>
            ${itemTemplates(links, count, opts)}
          </ul>`,
          expected,
        );
        expect(tree(built)).to.deep.equal(tree(expected));
        expect(built.querySelectorAll('li')).to.have.length(Math.min(count, links.length));
      }),
      {numRuns: 200},
    );
  });
});
