/**
 * Malformed and edge-case JSON text in the `article` attribute of `<article-view>` and the `links`
 * attribute of `<related-links>`. Each text either fails cleanly (one `article-error` with a code
 * and a localized message, and the alert) or, when it is valid JSON holding valid data, renders
 * (`article-render`). Nothing throws into the page, however deep or odd the text, and the same
 * elements render good data afterwards.
 */
import {expect} from '@open-wc/testing';
import '../../src/article-view.js';
import '../../src/related-links.js';
import type {RelatedLinks} from '../../src/related-links.js';
import {guardEachTest, settled, shadow, useLocale} from '../helpers/elements.js';
import {fixtureText} from '../helpers/fixtures.js';
import {expectError, expectRender, renderEach, type Rendered} from './batch.js';

const DEEP = 100_000;
const GOOD = '{"title": "Good", "body": [{"type": "paragraph", "text": "Fine."}]}';
const GOOD_LINKS = '[{"title": "Fine", "href": "/fine"}]';

type Target = 'article' | 'links';

/** A syntax error: where the first character that no valid JSON text could have is. */
interface SyntaxCase {
  name: string;
  text: string;
  /** 0-based offset of the error; the message gives it as a line and column. */
  at: number;
}

/** Valid JSON whose data is wrong: an error with this code at this path. */
interface InvalidCase {
  name: string;
  text: string;
  code: string;
  path: string;
}

/** Valid JSON with valid data: it renders, with these warnings and this title (or link text). */
interface ValidCase {
  name: string;
  text: string;
  title: string | string[];
  warnings?: {code: string; path: string}[];
  /** Extra checks on the rendered element. */
  check?: (el: HTMLElement) => void;
}

/** `document: the JSON is malformed at line L, column C` for an error at `offset` of `text`. */
function syntaxMessage(text: string, offset: number): string {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return `document: the JSON is malformed at line ${lines.length}, column ${lines[lines.length - 1].length + 1}`;
}

/** Syntax case whose error is at the first occurrence of `marker` (plus `delta`). */
function at(name: string, text: string, marker: string, delta = 0): SyntaxCase {
  const index = text.indexOf(marker);
  if (index === -1) throw new Error(`${name}: no ${marker} in the text`);
  return {name, text, at: index + delta};
}

const nestedArrays = '['.repeat(DEEP) + ']'.repeat(DEEP);
const nestedObjects = '{"a":'.repeat(DEEP) + '1' + '}'.repeat(DEEP);
const nestedSections =
  '{"title": "T", "body": [' +
  '{"type": "section", "heading": "H", "body": ['.repeat(DEEP) +
  ']}'.repeat(DEEP) +
  ']}';
/** The path of the first section too deep to read: 33 levels of `body[0]`. */
const tooDeepPath = 'body' + '[0].body'.repeat(33);

const ARTICLE_SYNTAX: SyntaxCase[] = [
  {name: 'empty string', text: '', at: 0},
  {name: 'white space only', text: ' \n\t\r ', at: 5},
  at('trailing comma in the object', '{"title": "T", "body": [],}', '}'),
  at(
    'trailing comma in an array',
    '{"title": "T", "body": [{"type": "paragraph", "text": "a"},]}',
    ',]',
    1,
  ),
  at(
    'trailing comma in a block',
    '{"title": "T", "body": [{"type": "paragraph", "text": "a",}]}',
    ',}',
    1,
  ),
  {name: 'line comment first', text: '// note\n{"title": "T", "body": []}', at: 0},
  at('block comment inside', '{/* c */"title": "T", "body": []}', '/*'),
  at('comment after the value', '{"title": "T", "body": []} // end', '//'),
  {name: 'hash comment', text: '# c\n{"title": "T", "body": []}', at: 0},
  at('single-quoted keys', "{'title': 'T', 'body': []}", "'"),
  at('single-quoted value', '{"title": \'T\', "body": []}', "'"),
  at('unquoted keys', '{title: "T", body: []}', 'title'),
  at('NaN', '{"title": "T", "body": [], "n": NaN}', 'NaN'),
  at('Infinity', '{"title": "T", "body": [], "n": Infinity}', 'Infinity'),
  at('-Infinity', '{"title": "T", "body": [], "n": -Infinity}', 'Infinity'),
  at('NaN as the title', '{"title": NaN, "body": []}', 'NaN'),
  at('hex number', '{"title": "T", "body": [], "n": 0x1F}', 'x1F'),
  at('leading zero', '{"title": "T", "body": [], "n": 017}', '17'),
  at('plus sign', '{"title": "T", "body": [], "n": +1}', '+'),
  at('leading dot', '{"title": "T", "body": [], "n": .5}', '.5'),
  at('trailing dot', '{"title": "T", "body": [], "n": 1.}', '}'),
  at('undefined', '{"title": "T", "body": [], "n": undefined}', 'undefined'),
  at('Python True', '{"title": "T", "body": [], "n": True}', 'True'),
  at('missing colon', '{"title" "T", "body": []}', '"T"'),
  at('missing comma', '{"title": "T" "body": []}', '"body"'),
  at('raw control character in a string', '{"title": "a\u0001b", "body": []}', '\u0001'),
  at('raw newline in a string', '{"title": "a\nb", "body": []}', '\n'),
  at('invalid escape', '{"title": "\\x", "body": []}', 'x"'),
  at('short \\u escape', '{"title": "\\uD80", "body": []}', '", "body'),
  at('non-hex \\u escape', '{"title": "\\uZZZZ", "body": []}', 'ZZZZ'),
  at('two documents', '{"title": "T", "body": []}{"title": "U", "body": []}', '{"title": "U"'),
  at('garbage after the value', '{"title": "T", "body": []}x', 'x'),
  {name: 'unclosed string', text: '{"title": "T', at: '{"title": "T'.length},
  {name: 'no-break space before', text: '\u00a0{"title": "T", "body": []}', at: 0},
  {name: 'BOM before (JSON.parse refuses it)', text: '\ufeff{"title": "T", "body": []}', at: 0},
  at('line separator as white space', '{\u2028"title": "T", "body": []}', '\u2028'),
  at('raw lone surrogate outside a string', '{"title": "T", "body": []}\ud800', '\ud800'),
  {name: `${DEEP} unclosed arrays`, text: '['.repeat(DEEP), at: DEEP},
  {name: `${DEEP} arrays closed by a brace`, text: '['.repeat(DEEP) + '}', at: DEEP},
  {name: `${DEEP} unclosed objects`, text: '{"a":'.repeat(DEEP), at: 5 * DEEP},
];

const ARTICLE_INVALID: InvalidCase[] = [
  {name: 'null', text: 'null', code: 'expected-object', path: ''},
  {name: 'a number', text: '42', code: 'expected-object', path: ''},
  {name: 'a string', text: '"str"', code: 'expected-object', path: ''},
  {name: 'an empty array', text: '[]', code: 'expected-object', path: ''},
  {name: 'true', text: 'true', code: 'expected-object', path: ''},
  {name: 'false', text: 'false', code: 'expected-object', path: ''},
  {name: 'negative zero', text: '-0', code: 'expected-object', path: ''},
  {name: 'a number too large (Infinity)', text: '1e400', code: 'expected-object', path: ''},
  {
    name: 'the article inside an array',
    text: '[{"title": "T", "body": []}]',
    code: 'expected-object',
    path: '',
  },
  {name: 'an empty object', text: '{}', code: 'required', path: 'title'},
  {name: 'no body', text: '{"title": "T"}', code: 'required', path: 'body'},
  {name: `${DEEP} nested arrays`, text: nestedArrays, code: 'expected-object', path: ''},
  {name: `${DEEP} nested objects`, text: nestedObjects, code: 'required', path: 'title'},
  {
    name: `${DEEP} nested arrays as the body`,
    text: `{"title": "T", "body": [${nestedArrays}]}`,
    code: 'expected-object',
    path: 'body[0]',
  },
  {
    name: `${DEEP} nested arrays as related links`,
    text: `{"title": "T", "body": [], "related": [${nestedArrays}]}`,
    code: 'expected-object',
    path: 'related[0]',
  },
  {name: `${DEEP} nested sections`, text: nestedSections, code: 'too-deep', path: tooDeepPath},
  {
    name: 'a huge number as the title',
    text: '{"title": 1e400, "body": []}',
    code: 'expected-non-empty-string',
    path: 'title',
  },
  {
    name: 'a huge number as ordered',
    text: '{"title": "T", "body": [{"type": "list", "ordered": 1e400, "items": []}]}',
    code: 'expected-boolean',
    path: 'body[0].ordered',
  },
  {
    name: 'duplicate keys, the last one wrong',
    text: '{"title": "T", "body": [], "body": "oops"}',
    code: 'expected-array',
    path: 'body',
  },
  {
    name: 'the article hidden under __proto__',
    text: '{"__proto__": {"title": "T", "body": []}}',
    code: 'required',
    path: 'title',
  },
];

/** The title of the rendered article. */
const titleOf = (el: HTMLElement) => shadow(el).querySelector('[part="title"]')?.textContent;
const paragraphsOf = (el: HTMLElement) =>
  Array.from(shadow(el).querySelectorAll('[part="paragraph"]'), (p) => p.textContent);

const ARTICLE_VALID: ValidCase[] = [
  {
    name: 'duplicate keys (the last one wins)',
    text: '{"title": "first", "title": "second", "body": []}',
    title: 'second',
  },
  {
    name: 'duplicate keys, the first one wrong',
    text: '{"title": "T", "body": "oops", "body": [{"type": "paragraph", "text": "ok"}]}',
    title: 'T',
    check: (el) => expect(paragraphsOf(el)).to.deep.equal(['ok']),
  },
  {
    name: 'duplicate keys in a block',
    text: '{"title": "T", "body": [{"type": "paragraph", "text": "a", "text": "b"}]}',
    title: 'T',
    check: (el) => expect(paragraphsOf(el)).to.deep.equal(['b']),
  },
  {
    name: 'duplicate href in a link (the last one wins)',
    text: '{"title": "T", "body": [], "related": [{"title": "L", "href": "javascript:alert(1)", "href": "https://example.com/"}]}',
    title: 'T',
    check: (el) => {
      const list = shadow(shadow(el).querySelector<RelatedLinks>('related-links')!);
      expect(list.querySelector('a')?.getAttribute('href')).to.equal('https://example.com/');
    },
  },
  {
    name: 'a __proto__ field',
    text: '{"title": "T", "body": [], "__proto__": {"polluted": true}}',
    title: 'T',
    warnings: [{code: 'unknown-field', path: '__proto__'}],
    check: () => expect(({} as Record<string, unknown>).polluted).to.equal(undefined),
  },
  {
    name: `${DEEP} nested arrays in an unknown field`,
    text: `{"title": "T", "body": [], "extra": ${nestedArrays}}`,
    title: 'T',
    warnings: [{code: 'unknown-field', path: 'extra'}],
  },
  {
    name: `${DEEP} nested objects in an unknown field`,
    text: `{"title": "T", "body": [], "extra": ${nestedObjects}}`,
    title: 'T',
    warnings: [{code: 'unknown-field', path: 'extra'}],
  },
  {
    name: 'a number too large in an unknown field',
    text: '{"title": "T", "body": [], "n": 1e400, "m": -1e-400}',
    title: 'T',
    warnings: [
      {code: 'unknown-field', path: 'n'},
      {code: 'unknown-field', path: 'm'},
    ],
  },
  {
    name: 'a number with 100,000 digits in an unknown field',
    text: `{"title": "T", "body": [], "n": ${'9'.repeat(100_000)}}`,
    title: 'T',
    warnings: [{code: 'unknown-field', path: 'n'}],
  },
  {
    name: 'white space around the value',
    text: '\n\t {"title": "T", "body": []} \r\n',
    title: 'T',
  },
  {
    name: 'an escaped lone high surrogate',
    text: '{"title": "a\\uD800b", "body": []}',
    title: 'a\ufffdb',
    warnings: [{code: 'lone-surrogate', path: 'title'}],
  },
  {
    name: 'a raw lone high surrogate',
    text: '{"title": "a\ud800b", "body": []}',
    title: 'a\ufffdb',
    warnings: [{code: 'lone-surrogate', path: 'title'}],
  },
  {
    name: 'escaped surrogates in the wrong order',
    text: '{"title": "\\uDC00\\uD800", "body": [{"type": "paragraph", "text": "\\uDFFF"}]}',
    title: '\ufffd\ufffd',
    warnings: [
      {code: 'lone-surrogate', path: 'title'},
      {code: 'lone-surrogate', path: 'body[0].text'},
    ],
    check: (el) => expect(paragraphsOf(el)).to.deep.equal(['\ufffd']),
  },
  {
    name: 'a raw lone low surrogate at the end of a string',
    text: '{"title": "T\udc00", "body": []}',
    title: 'T\ufffd',
    warnings: [{code: 'lone-surrogate', path: 'title'}],
  },
  {
    name: 'an escaped surrogate pair',
    text: '{"title": "\\uD83D\\uDE00", "body": []}',
    title: '\u{1f600}',
  },
  {
    name: 'a lone surrogate in a field name',
    text: '{"title": "T", "body": [], "\\uD800": 1}',
    title: 'T',
    warnings: [{code: 'unknown-field', path: '\ud800'}],
  },
  {
    name: 'escaped NUL and a raw line separator in the title',
    text: '{"title": "a\\u0000b\u2028c", "body": []}',
    title: 'a\u0000b\u2028c',
  },
];

const LINKS_SYNTAX: SyntaxCase[] = [
  {name: 'empty string', text: '', at: 0},
  {name: 'white space only', text: '   ', at: 3},
  {name: 'truncated', text: '[{"title": "a"},', at: 16},
  at('trailing comma', '[{"title": "a"},]', ']'),
  at('single quotes', "[{'title': 'a'}]", "'"),
  at('NaN', '[{"title": NaN}]', 'NaN'),
  {name: 'BOM before', text: '\ufeff[]', at: 0},
  {name: `${DEEP} unclosed arrays`, text: '['.repeat(DEEP), at: DEEP},
];

const LINKS_INVALID: InvalidCase[] = [
  {name: 'null', text: 'null', code: 'expected-array', path: ''},
  {name: 'an object', text: '{}', code: 'expected-array', path: ''},
  {name: 'a string', text: '"str"', code: 'expected-array', path: ''},
  {name: 'a number', text: '42', code: 'expected-array', path: ''},
  {name: 'null in the list', text: '[null]', code: 'expected-object', path: '[0]'},
  {name: `${DEEP} nested arrays`, text: nestedArrays, code: 'expected-object', path: '[0]'},
  {name: `${DEEP} nested objects`, text: nestedObjects, code: 'expected-array', path: ''},
  {
    name: 'a huge number as title',
    text: '[{"title": 1e400}]',
    code: 'expected-non-empty-string',
    path: '[0].title',
  },
];

const itemsOf = (el: HTMLElement) =>
  Array.from(shadow(el).querySelectorAll('li'), (li) => li.textContent);

const LINKS_VALID: ValidCase[] = [
  {name: 'duplicate keys', text: '[{"title": "a", "title": "b"}]', title: ['b']},
  {name: 'an empty list', text: '[]', title: []},
  {
    name: 'an escaped lone surrogate',
    text: '[{"title": "\\uD800"}]',
    title: ['\ufffd'],
    warnings: [{code: 'lone-surrogate', path: '[0].title'}],
  },
  {
    name: 'an unsafe href',
    text: '[{"title": "x", "href": "javascript:alert(1)"}]',
    title: ['x'],
    warnings: [{code: 'unsafe-url', path: '[0].href'}],
  },
];

/** Renders each text as the attribute of its own element, side by side. */
function renderTexts(target: Target, texts: readonly string[]): Promise<Rendered<HTMLElement>[]> {
  return renderEach<HTMLElement>(
    target === 'article' ? 'article-view' : 'related-links',
    texts.length,
    (el, i) => el.setAttribute(target, texts[i]),
  );
}

/** The same elements then take good data through the attribute, and a new element renders. */
async function expectRecovery(target: Target, rendered: Rendered<HTMLElement>[]): Promise<void> {
  const good = target === 'article' ? GOOD : GOOD_LINKS;
  for (const item of rendered) {
    item.events.length = 0;
    item.el.setAttribute(target, good);
  }
  await Promise.all(rendered.map(({el}) => settled(el)));
  const [fresh] = await renderTexts(target, [good]);
  for (const [i, item] of [...rendered, fresh].entries()) {
    const context = `recovery of element ${i}`;
    expectRender(item, context);
    if (target === 'article') expect(titleOf(item.el), context).to.equal('Good');
    else expect(itemsOf(item.el), context).to.deep.equal(['Fine']);
  }
}

function syntaxErrors(target: Target, cases: SyntaxCase[]): void {
  it('reports syntax errors at the first bad character', async () => {
    const rendered = await renderTexts(
      target,
      cases.map(({text}) => text),
    );
    for (const [i, {name, text, at}] of cases.entries()) {
      expectError(
        rendered[i],
        {code: 'json-syntax', path: '', message: syntaxMessage(text, at)},
        name,
      );
    }
    await expectRecovery(target, rendered);
  });
}

function invalidData(target: Target, cases: InvalidCase[]): void {
  it('reports valid JSON holding the wrong data at its path', async () => {
    const rendered = await renderTexts(
      target,
      cases.map(({text}) => text),
    );
    for (const [i, {name, code, path}] of cases.entries()) {
      const detail = expectError(rendered[i], {code, path}, name);
      const where = path === '' ? 'document' : path;
      expect(detail.message.startsWith(`${where}: `), `${name}: ${detail.message}`).to.equal(true);
    }
    await expectRecovery(target, rendered);
  });
}

function validData(target: Target, cases: ValidCase[]): void {
  it('renders valid JSON holding valid data', async () => {
    const rendered = await renderTexts(
      target,
      cases.map(({text}) => text),
    );
    for (const [i, {name, title, warnings = [], check}] of cases.entries()) {
      const got = expectRender(rendered[i], name);
      expect(
        got.map(({code, path}) => ({code, path})),
        `${name}: warnings`,
      ).to.deep.equal(warnings);
      const el = rendered[i].el;
      if (target === 'article') expect(titleOf(el), `${name}: title`).to.equal(title);
      else expect(itemsOf(el), `${name}: items`).to.deep.equal(title);
      check?.(el);
    }
    await expectRecovery(target, rendered);
  });
}

describe('malformed JSON', () => {
  guardEachTest();

  describe('<article-view article>', () => {
    const seeds: Record<'en' | 'zh', string> = {en: '', zh: ''};
    before(async () => {
      seeds.en = (await fixtureText('seed-article.en.json')).trimEnd();
      seeds.zh = (await fixtureText('seed-article.zh.json')).trimEnd();
    });

    for (const locale of ['en', 'zh'] as const) {
      it(`reports the ${locale} seed article cut at many offsets, where it ends`, async () => {
        const seed = seeds[locale];
        // Evenly spread offsets, the ends, and cuts inside an escape, a string, a literal.
        const offsets = new Set<number>([0, 1, 2, seed.length - 2, seed.length - 1]);
        for (let n = 0; n < 80; n += 1) offsets.add(Math.floor((seed.length * n) / 80));
        for (const marker of ['\\"', '"published": "2025', 'false', ': ', '[', '},', '"t']) {
          const index = seed.indexOf(marker);
          if (index !== -1) offsets.add(index + Math.ceil(marker.length / 2));
        }
        const cuts = [...offsets].filter((k) => k >= 0 && k < seed.length).sort((a, b) => a - b);
        expect(cuts.length).to.be.greaterThan(80);
        const rendered = await renderTexts(
          'article',
          cuts.map((k) => seed.slice(0, k)),
        );
        for (const [i, k] of cuts.entries()) {
          const text = seed.slice(0, k);
          // Every prefix of valid JSON is fine up to its end: the error is where the text stops.
          expectError(
            rendered[i],
            {code: 'json-syntax', path: '', message: syntaxMessage(text, k)},
            `cut at ${k}: …${JSON.stringify(text.slice(-20))}`,
          );
        }
        await expectRecovery('article', rendered);
      });
    }

    it('renders the whole seed article', async () => {
      const rendered = await renderTexts('article', [seeds.en, seeds.zh]);
      for (const [i, item] of rendered.entries()) {
        expect(expectRender(item, `seed ${i}`)).to.deep.equal([]);
      }
      expect(titleOf(rendered[1].el)).to.equal('爆通讯录为什么不催款了?');
    });

    syntaxErrors('article', ARTICLE_SYNTAX);
    invalidData('article', ARTICLE_INVALID);
    validData('article', ARTICLE_VALID);

    it('gives every error a localized message (zh-Hans)', async () => {
      await useLocale('zh-Hans');
      const cases = [...ARTICLE_SYNTAX, ...ARTICLE_INVALID];
      const rendered = await renderTexts(
        'article',
        cases.map(({text}) => text),
      );
      for (const [i, testCase] of cases.entries()) {
        const {name} = testCase;
        const code = 'code' in testCase ? testCase.code : 'json-syntax';
        const detail = expectError(rendered[i], {code}, name);
        const where = detail.path === '' ? '文档' : detail.path;
        expect(detail.message.startsWith(`${where}：`), `${name}: ${detail.message}`).to.equal(
          true,
        );
        const description = detail.message.slice(where.length);
        expect(/\p{Script=Han}/u.test(description), `${name}: ${detail.message}`).to.equal(true);
        const heading = shadow(rendered[i].el).querySelector('[role="alert"] p')!.textContent!;
        expect(/\p{Script=Han}/u.test(heading), `${name}: ${heading}`).to.equal(true);
      }
    });
  });

  describe('<related-links links>', () => {
    syntaxErrors('links', LINKS_SYNTAX);
    invalidData('links', LINKS_INVALID);
    validData('links', LINKS_VALID);
  });
});
