/**
 * Bad data never breaks the page: the element reports what is wrong and where (article-error,
 * with an alert in its shadow root), skips what it cannot use (article-warning), and recovers
 * when good data arrives.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/article-view.js';
import type {ArticleView} from '../../src/article-view.js';
import type {ArticleIssueDetail} from '../../src/events.js';
import type {Article} from '../../src/model/article.js';
import {setLocale} from '../../src/localization.js';
import {LIMITS} from '../../src/model/parse.js';
import type {RelatedLinks} from '../../src/related-links.js';
import {EventLog, expectNone, settled, shadow, guardEachTest} from '../helpers/elements.js';

const good: Article = {
  title: 'Good article',
  published: '2025-07-16T15:00:09+08:00',
  body: [
    {type: 'paragraph', text: 'First paragraph.'},
    {type: 'section', heading: 'Section', body: [{type: 'paragraph', text: 'Inside.'}]},
  ],
};

interface Outcome {
  el: ArticleView;
  log: EventLog;
}

/** Renders `article` (an object, or JSON text as the attribute), recording its events. */
async function renderArticle(article: unknown, asAttribute = false): Promise<Outcome> {
  const log = new EventLog(['article-render', 'article-error', 'article-warning']);
  const el = asAttribute
    ? await fixture<ArticleView>(html`<article-view article=${article as string}></article-view>`)
    : await fixture<ArticleView>(
        html`<article-view .article=${article as Article}></article-view>`,
      );
  await settled(el);
  log.stop();
  return {el, log};
}

/** Asserts the error state: one article-error with this code and path, the alert, no article. */
function expectError({el, log}: Outcome, code: string, path: string): ArticleIssueDetail {
  const errors = log.details('article-error');
  expect(errors.map((e) => ({code: e.code, path: e.path}))).to.deep.equal([{code, path}]);
  expect(log.of('article-render').length, 'article-render').to.equal(0);
  const [detail] = errors;
  const where = path === '' ? 'document' : path;
  expect(detail.message.startsWith(`${where}: `), detail.message).to.equal(true);

  const root = shadow(el);
  const alerts = root.querySelectorAll('[role="alert"]');
  expect(alerts.length, 'alerts').to.equal(1);
  expect(alerts[0].getAttribute('part')).to.equal('error');
  const paragraphs = Array.from(alerts[0].querySelectorAll('p'), (p) => p.textContent);
  expect(paragraphs).to.deep.equal(['The article cannot be shown.', detail.message]);
  expectNone(root, 'article');
  return detail;
}

/** A copy of `data` without the field `key`. */
function without(data: object, key: string): Record<string, unknown> {
  const copy: Record<string, unknown> = {...data};
  delete copy[key];
  return copy;
}

describe('bad input', () => {
  guardEachTest();

  describe('article-error', () => {
    it('reports malformed JSON at the document, with line and column', async () => {
      const cases: [string, number, number][] = [
        ['{\n  "title": "x"\n  "body": []\n}', 3, 3],
        ['{\n  "title": "x",\n  "body": [}\n', 3, 12],
        ['{"title": "x", "body": [],}', 1, 27],
        ["{'title': 'x'}", 1, 2],
        // "n" could start null; "o" is the first character no JSON text could have there.
        ['nope', 1, 2],
        ['{\n  "title": "x",\n  "body": [\n', 4, 1],
      ];
      for (const [text, line, column] of cases) {
        const outcome = await renderArticle(text, true);
        const detail = expectError(outcome, 'json-syntax', '');
        expect(detail.message, JSON.stringify(text)).to.equal(
          `document: the JSON is malformed at line ${line}, column ${column}`,
        );
      }
    });

    it('reports data that throws when read, instead of throwing into the page', async () => {
      const hostile = {
        get title(): string {
          throw new Error('boom');
        },
        body: [],
      };
      const outcome = await renderArticle(hostile);
      const detail = expectError(outcome, 'unreadable', '');
      expect(detail.message).to.equal(
        'document: the data could not be read (a property threw an error)',
      );
      const proxy = new Proxy(
        {},
        {
          ownKeys() {
            throw new Error('trap');
          },
        },
      );
      expectError(await renderArticle(proxy), 'unreadable', '');
    });

    it('reports a missing title', async () => {
      const outcome = await renderArticle(without(good, 'title'));
      const detail = expectError(outcome, 'required', 'title');
      expect(detail.message).to.equal('title: this field is required');
    });

    it('reports a blank title', async () => {
      const detail = expectError(
        await renderArticle({...good, title: '  '}),
        'expected-non-empty-string',
        'title',
      );
      expect(detail.message).to.equal('title: expected a non-empty string');
    });

    it('reports values of the wrong type, with their path', async () => {
      const cases: [unknown, string, string][] = [
        [42, 'expected-object', ''],
        [[good], 'expected-object', ''],
        ['"just a string"', 'expected-object', ''],
        [{...good, title: 42}, 'expected-non-empty-string', 'title'],
        [{...good, body: 'text'}, 'expected-array', 'body'],
        [{...good, author: ['a']}, 'expected-string', 'author'],
        [{...good, body: [{type: 'paragraph', text: 7}]}, 'expected-string', 'body[0].text'],
        [{...good, body: [{type: 'list', items: ['a', 2]}]}, 'expected-string', 'body[0].items[1]'],
        [
          {...good, body: [{type: 'list', ordered: 'yes', items: []}]},
          'expected-boolean',
          'body[0].ordered',
        ],
        [{...good, body: [{type: 'section', body: []}]}, 'required', 'body[0].heading'],
        [{...good, body: [{type: 'section', heading: 'S'}]}, 'required', 'body[0].body'],
        [{...good, body: [{text: 'no type'}]}, 'required', 'body[0].type'],
        [{...good, related: [{title: 'x', href: 5}]}, 'expected-string', 'related[0].href'],
        [{...good, related: {title: 'x'}}, 'expected-array', 'related'],
      ];
      for (const [data, code, path] of cases) {
        const asText = typeof data === 'string';
        expectError(await renderArticle(data, asText), code, path);
      }
    });

    it('reports a missing body', async () => {
      const detail = expectError(await renderArticle(without(good, 'body')), 'required', 'body');
      expect(detail.message).to.equal('body: this field is required');
    });

    it('reports a bad date', async () => {
      for (const published of ['2025-13-01', '2025-02-30', 'yesterday', '2025-07-16T25:00:00Z']) {
        const detail = expectError(
          await renderArticle({...good, published}),
          'invalid-date',
          'published',
        );
        expect(detail.message).to.equal(
          `published: "${published}" is not a date (use 2025-07-16 or 2025-07-16T15:00:09+08:00)`,
        );
      }
      expectError(await renderArticle({...good, updated: '16/07/2025'}), 'invalid-date', 'updated');
    });

    it('reports a date-time without offset when the article has no timeZone', async () => {
      const detail = expectError(
        await renderArticle({...good, published: '2025-07-16T15:00:09'}),
        'date-needs-time-zone',
        'published',
      );
      expect(detail.message).to.equal(
        'published: "2025-07-16T15:00:09" has no UTC offset and the article has no timeZone',
      );
    });

    it('reports an unknown time zone', async () => {
      const detail = expectError(
        await renderArticle({...good, timeZone: 'Mars/Olympus_Mons'}),
        'invalid-time-zone',
        'timeZone',
      );
      expect(detail.message).to.equal(
        'timeZone: "Mars/Olympus_Mons" is not a known time zone (use an IANA name such as Asia/Shanghai)',
      );
    });

    it('reports an invalid lang and an id with spaces', async () => {
      expectError(await renderArticle({...good, lang: 'not a tag'}), 'invalid-lang', 'lang');
      expectError(
        await renderArticle({
          ...good,
          body: [{type: 'section', heading: 'S', id: 'a b', body: []}],
        }),
        'invalid-id',
        'body[0].id',
      );
    });

    it('reports sections nested too deeply instead of overflowing', async () => {
      let body: unknown[] = [];
      for (let i = 0; i < 40; i += 1) body = [{type: 'section', heading: `L${i}`, body}];
      const outcome = await renderArticle({...good, body});
      expect(outcome.log.details('article-error')[0].code).to.equal('too-deep');
      expect(shadow(outcome.el).querySelectorAll('[role="alert"]').length).to.equal(1);
    });

    it('reports input over the limits, naming the limit, in English and Chinese', async () => {
      const huge = '{' + ' '.repeat(LIMITS.inputLength);
      const detail = expectError(await renderArticle(huge, true), 'too-large', '');
      expect(detail.message).to.equal(
        'document: the input is longer than the limit of 16,777,216 characters',
      );
      const tooLong = {...good, summary: 'x'.repeat(LIMITS.stringLength + 1)};
      expect(expectError(await renderArticle(tooLong), 'too-long', 'summary').message).to.equal(
        'summary: the text is longer than the limit of 1,048,576 characters',
      );
      await setLocale('zh-Hans');
      const {el, log} = await renderArticle(huge, true);
      const message = '文档：输入超过了 16,777,216 个字符的上限';
      expect(log.details('article-error').map((e) => e.message)).to.deep.equal([message]);
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.include(message);
    });

    it('sends at most 100 warnings one by one, then one with the count of the rest', async () => {
      const extra = Object.fromEntries(Array.from({length: 150}, (_, i) => [`field${i}`, i]));
      const outcome = await renderArticle({...good, ...extra});
      const warnings = outcome.log.details('article-warning');
      expect(warnings.length).to.equal(101);
      expect(warnings[100]).to.deep.equal({
        code: 'more-warnings',
        path: '',
        message: 'document: 50 more warnings like these, not reported one by one',
      });
      expect(outcome.log.of('article-render').length).to.equal(1);
    });

    it('reports errors from <related-links> with an alert too', async () => {
      const log = new EventLog(['article-error', 'article-render']);
      const el = await fixture<RelatedLinks>(
        html`<related-links links='[{"title": "a"},'></related-links>`,
      );
      const other = await fixture<RelatedLinks>(
        html`<related-links .links=${[{href: '/x'}]}></related-links>`,
      );
      log.stop();
      expect(log.details('article-error').map(({code, path}) => ({code, path}))).to.deep.equal([
        {code: 'json-syntax', path: ''},
        {code: 'required', path: '[0].title'},
      ]);
      expect(log.of('article-render').length).to.equal(0);
      for (const list of [el, other]) {
        const alert = shadow(list).querySelectorAll('[role="alert"]');
        expect(alert.length).to.equal(1);
        expectNone(shadow(list), 'ul');
      }
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.equal(
        // The text ends after 16 characters, where a value was expected.
        'document: the JSON is malformed at line 1, column 17',
      );
    });
  });

  describe('article-warning', () => {
    it('skips an unknown block type and renders the rest', async () => {
      const outcome = await renderArticle({
        ...good,
        body: [
          {type: 'paragraph', text: 'Before.'},
          {type: 'video', src: 'movie.mp4'},
          {
            type: 'section',
            heading: 'After',
            body: [{type: 'gallery'}, {type: 'paragraph', text: 'Kept.'}],
          },
        ],
      });
      const {el, log} = outcome;
      expect(log.details('article-warning')).to.deep.equal([
        {
          code: 'unknown-block',
          path: 'body[1]',
          message: 'body[1]: unknown block type "video", skipped',
        },
        {
          code: 'unknown-block',
          path: 'body[2].body[0]',
          message: 'body[2].body[0]: unknown block type "gallery", skipped',
        },
      ]);
      expect(log.details('article-error')).to.deep.equal([]);
      expect(log.of('article-render').length).to.equal(1);
      const root = shadow(el);
      expectNone(root, '[role="alert"]');
      expect(
        Array.from(root.querySelectorAll('[part="paragraph"]'), (p) => p.textContent),
      ).to.deep.equal(['Before.', 'Kept.']);
      expect(root.querySelector('[part="heading"]')!.textContent).to.equal('1. After');
    });

    it('warns about unknown fields and ignores them', async () => {
      const {el, log} = await renderArticle({
        ...good,
        subtitle: 'Extra',
        body: [{type: 'paragraph', text: 'P', style: 'bold'}],
      });
      expect(log.details('article-warning').map(({code, path}) => ({code, path}))).to.deep.equal([
        {code: 'unknown-field', path: 'subtitle'},
        {code: 'unknown-field', path: 'body[0].style'},
      ]);
      expect(shadow(el).querySelector('[part="paragraph"]')!.textContent).to.equal('P');
    });

    it('shows a javascript: link as text, without <a>, and warns', async () => {
      const hrefs = [
        'javascript:alert(1)',
        'JavaScript:alert(1)',
        ' javascript:alert(1)',
        'java\tscript:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        'vbscript:msgbox(1)',
      ];
      const related = [
        {title: 'Safe', href: 'https://example.com/'},
        ...hrefs.map((href, i) => ({title: `Unsafe ${i}`, href})),
      ];
      const {el, log} = await renderArticle({...good, related});
      expect(log.details('article-warning').map(({code, path}) => ({code, path}))).to.deep.equal(
        hrefs.map((_, i) => ({code: 'unsafe-url', path: `related[${i + 1}].href`})),
      );
      expect(log.details('article-warning')[0].message).to.equal(
        'related[1].href: the URL "javascript:alert(1)" is not safe to link to; shown as text',
      );
      expect(log.of('article-render').length).to.equal(1);
      const list = shadow(shadow(el).querySelector<RelatedLinks>('related-links')!);
      const anchors = Array.from(list.querySelectorAll('a'), (a) => a.getAttribute('href'));
      expect(anchors).to.deep.equal(['https://example.com/']);
      const items = Array.from(list.querySelectorAll('li'));
      expect(items.map((li) => li.textContent)).to.deep.equal(related.map((link) => link.title));
      for (const item of items.slice(1)) expectNone(item, 'a');
      // No attribute anywhere carries the script URL.
      for (const root of [shadow(el), list]) {
        expect(root.innerHTML.toLowerCase()).to.not.include('script:');
      }
    });

    it('warns from a standalone <related-links> with the path inside its list', async () => {
      const log = new EventLog(['article-warning', 'article-render']);
      const el = await fixture<RelatedLinks>(
        html`<related-links .links=${[{title: 'x', href: 'javascript:void 0'}]}></related-links>`,
      );
      log.stop();
      expect(log.details('article-warning').map(({code, path}) => ({code, path}))).to.deep.equal([
        {code: 'unsafe-url', path: '[0].href'},
      ]);
      expect(log.of('article-render').length).to.equal(1);
      expectNone(shadow(el), 'a');
      expect(shadow(el).querySelector('li')!.textContent).to.equal('x');
    });
  });

  describe('recovery', () => {
    it('renders good data after an error and removes the alert', async () => {
      const {el} = await renderArticle('{"title": ', true);
      expect(shadow(el).querySelectorAll('[role="alert"]').length).to.equal(1);
      const log = new EventLog(['article-render', 'article-error']);
      el.article = good;
      await settled(el);
      log.stop();
      expect(log.of('article-render').length).to.equal(1);
      expect(log.details('article-error')).to.deep.equal([]);
      expectNone(shadow(el), '[role="alert"]');
      expect(shadow(el).querySelector('[part="title"]')!.textContent).to.equal('Good article');
    });

    it('goes from good data to an error and back through the attribute', async () => {
      const {el} = await renderArticle(JSON.stringify(good), true);
      el.setAttribute('article', JSON.stringify(without(good, 'title')));
      await settled(el);
      expect(shadow(el).querySelectorAll('[role="alert"]').length).to.equal(1);
      expectNone(shadow(el), 'article');
      el.setAttribute('article', JSON.stringify(good));
      await settled(el);
      expectNone(shadow(el), '[role="alert"]');
      expect(shadow(el).querySelector('[part="title"]')!.textContent).to.equal('Good article');
    });

    it('recovers in <related-links> too', async () => {
      const el = await fixture<RelatedLinks>(
        html`<related-links links="not json"></related-links>`,
      );
      expect(shadow(el).querySelectorAll('[role="alert"]').length).to.equal(1);
      el.links = [{title: 'Fine'}];
      await settled(el);
      expectNone(shadow(el), '[role="alert"]');
      expect(shadow(el).querySelector('li')!.textContent).to.equal('Fine');
    });

    it('keeps the page working: other elements still render and nothing is thrown', async () => {
      const log = new EventLog(['article-render', 'article-error']);
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <article-view article="{oops"></article-view>
          <article-view .article=${good}></article-view>
          <article-view .article=${null as unknown as Article}></article-view>
          <article-view
            .article=${{title: 'x', body: [null, 1, 'text', []]} as unknown as Article}
          ></article-view>
        </div>`,
      );
      const views = Array.from(wrapper.querySelectorAll('article-view'));
      for (const view of views) await settled(view);
      log.stop();
      expect(log.of('article-render').length).to.equal(1);
      expect(log.details('article-error').map((d) => d.code)).to.deep.equal([
        'json-syntax',
        'expected-object',
      ]);
      expect(shadow(views[1]).querySelector('[part="title"]')!.textContent).to.equal(
        'Good article',
      );
      expect(shadow(views[0]).querySelectorAll('[role="alert"]').length).to.equal(1);
      expect(shadow(views[3]).querySelectorAll('[role="alert"]').length).to.equal(1);
    });
  });
});
