import {expect} from '@open-wc/testing';
import {articleJsonLd, jsonLdScriptText} from '../../src/model/json-ld.js';
import {parseArticle} from '../../src/model/parse.js';
import type {ArticleModel} from '../../src/model/article-model.js';

function model(data: unknown): ArticleModel {
  const result = parseArticle(data);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('articleJsonLd', () => {
  it('maps the fields, dates with their UTC offset', () => {
    const data = articleJsonLd(
      model({
        title: 'T',
        published: '2025-07-16T15:00:09',
        updated: '2025-07-17',
        timeZone: 'Asia/Shanghai',
        author: 'A',
        lang: 'zh-cn',
        summary: 'S',
        body: [],
      }),
    );
    expect(data).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'T',
      datePublished: '2025-07-16T15:00:09+08:00',
      dateModified: '2025-07-17',
      author: {'@type': 'Person', name: 'A'},
      inLanguage: 'zh-CN',
      description: 'S',
    });
  });

  it('leaves out what the article does not have', () => {
    expect(articleJsonLd(model({title: 'Only', body: []}))).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'Only',
    });
  });
});

describe('jsonLdScriptText', () => {
  it('cannot close its script element or open a comment, and parses back to the same data', () => {
    const data = articleJsonLd(
      model({title: '</script><script>alert(1)</script><!-- & \u2028', body: []}),
    );
    const text = jsonLdScriptText(data);
    expect(text).to.not.match(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).to.deep.equal(data);
  });
});
