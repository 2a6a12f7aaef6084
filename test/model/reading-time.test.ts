import {expect} from '@open-wc/testing';
import {
  addCounts,
  CJK_CHARS_PER_MINUTE,
  countText,
  readingMinutes,
  WORDS_PER_MINUTE,
} from '../../src/model/reading-time.js';
import {seedText} from '../helpers/fixtures.js';

describe('countText', () => {
  it('counts Chinese, Japanese and Korean text per character', () => {
    expect(countText('爆通讯录为什么不催款了')).to.deep.equal({cjkCharacters: 11, words: 0});
    expect(countText('こんにちは')).to.deep.equal({cjkCharacters: 5, words: 0});
    expect(countText('カタカナ')).to.deep.equal({cjkCharacters: 4, words: 0});
    expect(countText('안녕하세요 세계')).to.deep.equal({cjkCharacters: 7, words: 0});
    expect(countText('漢字とかな')).to.deep.equal({cjkCharacters: 5, words: 0});
  });

  it('does not count punctuation or spaces as characters', () => {
    expect(countText('你好,世界。“引号”《书名》!?、……')).to.deep.equal({
      cjkCharacters: 8,
      words: 0,
    });
    expect(countText('  \n\t ')).to.deep.equal({cjkCharacters: 0, words: 0});
    expect(countText('')).to.deep.equal({cjkCharacters: 0, words: 0});
  });

  it('counts other text per word', () => {
    expect(countText('Hello world')).to.deep.equal({cjkCharacters: 0, words: 2});
    expect(countText('  Hello,   world!  ')).to.deep.equal({cjkCharacters: 0, words: 2});
    expect(countText("don't stop — it's well-known")).to.deep.equal({cjkCharacters: 0, words: 4});
    expect(countText('In 2019, 3.5 million')).to.deep.equal({cjkCharacters: 0, words: 5});
    expect(countText('Привет мир, Ελληνικά, café naïve')).to.deep.equal({
      cjkCharacters: 0,
      words: 5,
    });
    expect(countText('ＡＢＣ ｄｅｆ')).to.deep.equal({cjkCharacters: 0, words: 2});
  });

  it('counts mixed text both ways', () => {
    expect(countText('我喜欢JavaScript和TypeScript')).to.deep.equal({cjkCharacters: 4, words: 2});
    expect(countText('自从2019年《网络借贷》实施以来')).to.deep.equal({
      cjkCharacters: 11,
      words: 1,
    });
    expect(countText('使用 AI 客服 to collect')).to.deep.equal({cjkCharacters: 4, words: 3});
  });

  it('adds counts', () => {
    expect(addCounts({cjkCharacters: 1, words: 2}, {cjkCharacters: 10, words: 20})).to.deep.equal({
      cjkCharacters: 11,
      words: 22,
    });
  });
});

describe('readingMinutes', () => {
  it('is 0 for no text and at least 1 for any', () => {
    expect(readingMinutes({cjkCharacters: 0, words: 0})).to.equal(0);
    expect(readingMinutes({cjkCharacters: 1, words: 0})).to.equal(1);
    expect(readingMinutes({cjkCharacters: 0, words: 1})).to.equal(1);
  });

  it('reads CJK characters and words at their own speeds, rounding to whole minutes', () => {
    const cjk = CJK_CHARS_PER_MINUTE;
    const words = WORDS_PER_MINUTE;
    expect(readingMinutes({cjkCharacters: cjk * 2, words: 0})).to.equal(2);
    expect(readingMinutes({cjkCharacters: 0, words: words * 3})).to.equal(3);
    expect(readingMinutes({cjkCharacters: cjk * 2.4, words: 0})).to.equal(2);
    expect(readingMinutes({cjkCharacters: cjk * 2.6, words: 0})).to.equal(3);
    expect(readingMinutes({cjkCharacters: cjk, words: words})).to.equal(2);
    expect(readingMinutes({cjkCharacters: cjk / 2, words: words * 1.5})).to.equal(2);
  });

  it('gives the two seed articles about the same time, though one has no spaces', async () => {
    const article = async (locale: 'zh' | 'en') => {
      const text = await seedText(locale);
      return text.slice(0, text.search(/^(?:相关内容|Related content)/m));
    };
    const zhText = await article('zh');
    const enText = await article('en');
    const zh = countText(zhText);
    const en = countText(enText);
    expect(zh.cjkCharacters).to.be.within(1400, 1500);
    expect(zh.words).to.be.lessThan(30);
    expect(en).to.deep.include({cjkCharacters: 0});
    expect(en.words).to.be.within(800, 900);
    expect(readingMinutes(zh)).to.equal(4);
    expect(readingMinutes(en)).to.equal(4);
    // Splitting on white space would find only a few dozen "words" in the Chinese text.
    expect(zhText.split(/\s+/).filter(Boolean).length).to.be.lessThan(50);
  });
});
