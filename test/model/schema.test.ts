import {expect} from '@open-wc/testing';
import {Validator, type OutputUnit, type Schema} from '@cfworker/json-schema';
import fc from 'fast-check';
import type {
  Article,
  Block,
  ListBlock,
  ParagraphBlock,
  QuoteBlock,
  RelatedLink,
  SectionBlock,
} from '../../src/model/article.js';
import type {Issue} from '../../src/model/issues.js';
import {MAX_SECTION_DEPTH, parseArticle} from '../../src/model/parse.js';
import {articleArbitrary, extendedArticleArbitrary} from '../helpers/arbitraries.js';
import {seedArticle} from '../helpers/fixtures.js';

type Json = Record<string, unknown>;

let schema: Schema & Json;
let validator: Validator;

before(async () => {
  const response = await fetch(new URL('../../article.schema.json', import.meta.url));
  schema = (await response.json()) as Schema & Json;
  validator = new Validator(schema, '2020-12', false);
});

/**
 * The TypeScript types, restated as values the compiler checks: each `fields` object must name
 * every key of its type and nothing else, each `required` object every non-optional key and
 * nothing else. A field added to (or removed from) a type in src/model/article.ts fails `tsc`
 * until it is listed here, and then these tests until the schema has it too.
 */
type RequiredKeys<T> = {[K in keyof T]-?: object extends Pick<T, K> ? never : K}[keyof T];
interface Shape<T> {
  fields: Record<keyof T, true>;
  required: Record<RequiredKeys<T>, true>;
}
/** A block of the given `type`, from the `Block` union. */
type BlockOf<K extends Block['type']> = Extract<Block, {type: K}>;

const articleShape = {
  fields: {
    title: true,
    published: true,
    updated: true,
    timeZone: true,
    author: true,
    lang: true,
    summary: true,
    body: true,
    related: true,
  },
  required: {title: true, body: true},
} satisfies Shape<Article>;

/** One entry per member of `Block`, keyed by its `type`; the schema has a `$defs` entry of that name. */
const blockShapes = {
  paragraph: {
    fields: {type: true, text: true},
    required: {type: true, text: true},
  } satisfies Shape<ParagraphBlock>,
  section: {
    fields: {type: true, heading: true, id: true, body: true},
    required: {type: true, heading: true, body: true},
  } satisfies Shape<SectionBlock>,
  list: {
    fields: {type: true, ordered: true, items: true},
    required: {type: true, items: true},
  } satisfies Shape<ListBlock>,
  quote: {
    fields: {type: true, text: true, cite: true},
    required: {type: true, text: true},
  } satisfies Shape<QuoteBlock>,
} satisfies {[K in Block['type']]: Shape<BlockOf<K>>};

const relatedLinkShape = {
  fields: {title: true, href: true},
  required: {title: true},
} satisfies Shape<RelatedLink>;

/**
 * One value for every field, optional ones included (`Required<…>` makes the compiler insist),
 * to show that the schema and the validator accept each field the types declare.
 */
const everyField = {
  title: 'Title',
  published: '2025-07-16T15:00:09+08:00',
  updated: '2025-07-17',
  timeZone: 'Asia/Shanghai',
  author: 'Author',
  lang: 'zh-Hans',
  summary: 'Summary',
  body: [
    {type: 'paragraph', text: 'Text'} satisfies Required<ParagraphBlock>,
    {
      type: 'section',
      heading: 'Heading',
      id: 'an-id',
      body: [],
    } satisfies Required<SectionBlock>,
    {type: 'list', ordered: true, items: ['Item']} satisfies Required<ListBlock>,
    {type: 'quote', text: 'Quote', cite: 'Cite'} satisfies Required<QuoteBlock>,
  ],
  related: [{title: 'Link', href: 'https://example.com/'} satisfies Required<RelatedLink>],
} satisfies Required<Article>;

function schemaErrors(document: unknown): OutputUnit[] | null {
  const result = validator.validate(document);
  return result.valid ? null : result.errors;
}

function validatorError(document: unknown): Issue | null {
  const result = parseArticle(document);
  return result.ok ? null : result.error;
}

/** The JSON pointer the schema validator reports for the validator's error. */
function schemaLocation(issue: Issue): string {
  const keys = issue.path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean);
  // A missing property is reported on the object that lacks it.
  if (issue.code === 'required') keys.pop();
  return ['#', ...keys].join('/');
}

const doc = (extra: Json = {}): Json => ({title: 'Title', body: [], ...extra});
const section = (extra: Json = {}): Json => ({type: 'section', heading: 'H', body: [], ...extra});

function nested(depth: number): Json {
  let block = section();
  for (let level = 1; level < depth; level += 1) block = section({body: [block]});
  return block;
}

describe('article.schema.json', () => {
  it('is a draft 2020-12 schema with an $id, a title and descriptions', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).to.match(/^https:\/\/.+\.json$/);
    expect(schema.title).to.be.a('string').and.not.equal('');
    expect(schema.description).to.be.a('string').and.not.equal('');
    const defs = schema.$defs as Record<string, Json>;
    for (const [name, def] of Object.entries(defs)) {
      expect(def.description, `$defs.${name}`).to.be.a('string');
    }
    for (const [name, property] of Object.entries(schema.properties as Record<string, Json>)) {
      expect(property.description, `properties.${name}`).to.be.a('string');
    }
  });

  it('only refers to definitions it has, and its patterns compile as ECMA-262 with u', () => {
    const defs = schema.$defs as Record<string, unknown>;
    const walk = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref') {
          expect(value).to.match(/^#\/\$defs\//);
          expect(defs).to.have.property(String(value).slice('#/$defs/'.length));
        }
        if (key === 'pattern') expect(() => new RegExp(String(value), 'u')).not.to.throw();
        walk(value);
      }
    };
    walk(schema);
  });
});

describe('the TypeScript types and the schema agree', () => {
  const sorted = (keys: Iterable<string>) => [...keys].sort();

  /** Compares one object schema with a shape, both ways, naming what one has and the other lacks. */
  function expectSameShape(
    name: string,
    objectSchema: Json,
    shape: {fields: object; required: object},
  ): void {
    expect(objectSchema, name).to.be.an('object');
    const typeKeys = sorted(Object.keys(shape.fields));
    const schemaKeys = sorted(Object.keys((objectSchema.properties ?? {}) as Json));
    expect(
      typeKeys.filter((key) => !schemaKeys.includes(key)),
      `${name}: fields of the type missing from the schema's properties`,
    ).to.deep.equal([]);
    expect(
      schemaKeys.filter((key) => !typeKeys.includes(key)),
      `${name}: properties of the schema missing from the type`,
    ).to.deep.equal([]);
    expect(
      sorted((objectSchema.required ?? []) as string[]),
      `${name}: the schema's required list is the type's non-optional fields`,
    ).to.deep.equal(sorted(Object.keys(shape.required)));
  }

  const defs = () => schema.$defs as Record<string, Json>;

  it('Article: the top-level properties and required list', () => {
    expectSameShape('Article', schema, articleShape);
  });

  for (const [type, shape] of Object.entries(blockShapes)) {
    it(`Block "${type}": $defs.${type}`, () => {
      expectSameShape(`$defs.${type}`, defs()[type], shape);
      expect((defs()[type].properties as Json).type, `$defs.${type}.properties.type`).to.deep.equal(
        {const: type},
      );
    });
  }

  it('RelatedLink: $defs.relatedLink, and the items of related', () => {
    expectSameShape('$defs.relatedLink', defs().relatedLink, relatedLinkShape);
    expect((schema.properties as Record<string, Json>).related.items).to.deep.equal({
      $ref: '#/$defs/relatedLink',
    });
  });

  it('Block: the schema dispatches exactly the block types of the union, each to its $defs entry', () => {
    const dispatch = (defs().block.allOf as Json[]).map((branch) => {
      const condition = branch.if as {properties: {type: {const: string}}};
      return [condition.properties.type.const, (branch.then as Json).$ref];
    });
    expect(sorted(dispatch.map(([type]) => String(type)))).to.deep.equal(
      sorted(Object.keys(blockShapes)),
    );
    for (const [type, ref] of dispatch) expect(ref, String(type)).to.equal(`#/$defs/${type}`);
  });

  it('an article with every field of every type is valid, and the validator knows each field', () => {
    expect(schemaErrors(everyField)).to.equal(null);
    const result = parseArticle(everyField);
    expect(result.ok ? null : result.error).to.equal(null);
    expect(result.warnings, 'no unknown-field warning').to.deep.equal([]);
  });
});

describe('the schema and parseArticle agree', () => {
  it('on the seed articles: both valid', async () => {
    for (const locale of ['zh', 'en'] as const) {
      const article = await seedArticle(locale);
      expect(schemaErrors(article), locale).to.equal(null);
      const result = parseArticle(article);
      expect(result.ok, locale).to.equal(true);
      expect(result.warnings, locale).to.deep.equal([]);
    }
  });

  it('on any generated valid article: both accept', () => {
    fc.assert(
      fc.property(articleArbitrary, (article) => {
        const errors = schemaErrors(article);
        expect(errors, JSON.stringify(errors?.slice(-1))).to.equal(null);
        expect(validatorError(article)).to.equal(null);
        expect(validatorError(JSON.stringify(article))).to.equal(null);
      }),
      {numRuns: 300},
    );
  });

  it('on articles with unknown fields and block types: both accept, the validator warns', () => {
    fc.assert(
      fc.property(extendedArticleArbitrary, (article) => {
        const errors = schemaErrors(article);
        expect(errors, JSON.stringify(errors?.slice(-1))).to.equal(null);
        const result = parseArticle(article);
        expect(result.ok ? null : result.error).to.equal(null);
        expect(result.warnings.some((w) => w.code === 'unknown-field')).to.equal(true);
      }),
      {numRuns: 200},
    );
  });

  it('on documents that only earn warnings: both accept', () => {
    const documents: [string, Json][] = [
      ['unknown field', doc({subtitle: 'x'})],
      ['unknown block type', doc({body: [{type: 'video', src: 5}]})],
      ['block type named like an Object member', doc({body: [{type: 'constructor'}]})],
      ['empty block type', doc({body: [{type: ''}]})],
      ['block type in the wrong case', doc({body: [{type: 'Paragraph'}]})],
      ['unsafe href', doc({related: [{title: 't', href: 'javascript:alert(1)'}]})],
      ['repeated id', doc({body: [section({id: 'a'}), section({id: 'a'})]})],
      ['id with punctuation', doc({body: [section({id: '章节:一/1#?'})]})],
      ['date with white space around it', doc({published: ' 2025-07-16T15:00:09Z\n'})],
      ['date-time without seconds', doc({published: '2025-07-16T15:00+08:00'})],
      ['29 February in a leap year', doc({published: '2024-02-29'})],
      ['time zone in lower case', doc({timeZone: 'asia/shanghai'})],
      ['language tag in odd case', doc({lang: 'ZH-hans'})],
      [`sections ${MAX_SECTION_DEPTH} deep`, doc({body: [nested(MAX_SECTION_DEPTH)]})],
    ];
    for (const [what, document] of documents) {
      expect(schemaErrors(document), what).to.equal(null);
      expect(validatorError(document), what).to.equal(null);
    }
  });

  describe('on invalid documents: both reject, at the same place', () => {
    const documents: [string, unknown][] = [
      ['not an object', []],
      ['null', null],
      ['a string', 'title'],
      ['missing title', {body: []}],
      ['empty title', doc({title: ''})],
      ['white-space title', doc({title: ' \n\t\u3000'})],
      ['title a number', doc({title: 42})],
      ['title null', doc({title: null})],
      ['missing body', {title: 'T'}],
      ['body an object', doc({body: {}})],
      ['body a string', doc({body: 'text'})],
      ['block a string', doc({body: ['text']})],
      ['block null', doc({body: [null]})],
      ['block without type', doc({body: [{text: 'a'}]})],
      ['block type a number', doc({body: [{type: 1}]})],
      ['block type an array', doc({body: [{type: ['paragraph'], text: 'a'}]})],
      ['paragraph without text', doc({body: [{type: 'paragraph'}]})],
      ['paragraph text a number', doc({body: [{type: 'paragraph', text: 1}]})],
      ['section without heading', doc({body: [{type: 'section', body: []}]})],
      ['section with empty heading', doc({body: [section({heading: ''})]})],
      ['section with white-space heading', doc({body: [section({heading: '  '})]})],
      ['section without body', doc({body: [{type: 'section', heading: 'H'}]})],
      ['section body a string', doc({body: [section({body: 'text'})]})],
      ['section id with a space', doc({body: [section({id: 'a b'})]})],
      ['section id empty', doc({body: [section({id: ''})]})],
      ['section id a number', doc({body: [section({id: 1})]})],
      ['list without items', doc({body: [{type: 'list'}]})],
      ['list items a string', doc({body: [{type: 'list', items: 'a'}]})],
      ['list item not a string', doc({body: [{type: 'list', items: ['a', 2]}]})],
      ['list ordered a string', doc({body: [{type: 'list', ordered: 'true', items: []}]})],
      ['quote without text', doc({body: [{type: 'quote'}]})],
      ['quote cite a number', doc({body: [{type: 'quote', text: 'q', cite: 1}]})],
      [
        'deep list item not a string',
        doc({body: [section({body: [section({body: [{type: 'list', items: [null]}]})]})]}),
      ],
      ['published not a date', doc({published: 'yesterday'})],
      ['published a number', doc({published: 20250716})],
      ['published with slashes', doc({published: '2025/07/16'})],
      ['published month 13', doc({published: '2025-13-01'})],
      ['published 30 February', doc({published: '2025-02-30'})],
      ['published 31 April', doc({published: '2025-04-31'})],
      ['published hour 24', doc({published: '2025-07-16T24:00:00Z'})],
      ['published second 60', doc({published: '2025-07-16T23:59:60Z'})],
      ['published offset without colon', doc({published: '2025-07-16T15:00:09+0800'})],
      ['published offset hour 24', doc({published: '2025-07-16T15:00:09+24:00'})],
      ['published 10 fraction digits', doc({published: '2025-07-16T15:00:09.0123456789Z'})],
      ['updated with a time but no date', doc({updated: '15:00:09'})],
      ['timeZone a number', doc({timeZone: 8})],
      ['timeZone empty', doc({timeZone: ''})],
      ['timeZone with a space', doc({timeZone: 'Asia/Shang hai'})],
      ['lang with an underscore', doc({lang: 'en_US'})],
      ['lang a number', doc({lang: 1})],
      ['author a number', doc({author: 1})],
      ['summary an array', doc({summary: ['a']})],
      ['related not an array', doc({related: {title: 'a'}})],
      ['related null', doc({related: null})],
      ['related item a string', doc({related: ['a']})],
      ['related item without title', doc({related: [{href: '/a'}]})],
      ['related title empty', doc({related: [{title: ''}]})],
      ['related title a number', doc({related: [{title: 1}]})],
      ['related href a number', doc({related: [{title: 'a', href: 1}]})],
    ];
    for (const [what, document] of documents) {
      it(what, () => {
        const issue = validatorError(document);
        const errors = schemaErrors(document);
        expect(issue, 'validator').not.to.equal(null);
        expect(errors, 'schema').not.to.equal(null);
        const location = schemaLocation(issue!);
        const here = errors!.filter((error) => error.instanceLocation === location);
        const context = `schema errors at ${location} (validator: ${JSON.stringify(issue)})`;
        expect(here.length, context).to.be.greaterThan(0);
        if (issue!.code === 'required') {
          const missing = issue!.path.split('.').pop()!;
          const names = here.some(
            (e) => e.keyword === 'required' && e.error.includes(`"${missing}"`),
          );
          expect(names, `schema names the missing "${missing}"`).to.equal(true);
        }
      });
    }
  });
});

/**
 * Rules a JSON Schema cannot state; the schema's description lists them. Here the two disagree on
 * purpose: the schema accepts and the validator rejects.
 */
describe('where the schema and parseArticle differ, as documented', () => {
  function schemaOnly(document: Json, code: Issue['code'], path: string): void {
    expect(schemaErrors(document), JSON.stringify(document)).to.equal(null);
    const issue = validatorError(document);
    expect(issue?.code, JSON.stringify(document)).to.equal(code);
    expect(issue?.path).to.equal(path);
  }

  it('says so in its description', () => {
    const description = String(schema.description);
    expect(description).to.include('without an offset needs `timeZone`');
    expect(description).to.include('a zone the browser knows');
    expect(description).to.include('well-formed BCP 47');
    expect(description).to.include('29 February only exists in leap years');
    expect(description).to.include(`nest at most ${MAX_SECTION_DEPTH} deep`);
  });

  it('a date-time without an offset needs timeZone', () => {
    schemaOnly(doc({published: '2025-07-16T15:00:09'}), 'date-needs-time-zone', 'published');
    schemaOnly(doc({updated: '2025-07-16 15:00'}), 'date-needs-time-zone', 'updated');
    // With a zone, both accept.
    const zoned = doc({published: '2025-07-16T15:00:09', timeZone: 'Asia/Shanghai'});
    expect(schemaErrors(zoned)).to.equal(null);
    expect(validatorError(zoned)).to.equal(null);
  });

  it('timeZone must be a zone the browser knows', () => {
    schemaOnly(doc({timeZone: 'Mars/Olympus_Mons'}), 'invalid-time-zone', 'timeZone');
    schemaOnly(doc({timeZone: 'Asia/Shanghia'}), 'invalid-time-zone', 'timeZone');
  });

  it('29 February exists only in leap years', () => {
    schemaOnly(doc({published: '2025-02-29'}), 'invalid-date', 'published');
    schemaOnly(doc({published: '1900-02-29T12:00:00Z'}), 'invalid-date', 'published');
    // 30 February is beyond the schema's pattern too.
    expect(schemaErrors(doc({published: '2024-02-30'}))).not.to.equal(null);
  });

  it('lang must be a well-formed BCP 47 tag, not just look like one', () => {
    schemaOnly(doc({lang: 'abcd'}), 'invalid-lang', 'lang');
    schemaOnly(doc({lang: 'en-US-u'}), 'invalid-lang', 'lang');
    schemaOnly(doc({lang: 'de-1996-1996'}), 'invalid-lang', 'lang');
  });

  it(`sections nest at most ${MAX_SECTION_DEPTH} deep`, () => {
    const path = 'body[0]' + '.body[0]'.repeat(MAX_SECTION_DEPTH) + '.body';
    schemaOnly(doc({body: [nested(MAX_SECTION_DEPTH + 1)]}), 'too-deep', path);
  });
});
