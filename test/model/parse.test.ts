import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import type {Block, SectionBlock} from '../../src/model/article.js';
import type {ArticleModel, BlockModel, SectionModel} from '../../src/model/article-model.js';
import type {Issue, IssueCode} from '../../src/model/issues.js';
import {LIMITS, MAX_SECTION_DEPTH, parseArticle, parseRelatedLinks} from '../../src/model/parse.js';
import {countText, addCounts, readingMinutes} from '../../src/model/reading-time.js';
import {articleArbitrary} from '../helpers/arbitraries.js';
import {seedArticle} from '../helpers/fixtures.js';

type Json = Record<string, unknown>;

/** A minimal valid article with `extra` merged in. */
function doc(extra: Json = {}): Json {
  return {title: 'Title', body: [], ...extra};
}

function parsed(input: unknown): {value: ArticleModel; warnings: Issue[]} {
  const result = parseArticle(input);
  if (!result.ok) throw new Error(`expected a valid article, got ${JSON.stringify(result.error)}`);
  return {value: result.value, warnings: result.warnings};
}

function failure(input: unknown): Issue {
  const result = parseArticle(input);
  if (result.ok) throw new Error(`expected an error for ${JSON.stringify(input)}`);
  return result.error;
}

function section(heading: string, body: unknown[] = [], extra: Json = {}): Json {
  return {type: 'section', heading, body, ...extra};
}

const paragraph = (text: string) => ({type: 'paragraph', text});

/** Nested sections, `depth` deep, the innermost one with an empty body. */
function nested(depth: number): Json {
  let block = section(`level ${depth}`);
  for (let level = depth - 1; level >= 1; level -= 1) block = section(`level ${level}`, [block]);
  return block;
}

describe('parseArticle', () => {
  describe('errors: every code, with the path to the problem', () => {
    const cases: [string, unknown, IssueCode, string, string?][] = [
      // [what, input, code, path, value]
      ['JSON syntax', '{"title": ', 'json-syntax', ''],
      ['title missing', {body: []}, 'required', 'title'],
      ['body missing', {title: 'T'}, 'required', 'body'],
      ['block type missing', doc({body: [{text: 'x'}]}), 'required', 'body[0].type'],
      ['paragraph text missing', doc({body: [{type: 'paragraph'}]}), 'required', 'body[0].text'],
      [
        'section heading missing',
        doc({body: [paragraph('a'), paragraph('b'), {type: 'section', body: []}]}),
        'required',
        'body[2].heading',
      ],
      [
        'section body missing',
        doc({body: [{type: 'section', heading: 'H'}]}),
        'required',
        'body[0].body',
      ],
      ['list items missing', doc({body: [{type: 'list'}]}), 'required', 'body[0].items'],
      ['quote text missing', doc({body: [{type: 'quote', cite: 'c'}]}), 'required', 'body[0].text'],
      [
        'related title missing',
        doc({related: [{title: 'a'}, {href: '/x'}]}),
        'required',
        'related[1].title',
      ],
      ['root an array', [], 'expected-object', ''],
      ['root null', null, 'expected-object', ''],
      ['root a number', 42, 'expected-object', ''],
      ['root JSON text of a string', '"article"', 'expected-object', ''],
      ['block a string', doc({body: [paragraph('a'), 'text']}), 'expected-object', 'body[1]'],
      ['block null', doc({body: [null]}), 'expected-object', 'body[0]'],
      ['block an array', doc({body: [[paragraph('a')]]}), 'expected-object', 'body[0]'],
      [
        'related item a string',
        doc({related: [{title: 'a'}, 'b']}),
        'expected-object',
        'related[1]',
      ],
      ['body an object', doc({body: {type: 'paragraph', text: 'a'}}), 'expected-array', 'body'],
      ['body null', doc({body: null}), 'expected-array', 'body'],
      [
        'section body a string',
        doc({body: [section('H', 'text' as never)]}),
        'expected-array',
        'body[0].body',
      ],
      [
        'list items a string',
        doc({body: [{type: 'list', items: 'a, b'}]}),
        'expected-array',
        'body[0].items',
      ],
      ['related an object', doc({related: {title: 'a'}}), 'expected-array', 'related'],
      ['related null', doc({related: null}), 'expected-array', 'related'],
      [
        'block type a number',
        doc({body: [{type: 1, text: 'a'}]}),
        'expected-string',
        'body[0].type',
      ],
      [
        'paragraph text a number',
        doc({body: [{type: 'paragraph', text: 5}]}),
        'expected-string',
        'body[0].text',
      ],
      [
        'list item a number',
        doc({body: [{type: 'list', items: ['a', 'b', 3]}]}),
        'expected-string',
        'body[0].items[2]',
      ],
      [
        'quote cite a number',
        doc({body: [{type: 'quote', text: 'q', cite: 1}]}),
        'expected-string',
        'body[0].cite',
      ],
      ['author a number', doc({author: 7}), 'expected-string', 'author'],
      ['summary an array', doc({summary: ['a']}), 'expected-string', 'summary'],
      ['lang a number', doc({lang: 1}), 'expected-string', 'lang'],
      ['timeZone a number', doc({timeZone: 8}), 'expected-string', 'timeZone'],
      ['published a number', doc({published: 20250716}), 'expected-string', 'published'],
      ['updated null', doc({updated: null}), 'expected-string', 'updated'],
      [
        'href a number',
        doc({related: [{title: 'a', href: 1}]}),
        'expected-string',
        'related[0].href',
      ],
      ['title empty', doc({title: ''}), 'expected-non-empty-string', 'title'],
      ['title white space', doc({title: ' \t\n\u3000'}), 'expected-non-empty-string', 'title'],
      ['title a number', doc({title: 5}), 'expected-non-empty-string', 'title'],
      ['title null', doc({title: null}), 'expected-non-empty-string', 'title'],
      ['heading empty', doc({body: [section('')]}), 'expected-non-empty-string', 'body[0].heading'],
      [
        'heading white space',
        doc({body: [section('   ')]}),
        'expected-non-empty-string',
        'body[0].heading',
      ],
      [
        'section id empty',
        doc({body: [section('H', [], {id: ''})]}),
        'expected-non-empty-string',
        'body[0].id',
      ],
      [
        'section id a number',
        doc({body: [section('H', [], {id: 1})]}),
        'expected-non-empty-string',
        'body[0].id',
      ],
      [
        'related title empty',
        doc({related: [{title: ' '}]}),
        'expected-non-empty-string',
        'related[0].title',
      ],
      [
        'list ordered a string',
        doc({body: [{type: 'list', ordered: 'yes', items: []}]}),
        'expected-boolean',
        'body[0].ordered',
      ],
      [
        'published not a date',
        doc({published: 'yesterday'}),
        'invalid-date',
        'published',
        'yesterday',
      ],
      ['updated month 13', doc({updated: '2025-13-01'}), 'invalid-date', 'updated', '2025-13-01'],
      [
        'published without offset or zone',
        doc({published: '2025-07-16T15:00:09'}),
        'date-needs-time-zone',
        'published',
        '2025-07-16T15:00:09',
      ],
      [
        'unknown time zone',
        doc({timeZone: 'Mars/Olympus_Mons'}),
        'invalid-time-zone',
        'timeZone',
        'Mars/Olympus_Mons',
      ],
      ['empty time zone', doc({timeZone: ''}), 'invalid-time-zone', 'timeZone', ''],
      ['malformed lang', doc({lang: 'en_US'}), 'invalid-lang', 'lang', 'en_US'],
      [
        'section id with a space',
        doc({body: [section('H', [], {id: 'my id'})]}),
        'invalid-id',
        'body[0].id',
        'my id',
      ],
      [
        'section id with a tab',
        doc({body: [section('H', [], {id: 'a\tb'})]}),
        'invalid-id',
        'body[0].id',
        'a\tb',
      ],
    ];
    for (const [what, input, code, path, value] of cases) {
      it(`${what}: ${code} at "${path}"`, () => {
        const error = failure(input);
        expect(error.code).to.equal(code);
        expect(error.path).to.equal(path);
        if (value !== undefined) expect(error.value).to.equal(value);
        else expect(error).not.to.have.property('value');
      });
    }

    it('reports the path of a problem deep inside nested sections', () => {
      const input = doc({
        body: [
          paragraph('intro'),
          section('One', [
            paragraph('a'),
            section('One.One', [{type: 'list', items: ['x', 'y', {}]}]),
          ]),
        ],
      });
      expect(failure(input)).to.deep.equal({
        code: 'expected-string',
        path: 'body[1].body[1].body[0].items[2]',
      });
    });

    it(`refuses sections nested more than ${MAX_SECTION_DEPTH} deep, without overflowing`, () => {
      expect(parseArticle(doc({body: [nested(MAX_SECTION_DEPTH)]})).ok).to.equal(true);
      const error = failure(doc({body: [nested(MAX_SECTION_DEPTH + 1)]}));
      expect(error.code).to.equal('too-deep');
      expect(error.path).to.equal('body[0]' + '.body[0]'.repeat(MAX_SECTION_DEPTH) + '.body');
      // Far deeper data (as from a hostile document) is still an error, not a RangeError.
      const deepText =
        '{"title":"T","body":' +
        '[{"type":"section","heading":"h","body":'.repeat(5000) +
        '[]' +
        '}]'.repeat(5000) +
        '}';
      expect(failure(deepText).code).to.equal('too-deep');
    });

    it('stops at the first error, in document order', () => {
      const error = failure({title: '', body: 'x', published: 'never'});
      expect(error).to.deep.equal({code: 'expected-non-empty-string', path: 'title'});
      expect(failure(doc({body: [section(''), {type: 'list', items: [1]}]})).path).to.equal(
        'body[0].heading',
      );
    });

    it('keeps the warnings found before the error', () => {
      const result = parseArticle(doc({extra: 1, body: [{type: 'video'}, section('')]}));
      expect(result.ok).to.equal(false);
      expect(result.warnings).to.deep.equal([
        {code: 'unknown-field', path: 'extra'},
        {code: 'unknown-block', path: 'body[0]', value: 'video'},
      ]);
    });

    it('never throws for block types that name Object.prototype members', () => {
      for (const type of [['constructor'], ['__proto__'], ['toString'], ['hasOwnProperty'], {}]) {
        const input = doc({body: [{type, text: 'a'}]});
        expect(() => parseArticle(input), JSON.stringify(type)).not.to.throw();
        expect(failure(input)).to.deep.equal({code: 'expected-string', path: 'body[0].type'});
      }
      for (const type of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
        const {value, warnings} = parsed(doc({body: [{type, text: 'a'}, paragraph('b')]}));
        expect(value.body, type).to.deep.equal([{type: 'paragraph', text: 'b'}]);
        expect(warnings, type).to.deep.equal([
          {code: 'unknown-block', path: 'body[0]', value: type},
        ]);
      }
    });
  });

  describe('warnings', () => {
    it('skips blocks of unknown types, whatever they hold', () => {
      const {value, warnings} = parsed(
        doc({
          body: [paragraph('a'), {type: 'video', src: 5, body: 'x'}, {type: ''}, paragraph('b')],
        }),
      );
      expect(value.body).to.deep.equal([paragraph('a'), paragraph('b')]);
      expect(warnings).to.deep.equal([
        {code: 'unknown-block', path: 'body[1]', value: 'video'},
        {code: 'unknown-block', path: 'body[2]', value: ''},
      ]);
    });

    it('ignores unknown fields on the article, blocks and links', () => {
      const {value, warnings} = parsed(
        doc({
          subtitle: 's',
          body: [
            {type: 'paragraph', text: 'a', style: 'bold'},
            section('H', [{type: 'quote', text: 'q', by: 'x'}], {level: 2}),
          ],
          related: [{title: 'r', rel: 'nofollow'}],
        }),
      );
      expect(value.body[0]).to.deep.equal(paragraph('a'));
      expect(warnings).to.deep.equal([
        {code: 'unknown-field', path: 'subtitle'},
        {code: 'unknown-field', path: 'body[0].style'},
        {code: 'unknown-field', path: 'body[1].level'},
        {code: 'unknown-field', path: 'body[1].body[0].by'},
        {code: 'unknown-field', path: 'related[0].rel'},
      ]);
    });

    it('drops unsafe related hrefs and keeps the link as text', () => {
      const {value, warnings} = parsed(
        doc({
          related: [
            {title: 'safe', href: 'https://example.com/a'},
            {title: 'script', href: 'javascript:alert(1)'},
            {title: 'data', href: ' DATA:text/html,<b>x</b>'},
            {title: 'relative', href: '/b'},
          ],
        }),
      );
      expect(value.related).to.deep.equal([
        {title: 'safe', href: 'https://example.com/a'},
        {title: 'script'},
        {title: 'data'},
        {title: 'relative', href: '/b'},
      ]);
      expect(warnings).to.deep.equal([
        {code: 'unsafe-url', path: 'related[1].href', value: 'javascript:alert(1)'},
        {code: 'unsafe-url', path: 'related[2].href', value: ' DATA:text/html,<b>x</b>'},
      ]);
    });

    it('makes repeated ids unique and warns', () => {
      const {value, warnings} = parsed(
        doc({
          body: [
            section('A', [], {id: 'intro'}),
            section('B', [], {id: 'intro'}),
            section('C', [], {id: 'intro'}),
            section('D', [], {id: 'sec-5'}),
            section('E'),
          ],
        }),
      );
      expect(value.sections.map((s) => s.id)).to.deep.equal([
        'intro',
        'intro_2',
        'intro_3',
        'sec-5',
        'sec-5_2',
      ]);
      expect(warnings).to.deep.equal([
        {code: 'duplicate-id', path: 'body[1].id', value: 'intro'},
        {code: 'duplicate-id', path: 'body[2].id', value: 'intro'},
        // Section 5 has no id of its own (no field to point at); the one derived from its number
        // is taken.
        {code: 'duplicate-id', path: 'body[4]', value: 'sec-5'},
      ]);
    });

    it('gives every section a unique id even when given ids mimic derived ones', () => {
      const {value} = parsed(
        doc({
          body: [
            section('A', [], {id: 'sec-2'}),
            section('B', [section('B1'), section('B2'), section('B3', [], {id: 'sec-2-2'})]),
          ],
        }),
      );
      const ids = value.sections.map((s) => s.id);
      expect(new Set(ids).size).to.equal(ids.length);
      // Derived ids keep meaning their number: B2 is sec-2-2, not a suffixed sec-2 of B.
      expect(ids).to.deep.equal(['sec-2', 'sec-2_2', 'sec-2-1', 'sec-2-2', 'sec-2-2_2']);
    });

    it('gives no warnings for the seed articles', async () => {
      for (const locale of ['zh', 'en'] as const) {
        expect(parsed(await seedArticle(locale)).warnings, locale).to.deep.equal([]);
      }
    });
  });

  describe('sections', () => {
    const input = doc({
      body: [
        paragraph('intro'),
        section('One', [
          paragraph('a'),
          section('One.One'),
          {type: 'list', items: ['x']},
          section('One.Two', [section('One.Two.One')]),
        ]),
        {type: 'quote', text: 'q'},
        {type: 'video'},
        section('Two', [], {id: 'second'}),
        section('Three', [section('Three.One')]),
      ],
    });

    it('numbers sections by their position among sections at each level', () => {
      const {value} = parsed(input);
      expect(value.sections.map((s) => [s.heading, s.numbers])).to.deep.equal([
        ['One', [1]],
        ['One.One', [1, 1]],
        ['One.Two', [1, 2]],
        ['One.Two.One', [1, 2, 1]],
        ['Two', [2]],
        ['Three', [3]],
        ['Three.One', [3, 1]],
      ]);
    });

    it('derives ids from the numbers unless the data gives one', () => {
      const {value} = parsed(input);
      expect(value.sections.map((s) => s.id)).to.deep.equal([
        'sec-1',
        'sec-1-1',
        'sec-1-2',
        'sec-1-2-1',
        'second',
        'sec-3',
        'sec-3-1',
      ]);
    });

    it('lists the same section objects as the body tree, in document order', () => {
      const {value} = parsed(input);
      const walked: SectionModel[] = [];
      const walk = (blocks: BlockModel[]) => {
        for (const block of blocks) {
          if (block.type === 'section') {
            walked.push(block);
            walk(block.body);
          }
        }
      };
      walk(value.body);
      expect(value.sections.length).to.equal(walked.length);
      value.sections.forEach((s, i) => expect(s).to.equal(walked[i]));
    });

    it('numbers the seed articles: sections 1 to 4 with two subsections each, then 5', async () => {
      const expected = ['sec-1', 'sec-1-1', 'sec-1-2', 'sec-2', 'sec-2-1', 'sec-2-2'];
      expected.push('sec-3', 'sec-3-1', 'sec-3-2', 'sec-4', 'sec-4-1', 'sec-4-2', 'sec-5');
      for (const locale of ['zh', 'en'] as const) {
        const {value} = parsed(await seedArticle(locale));
        expect(
          value.sections.map((s) => s.id),
          locale,
        ).to.deep.equal(expected);
      }
    });
  });

  describe('normalization', () => {
    it('copies every field and defaults list.ordered to false', () => {
      const {value} = parsed({
        title: 'T',
        published: '2025-07-16T15:00:09+08:00',
        updated: '2025-07-17',
        timeZone: 'Asia/Shanghai',
        author: 'A',
        lang: 'zh-Hans',
        summary: 'S',
        body: [
          {type: 'list', items: ['a']},
          {type: 'list', ordered: true, items: []},
          {type: 'quote', text: 'q', cite: 'c'},
          {type: 'quote', text: 'q'},
        ],
        related: [],
      });
      expect(value).to.deep.equal({
        title: 'T',
        published: {
          kind: 'date-time',
          epochMs: Date.UTC(2025, 6, 16, 7, 0, 9),
          datetime: '2025-07-16T15:00:09+08:00',
        },
        updated: {kind: 'date', epochMs: Date.UTC(2025, 6, 17), datetime: '2025-07-17'},
        timeZone: 'Asia/Shanghai',
        author: 'A',
        lang: 'zh-Hans',
        summary: 'S',
        body: [
          {type: 'list', ordered: false, items: ['a']},
          {type: 'list', ordered: true, items: []},
          {type: 'quote', text: 'q', cite: 'c'},
          {type: 'quote', text: 'q'},
        ],
        sections: [],
        related: [],
        readingMinutes: 1,
      });
    });

    it('leaves absent optional fields absent', () => {
      const {value} = parsed(doc());
      expect(Object.keys(value).sort()).to.deep.equal([
        'body',
        'readingMinutes',
        'sections',
        'title',
      ]);
    });

    it('canonicalizes the language tag', () => {
      expect(parsed(doc({lang: 'zh-hans-cn'})).value.lang).to.equal('zh-Hans-CN');
      expect(parsed(doc({lang: 'EN-us'})).value.lang).to.equal('en-US');
    });

    it('reads an offset-less date-time in the article time zone', () => {
      const {value} = parsed(doc({published: '2025-07-16 15:00:09', timeZone: 'Asia/Shanghai'}));
      expect(value.published?.datetime).to.equal('2025-07-16T15:00:09+08:00');
    });

    it('ignores white space around dates but quotes the value as written', () => {
      expect(parsed(doc({published: ' 2025-07-16\n'})).value.published?.datetime).to.equal(
        '2025-07-16',
      );
      expect(failure(doc({published: ' 2025-02-30 '})).value).to.equal(' 2025-02-30 ');
    });

    it('counts title, summary, headings, paragraphs, list items and quotes for reading time', () => {
      const words = (n: number) => Array.from({length: n}, () => 'word').join(' ');
      const cases: [Json, number][] = [
        [doc({title: 'One'}), 1],
        [doc({title: words(345)}), 2],
        [doc({summary: words(345)}), 2],
        [doc({body: [paragraph(words(345))]}), 2],
        [doc({body: [section(words(345))]}), 2],
        [doc({body: [{type: 'list', items: [words(200), words(145)]}]}), 2],
        [doc({body: [{type: 'quote', text: words(345)}]}), 2],
        // The citation is not read as part of the article.
        [doc({body: [{type: 'quote', text: 'q', cite: words(1000)}]}), 1],
        // Skipped blocks and related links are not read either.
        [doc({body: [{type: 'video', text: words(1000)}], related: [{title: words(1000)}]}), 1],
      ];
      for (const [input, minutes] of cases) {
        expect(parsed(input).value.readingMinutes, JSON.stringify(input).slice(0, 60)).to.equal(
          minutes,
        );
      }
    });

    it('times the seed articles from all of their text', async () => {
      for (const locale of ['zh', 'en'] as const) {
        const article = await seedArticle(locale);
        let count = countText(article.title);
        const walk = (blocks: typeof article.body) => {
          for (const block of blocks) {
            if (block.type === 'paragraph') count = addCounts(count, countText(block.text));
            if (block.type === 'section') {
              count = addCounts(count, countText(block.heading));
              walk(block.body);
            }
          }
        };
        walk(article.body);
        const minutes = parsed(article).value.readingMinutes;
        expect(minutes, locale).to.equal(readingMinutes(count));
        expect(minutes, locale).to.be.within(3, 10);
      }
    });
  });

  describe('input forms', () => {
    it('gives the same result for JSON text and for the parsed object', async () => {
      const inputs: unknown[] = [
        await seedArticle('zh'),
        await seedArticle('en'),
        doc({
          x: 1,
          body: [{type: 'video'}, section('A', [], {id: 'a'}), section('B', [], {id: 'a'})],
        }),
        doc({related: [{title: 'x', href: 'javascript:void 0'}]}),
        doc({body: [section('')]}),
        {body: []},
        [],
      ];
      for (const input of inputs) {
        expect(parseArticle(JSON.stringify(input))).to.deep.equal(parseArticle(input));
      }
    });

    it('reports JSON syntax errors with a line and column', () => {
      const text = '{\n  "title": "T",\n  "body": [1,]\n}';
      const error = failure(text);
      expect(error.code).to.equal('json-syntax');
      expect(error.path).to.equal('');
      expect([error.line, error.column]).to.deep.equal([3, 14]);
    });

    it('treats a string as JSON text, never as a title', () => {
      expect(failure('Just a title').code).to.equal('json-syntax');
      expect(failure('').code).to.equal('json-syntax');
    });

    it('reads only own properties of an object input', () => {
      const inherited = Object.create({title: 'T', body: []}) as object;
      expect(failure(inherited)).to.deep.equal({code: 'required', path: 'title'});
    });
  });

  describe('__proto__ keys', () => {
    afterEach(() => {
      expect(({} as Json).polluted, 'Object.prototype polluted').to.equal(undefined);
      expect(Object.prototype).not.to.have.property('polluted');
    });

    it('treats "__proto__" in JSON text as an unknown field, never as a prototype', () => {
      const text = JSON.stringify({
        title: 'T',
        body: [{type: 'paragraph', text: 'a', ['__proto__']: {polluted: 1}}],
        related: [{title: 'r', ['__proto__']: {href: 'javascript:alert(1)', polluted: 1}}],
      }).replace('{"title"', '{"__proto__":{"polluted":1,"lang":"xx-invalid!"},"title"');
      expect(text).to.include('"__proto__":{"polluted":1');
      const {value, warnings} = parsed(text);
      expect(warnings).to.deep.equal([
        {code: 'unknown-field', path: '__proto__'},
        {code: 'unknown-field', path: 'body[0].__proto__'},
        {code: 'unknown-field', path: 'related[0].__proto__'},
      ]);
      expect(value).not.to.have.property('lang');
      expect(value.related).to.deep.equal([{title: 'r'}]);
      expect(Object.getPrototypeOf(value)).to.equal(Object.prototype);
    });

    it('does not read required fields through a "__proto__" key', () => {
      expect(failure('{"__proto__": {"title": "T", "body": []}}')).to.deep.equal({
        code: 'required',
        path: 'title',
      });
      expect(
        failure('{"title": "T", "body": [{"__proto__": {"type": "paragraph"}, "text": "a"}]}'),
      ).to.deep.equal({
        code: 'required',
        path: 'body[0].type',
      });
    });

    it('takes "__proto__" as an unknown block type', () => {
      const {value, warnings} = parsed(
        '{"title": "T", "body": [{"type": "__proto__", "polluted": 1}]}',
      );
      expect(value.body).to.deep.equal([]);
      expect(warnings).to.deep.equal([
        {code: 'unknown-block', path: 'body[0]', value: '__proto__'},
      ]);
    });
  });
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

describe('parseArticle on generated articles', () => {
  it('accepts them, the same from JSON text, with unique ids and numbers by position', () => {
    fc.assert(
      fc.property(articleArbitrary, (article) => {
        const result = parseArticle(article);
        if (!result.ok) throw new Error(JSON.stringify(result.error));
        expect(parseArticle(JSON.stringify(article))).to.deep.equal(result);
        const model = result.value;
        const ids = model.sections.map((s) => s.id);
        expect(new Set(ids).size).to.equal(ids.length);
        // Walk data and model side by side: same blocks, sections numbered by position and
        // listed in document order, ids as given or derived unless taken by an earlier section.
        const walked: SectionModel[] = [];
        const walk = (data: Block[], blocks: BlockModel[], numbers: number[]) => {
          expect(blocks.map((b) => b.type)).to.deep.equal(data.map((b) => b.type));
          let position = 0;
          blocks.forEach((block, i) => {
            if (block.type !== 'section') return;
            const source = data[i] as SectionBlock;
            position += 1;
            expect(block.numbers).to.deep.equal([...numbers, position]);
            expect(block.heading).to.equal(source.heading);
            const wanted = source.id ?? `sec-${block.numbers.join('-')}`;
            const taken = walked.map((s) => s.id);
            if (!taken.includes(wanted)) expect(block.id).to.equal(wanted);
            else expect(block.id).to.match(new RegExp(`^${escapeRegExp(wanted)}_\\d+$`));
            walked.push(block);
            walk(source.body, block.body, block.numbers);
          });
        };
        walk(article.body, model.body, []);
        expect(model.sections).to.have.length(walked.length);
        model.sections.forEach((s, i) => expect(s).to.equal(walked[i]));
      }),
      {numRuns: 300},
    );
  });
});

describe('sparse arrays (set from script; JSON has none)', () => {
  // A hole is read as undefined, as at any other index: map and forEach would skip it.
  it('a hole among the related links is an error at its index', () => {
    // eslint-disable-next-line no-sparse-arrays
    const result = parseRelatedLinks([, {title: 'a', href: '/a'}]);
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.error).to.deep.equal({code: 'expected-object', path: '[0]'});
  });

  it('a hole in a body or among list items is an error at its path', () => {
    // eslint-disable-next-line no-sparse-arrays
    const body = parseArticle({title: 'T', body: [, {type: 'paragraph', text: 'x'}]});
    expect(!body.ok && body.error).to.deep.equal({code: 'expected-object', path: 'body[0]'});
    const list = parseArticle({
      title: 'T',
      // eslint-disable-next-line no-sparse-arrays
      body: [{type: 'list', items: ['x', , 'y']}],
    });
    expect(!list.ok && list.error).to.deep.equal({code: 'required', path: 'body[0].items[1]'});
  });
});

describe('parseRelatedLinks', () => {
  it('reads an array or its JSON text, with paths from the array', () => {
    const links = [{title: 'a', href: 'https://example.com'}, {title: 'b'}];
    expect(parseRelatedLinks(links)).to.deep.equal({ok: true, value: links, warnings: []});
    expect(parseRelatedLinks(JSON.stringify(links))).to.deep.equal(parseRelatedLinks(links));
    expect(parseRelatedLinks([{title: 'a'}, {title: ''}])).to.deep.equal({
      ok: false,
      error: {code: 'expected-non-empty-string', path: '[1].title'},
      warnings: [],
    });
    expect(parseRelatedLinks([{title: 'a', href: 'vbscript:x', x: 1}]).warnings).to.deep.equal([
      {code: 'unknown-field', path: '[0].x'},
      {code: 'unsafe-url', path: '[0].href', value: 'vbscript:x'},
    ]);
    const notArray = parseRelatedLinks({title: 'a'});
    expect(notArray.ok).to.equal(false);
    if (!notArray.ok) expect(notArray.error).to.deep.equal({code: 'expected-array', path: ''});
    const syntax = parseRelatedLinks('[{"title": "a"},]');
    expect(syntax.ok).to.equal(false);
    if (!syntax.ok) expect(syntax.error.code).to.equal('json-syntax');
  });
});

describe('limits on untrusted input', () => {
  const over = (limit: number) => String(limit);

  it('JSON text longer than the limit is refused before it is parsed', () => {
    // Not valid JSON past the first character: proves the length is checked first.
    const huge = '{' + ' '.repeat(LIMITS.inputLength);
    expect(failure(huge)).to.deep.equal({
      code: 'too-large',
      path: '',
      value: over(LIMITS.inputLength),
    });
    const links = parseRelatedLinks('[' + ' '.repeat(LIMITS.inputLength) + ']');
    expect(links.ok ? null : links.error.code).to.equal('too-large');
  });

  it('a 10 MB article parses', () => {
    const text = '长文本。'.repeat(64);
    const body = Array.from({length: 13_000}, () => ({type: 'paragraph', text}));
    const json = JSON.stringify(doc({body}));
    expect(new TextEncoder().encode(json).length).to.be.greaterThan(10_000_000);
    expect(json.length).to.be.at.most(LIMITS.inputLength);
    expect(parsed(json).value.body.length).to.equal(13_000);
  });

  it('a string at the limit is kept; one character more is an error at its path', () => {
    const atLimit = 'x'.repeat(LIMITS.stringLength);
    expect(parsed(doc({body: [paragraph(atLimit)]})).value.body[0]).to.deep.equal({
      type: 'paragraph',
      text: atLimit,
    });
    const tooLong = atLimit + 'x';
    for (const [input, path] of [
      [doc({title: tooLong}), 'title'],
      [doc({body: [section('h', [paragraph(tooLong)])]}), 'body[0].body[0].text'],
      [doc({body: [{type: 'list', items: ['a', tooLong]}]}), 'body[0].items[1]'],
      [doc({related: [{title: 't', href: 'https://example.com/' + tooLong}]}), 'related[0].href'],
    ] as const) {
      expect(failure(input)).to.deep.equal({
        code: 'too-long',
        path,
        value: over(LIMITS.stringLength),
      });
    }
  });

  it('counts blocks at every depth and list items against one limit', () => {
    const half = LIMITS.blocks / 2;
    const paragraphs = Array.from({length: half - 2}, () => paragraph('p'));
    const items = Array.from({length: half}, () => 'i');
    // half - 2 paragraphs + a section + a list + half items = exactly the limit.
    const atLimit = doc({body: [...paragraphs, section('s', [{type: 'list', items}])]});
    expect(parseArticle(atLimit).ok).to.equal(true);
    const oneMore = doc({
      body: [...paragraphs, section('s', [{type: 'list', items: [...items, 'i']}])],
    });
    expect(failure(oneMore)).to.deep.equal({
      code: 'too-many-blocks',
      path: `body[${half - 2}].body[0].items`,
      value: over(LIMITS.blocks),
    });
  });

  it('refuses more related links than the limit', () => {
    const links = Array.from({length: LIMITS.links}, (_, i) => ({title: `t${i}`}));
    expect(parseRelatedLinks(links).ok).to.equal(true);
    const result = parseRelatedLinks([...links, {title: 'one more'}]);
    expect(result.ok ? null : result.error).to.deep.equal({
      code: 'too-many-links',
      path: '',
      value: over(LIMITS.links),
    });
    expect(failure(doc({related: [...links, {title: 'x'}]})).path).to.equal('related');
  });

  it('nesting far deeper than the section limit, in text or objects, is an error', () => {
    const deepArrays = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(failure(deepArrays).code).to.equal('expected-object');
    const deepBody = `{"title":"T","body":${deepArrays}}`;
    expect(failure(deepBody)).to.deep.equal({code: 'expected-object', path: 'body[0]'});
    // A section that contains itself: the depth limit ends the walk.
    const loop: Json = {type: 'section', heading: 'loop', body: []};
    (loop.body as unknown[]).push(loop);
    expect(failure(doc({body: [loop]})).code).to.equal('too-deep');
  });
});

describe('lone surrogates', () => {
  it('are replaced by U+FFFD with a warning at their path, the rest kept', () => {
    const {value, warnings} = parsed(
      doc({
        title: 'A\uD800B',
        body: [{type: 'list', items: ['ok', 'x\uDC00']}],
        related: [{title: '\uD83D', href: '/a'}],
      }),
    );
    expect(value.title).to.equal('A\uFFFDB');
    expect(value.body[0]).to.deep.equal({type: 'list', ordered: false, items: ['ok', 'x\uFFFD']});
    expect(value.related).to.deep.equal([{title: '\uFFFD', href: '/a'}]);
    expect(warnings).to.deep.equal([
      {code: 'lone-surrogate', path: 'title'},
      {code: 'lone-surrogate', path: 'body[0].items[1]'},
      {code: 'lone-surrogate', path: 'related[0].title'},
    ]);
  });

  it('are found and replaced the same way where String.prototype.toWellFormed is missing', () => {
    const proto = String.prototype as {isWellFormed?: unknown; toWellFormed?: unknown};
    const descriptors = Object.getOwnPropertyDescriptors(String.prototype);
    delete proto.isWellFormed;
    delete proto.toWellFormed;
    try {
      const {value, warnings} = parsed(doc({title: 'x\uDE00\uD83D😀\uD800', author: 'ok 😀'}));
      expect(value.title).to.equal('x\uFFFD\uFFFD😀\uFFFD');
      expect(value.author).to.equal('ok 😀');
      expect(warnings).to.deep.equal([{code: 'lone-surrogate', path: 'title'}]);
    } finally {
      Object.defineProperty(String.prototype, 'isWellFormed', descriptors.isWellFormed);
      Object.defineProperty(String.prototype, 'toWellFormed', descriptors.toWellFormed);
    }
  });

  it('keeps well-formed pairs, also from JSON escapes', () => {
    const {value, warnings} = parsed('{"title":"\\uD83D\\uDE00 ok \\uD800","body":[]}');
    expect(value.title).to.equal('😀 ok \uFFFD');
    expect(warnings.map((w) => w.code)).to.deep.equal(['lone-surrogate']);
  });
});

describe('the warnings limit', () => {
  it('reports the first warnings one by one and the rest as one count', () => {
    const extra = Object.fromEntries(Array.from({length: 250}, (_, i) => [`unknown${i}`, i]));
    const {warnings} = parsed(doc(extra));
    expect(warnings.length).to.equal(LIMITS.warnings + 1);
    expect(warnings[0]).to.deep.equal({code: 'unknown-field', path: 'unknown0'});
    expect(warnings[LIMITS.warnings - 1].path).to.equal(`unknown${LIMITS.warnings - 1}`);
    expect(warnings[LIMITS.warnings]).to.deep.equal({
      code: 'more-warnings',
      path: '',
      value: String(250 - LIMITS.warnings),
    });
  });

  it('keeps the count when an error ends the parse', () => {
    const extra = Object.fromEntries(Array.from({length: 120}, (_, i) => [`x${i}`, i]));
    const result = parseArticle({...extra, title: 'T', body: 'not an array'});
    expect(result.ok).to.equal(false);
    expect(result.warnings.at(-1)).to.deep.equal({code: 'more-warnings', path: '', value: '20'});
  });
});
