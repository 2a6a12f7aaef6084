import {expect} from '@open-wc/testing';
import {chineseNumeral, numberingStyleFor, sectionNumber} from '../../src/model/numbering.js';

describe('numbering', () => {
  it('writes Chinese numerals for section numbers', () => {
    const cases: [number, string][] = [
      [1, '一'],
      [5, '五'],
      [10, '十'],
      [11, '十一'],
      [19, '十九'],
      [20, '二十'],
      [21, '二十一'],
      [100, '一百'],
      [101, '一百零一'],
      [110, '一百一十'],
      [1001, '一千零一'],
      [1010, '一千零一十'],
      [9999, '九千九百九十九'],
    ];
    for (const [n, expected] of cases) expect(chineseNumeral(n), String(n)).to.equal(expected);
  });

  it('falls back to digits outside 1–9999', () => {
    expect(chineseNumeral(0)).to.equal('0');
    expect(chineseNumeral(10000)).to.equal('10000');
  });

  it('numbers top-level and nested sections by style', () => {
    expect(sectionNumber([1], 'chinese')).to.equal('一、');
    expect(sectionNumber([12], 'chinese')).to.equal('十二、');
    expect(sectionNumber([1, 2], 'chinese')).to.equal('1.2 ');
    expect(sectionNumber([1], 'latin')).to.equal('1. ');
    expect(sectionNumber([3, 1, 4], 'latin')).to.equal('3.1.4 ');
  });

  it('uses Chinese numbering for every Chinese tag and Latin for the rest', () => {
    for (const tag of ['zh', 'zh-Hans', 'zh-CN', 'zh-Hant-TW', 'ZH-SG']) {
      expect(numberingStyleFor(tag), tag).to.equal('chinese');
    }
    for (const tag of [undefined, 'en', 'en-US', 'ja', 'zha']) {
      expect(numberingStyleFor(tag), String(tag)).to.equal('latin');
    }
  });
});
