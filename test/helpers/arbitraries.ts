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

/** Zones every supported browser knows, in the spellings authors use. */
export const TIME_ZONES = [
  'Asia/Shanghai',
  'UTC',
  'America/New_York',
  'America/Port-au-Prince',
  'America/Argentina/Buenos_Aires',
  'Europe/London',
  'Asia/Kolkata',
  'Etc/GMT+8',
  'Etc/GMT-14',
  'asia/tokyo',
];

/** Well-formed BCP 47 tags, some not in canonical case. */
export const LANGUAGE_TAGS = [
  'zh-Hans',
  'zh',
  'en',
  'en-US',
  'zh-hans-cn',
  'ja',
  'es-419',
  'de-CH-1996',
  'sr-Latn-RS',
  'EN-gb',
];

const WHITE_SPACE = ['', ' ', '\t', '\n', '\r', '\u3000', '\u00a0', '\u2028', '\ufeff'];

/**
 * Any text, white space included. Not lone surrogates: fast-check's `binary` unit yields whole code
 * points only (the security tests add lone surrogates themselves).
 */
export const anyText: fc.Arbitrary<string> = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...WHITE_SPACE.filter((space) => space !== '')),
    fc.string({unit: 'binary', minLength: 1, maxLength: 1}),
    fc.constantFrom('爆', '通', '讯', '录', 'a', 'Z', '"', '\\', '<', '&'),
  ),
  maxLength: 12,
});

/** Text with at least one character that is not white space. */
export const nonEmptyText: fc.Arbitrary<string> = fc
  .tuple(anyText, fc.string({unit: 'binary', minLength: 1, maxLength: 4}), anyText)
  .filter(([, middle]) => /\S/.test(middle))
  .map(([before, middle, after]) => before + middle + after);

const pad = (n: number) => String(n).padStart(2, '0');

/** Mostly nothing, sometimes white space (which readers ignore around a date). */
const padding: fc.Arbitrary<string> = fc.oneof(
  {weight: 4, arbitrary: fc.constant('')},
  {weight: 1, arbitrary: fc.constantFrom(...WHITE_SPACE)},
);

const offset: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('Z', 'z', '+08:00', '-05:00', '+00:00'),
  fc
    .tuple(fc.constantFrom('+', '-'), fc.integer({min: 0, max: 23}), fc.integer({min: 0, max: 59}))
    .map(([sign, h, m]) => `${sign}${pad(h)}:${pad(m)}`),
);

/**
 * A date or date-time in every form Article JSON allows. Without `zone`, every date-time has an
 * offset; with it, some do not (and are read in the zone).
 */
export function dateText(zone: boolean): fc.Arbitrary<string> {
  return fc
    .record({
      instant: fc.date({
        min: new Date('0000-01-01T00:00:00Z'),
        max: new Date('9999-12-31T23:59:59.999Z'),
        noInvalidDate: true,
      }),
      form: fc.constantFrom('date', 'minutes', 'seconds', 'fraction'),
      separator: fc.constantFrom('T', 't', ' '),
      fraction: fc.stringMatching(/^\d{1,9}$/),
      offset: zone ? fc.option(offset, {nil: ''}) : offset,
      space: fc.tuple(padding, padding),
    })
    .map(({instant, form, separator, fraction, offset, space}) => {
      const iso = instant.toISOString();
      const day = iso.slice(0, 10);
      const time =
        form === 'minutes'
          ? iso.slice(11, 16)
          : form === 'seconds'
            ? iso.slice(11, 19)
            : `${iso.slice(11, 19)}.${fraction}`;
      const value = form === 'date' ? day : `${day}${separator}${time}${offset}`;
      return space[0] + value + space[1];
    });
}

/** A section id: any text without white space. */
const sectionId: fc.Arbitrary<string> = fc
  .string({unit: 'binary', minLength: 1, maxLength: 8})
  .map((id) => id.replace(/\s/g, '_'))
  .chain((id) => fc.constantFrom(id, `sec-${id.length}`, 'intro'));

/** Blocks, with sections nested up to `depth` levels. */
export function blockArbitrary(depth: number): fc.Arbitrary<Block> {
  const paragraph: fc.Arbitrary<ParagraphBlock> = fc.record({
    type: fc.constant('paragraph'),
    text: anyText,
  });
  const list: fc.Arbitrary<ListBlock> = fc.record(
    {type: fc.constant('list'), ordered: fc.boolean(), items: fc.array(anyText, {maxLength: 4})},
    {requiredKeys: ['type', 'items']},
  );
  const quote: fc.Arbitrary<QuoteBlock> = fc.record(
    {type: fc.constant('quote'), text: anyText, cite: anyText},
    {requiredKeys: ['type', 'text']},
  );
  if (depth === 0) return fc.oneof(paragraph, list, quote);
  const section: fc.Arbitrary<SectionBlock> = fc.record(
    {
      type: fc.constant('section'),
      heading: nonEmptyText,
      id: sectionId,
      body: fc.array(blockArbitrary(depth - 1), {maxLength: 4}),
    },
    {requiredKeys: ['type', 'heading', 'body']},
  );
  return fc.oneof(paragraph, list, quote, section);
}

const relatedLink: fc.Arbitrary<RelatedLink> = fc.record(
  {
    title: nonEmptyText,
    href: fc.oneof(
      fc.webUrl({withFragments: true, withQueryParameters: true}),
      fc.constantFrom('/a', '#x', '?q', '//example.com/', 'mailto:a@example.com'),
      fc.constantFrom('javascript:alert(1)', 'data:text/html,x', ' vbscript:x'),
      anyText,
    ),
  },
  {requiredKeys: ['title']},
);

/** Any valid Article: every optional field sometimes present, sections nested 3 deep. */
export const articleArbitrary: fc.Arbitrary<Article> = fc.oneof(
  fc.record(
    {
      title: nonEmptyText,
      published: dateText(false),
      updated: dateText(false),
      author: anyText,
      lang: fc.constantFrom(...LANGUAGE_TAGS),
      summary: anyText,
      body: fc.array(blockArbitrary(3), {maxLength: 5}),
      related: fc.array(relatedLink, {maxLength: 5}),
    },
    {requiredKeys: ['title', 'body']},
  ),
  fc.record(
    {
      title: nonEmptyText,
      published: dateText(true),
      updated: dateText(true),
      timeZone: fc.constantFrom(...TIME_ZONES),
      author: anyText,
      lang: fc.constantFrom(...LANGUAGE_TAGS),
      summary: anyText,
      body: fc.array(blockArbitrary(3), {maxLength: 5}),
      related: fc.array(relatedLink, {maxLength: 5}),
    },
    {requiredKeys: ['title', 'body', 'timeZone']},
  ),
);

const KNOWN_TYPES = ['paragraph', 'section', 'list', 'quote'];

/** A block of a type Article JSON version 1 does not know, holding anything. */
const unknownBlock = fc
  .tuple(
    fc.oneof(anyText, fc.constantFrom('video', 'image', 'constructor', '__proto__', 'Paragraph')),
    fc.dictionary(fc.string({maxLength: 6}), fc.jsonValue({maxDepth: 2}), {maxKeys: 3}),
  )
  .filter(([type]) => !KNOWN_TYPES.includes(type))
  .map(([type, fields]) => ({...fields, type}));

/** An extra field name, unknown to version 1 wherever it is used. */
const extraName = fc.constantFrom('x-note', 'style', 'subtitle', 'data', '__proto__', '');

/**
 * A valid article with things a later version might add: unknown fields everywhere and blocks
 * of unknown types. Typed loosely, since it is not an `Article`.
 */
export const extendedArticleArbitrary: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    articleArbitrary,
    extraName,
    fc.jsonValue({maxDepth: 2}),
    fc.array(unknownBlock, {maxLength: 3}),
  )
  .map(([article, name, value, unknown]) => {
    const extend = (blocks: readonly unknown[]): unknown[] => [
      ...unknown,
      ...blocks.map((block) => {
        const copy: Record<string, unknown> = {...(block as Record<string, unknown>)};
        Object.defineProperty(copy, name, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
        if (copy.type === 'section') copy.body = extend(copy.body as unknown[]);
        return copy;
      }),
    ];
    const root: Record<string, unknown> = {...article, body: extend(article.body)};
    Object.defineProperty(root, name, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    if (article.related) {
      root.related = article.related.map((link) => ({...link, [`${name}-link`]: value}));
    }
    return root;
  });
