import {expect} from '@open-wc/testing';
import {parseArticle} from '../../src/model/parse.js';
import {dedupeLinks, type RelatedLinkModel} from '../../src/model/related-links.js';
import {seedArticle} from '../helpers/fixtures.js';

describe('dedupeLinks', () => {
  it('drops links to the same target, keeping the first', () => {
    const links: RelatedLinkModel[] = [
      {title: 'First', href: 'https://example.com/a'},
      {title: 'Second', href: 'HTTPS://EXAMPLE.COM/a'},
      {title: 'Third', href: 'https://example.com:443/a'},
      {title: 'Other path', href: 'https://example.com/A'},
      {title: 'Root', href: 'https://example.com'},
      {title: 'Root again', href: 'https://example.com/'},
      {title: 'Space', href: 'https://example.com/a b'},
      {title: 'Space encoded', href: 'https://example.com/a%20b'},
      {title: 'Relative', href: '/x/../y'},
      {title: 'Relative again', href: '/y'},
    ];
    expect(dedupeLinks(links).map((link) => link.title)).to.deep.equal([
      'First',
      'Other path',
      'Root',
      'Space',
      'Relative',
    ]);
  });

  it('keeps the same title at different targets', () => {
    const links: RelatedLinkModel[] = [
      {title: 'Same', href: 'https://example.com/1'},
      {title: 'Same', href: 'https://example.com/2'},
    ];
    expect(dedupeLinks(links)).to.deep.equal(links);
  });

  it('compares links without href by title, ignoring case, spacing and Unicode form', () => {
    const links: RelatedLinkModel[] = [
      {title: 'Kumquat care'},
      {title: 'kumquat  CARE '},
      {title: '\tKumquat\ncare'},
      {title: 'Ｋｕｍｑｕａｔ care'},
      {title: 'Kumquat car'},
      {title: 'café'},
      {title: 'cafe\u0301'},
      {title: '金桔子树修剪技巧全解析'},
      {title: ' 金桔子树修剪技巧全解析 '},
      {title: '金桔子树修剪技巧全解析:'},
    ];
    expect(dedupeLinks(links)).to.deep.equal([
      {title: 'Kumquat care'},
      {title: 'Kumquat car'},
      {title: 'café'},
      {title: '金桔子树修剪技巧全解析'},
      {title: '金桔子树修剪技巧全解析:'},
    ]);
  });

  it('never treats a link with href as a repeat of one without', () => {
    const links: RelatedLinkModel[] = [
      {title: 'A'},
      {title: 'A', href: '/a'},
      {title: 'A'},
      {title: 'B', href: '/a'},
    ];
    expect(dedupeLinks(links)).to.deep.equal([{title: 'A'}, {title: 'A', href: '/a'}]);
  });

  it('returns the kept objects themselves, with their own type', () => {
    interface Tagged extends RelatedLinkModel {
      tag: number;
    }
    const links: Tagged[] = [
      {title: 'x', tag: 1},
      {title: 'X', tag: 2},
    ];
    const kept: Tagged[] = dedupeLinks(links);
    expect(kept).to.have.length(1);
    expect(kept[0]).to.equal(links[0]);
    expect(links).to.have.length(2);
    expect(dedupeLinks([])).to.deep.equal([]);
  });

  const repeats = {
    zh: ['沈阳嘉荟生活广场位置及联系方式', '金桔子树修剪技巧全解析'],
    en: [
      'Location and contact details of Shenyang Jiahui Life Plaza',
      'Kumquat tree pruning techniques explained',
    ],
  };
  for (const locale of ['zh', 'en'] as const) {
    it(`reduces the ${locale} seed's 100 related titles to 98`, async () => {
      const result = parseArticle(await seedArticle(locale));
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      const related = result.value.related ?? [];
      expect(related).to.have.length(100);
      const kept = dedupeLinks(related);
      expect(kept).to.have.length(98);
      // Items 92 and 94 repeat items 5 and 27 exactly; the later copies go.
      const dropped = related.flatMap((link, i) => (kept.includes(link) ? [] : [i]));
      expect(dropped).to.deep.equal([91, 93]);
      expect([related[4].title, related[26].title]).to.deep.equal(repeats[locale]);
      expect([related[91].title, related[93].title]).to.deep.equal(repeats[locale]);
      expect(kept).to.include(related[4]).and.to.include(related[26]);
      expect(kept).to.deep.equal(related.filter((_, i) => i !== 91 && i !== 93));
    });
  }
});
