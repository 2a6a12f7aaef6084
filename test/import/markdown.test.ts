import {expect} from '@open-wc/testing';
import {
  importMarkdown,
  RELATED_HEADINGS,
  type ImportIssue,
  type ImportResult,
  type MarkdownImportOptions,
} from '../../src/import/markdown.js';
import type {Article, Block, SectionBlock} from '../../src/model/article.js';
import {parseArticle} from '../../src/model/parse.js';
import {seedArticle} from '../helpers/fixtures.js';

/** Imports, expecting success; returns the article and the warnings. */
function imported(text: string, options?: MarkdownImportOptions) {
  const result = importMarkdown(text, options);
  if (!result.ok) {
    throw new Error(`expected success, got ${result.error.line}: ${result.error.message}`);
  }
  // Whatever the importer returns is a valid article with nothing left for the validator to drop.
  const checked = parseArticle(result.article);
  expect(checked.ok, 'parseArticle').to.equal(true);
  expect(checked.warnings, 'parseArticle warnings').to.deep.equal([]);
  return result;
}

function importError(text: string): ImportIssue {
  const result: ImportResult = importMarkdown(text);
  if (result.ok) throw new Error(`expected an import error for ${JSON.stringify(text)}`);
  return result.error;
}

const body = (text: string): Block[] => imported(text).article.body;

/** The warnings as `line:column message` strings. */
const warningsOf = (text: string) =>
  imported(text).warnings.map((w) => `${w.line}:${w.column} ${w.message}`);

/** Section headings as a tree: `['A', ['A.1']]`-style nested arrays. */
type Outline = (string | Outline)[];
function outline(blocks: Block[]): Outline {
  return blocks
    .filter((block): block is SectionBlock => block.type === 'section')
    .flatMap((section) => {
      const children = outline(section.body);
      return children.length ? [section.heading, children] : [section.heading];
    });
}

async function fixtureMarkdown(name: string): Promise<string> {
  const response = await fetch(new URL(`./fixtures/${name}`, import.meta.url));
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return response.text();
}

describe('importMarkdown: headings', () => {
  it('takes the first # heading as the title and nests deeper headings by level', () => {
    const {article} = imported(
      '# Title\n\nIntro\n\n## One\n\none text\n\n### One.One\n\n#### One.One.One\n\n## Two\n',
    );
    expect(article.title).to.equal('Title');
    expect(article.body).to.deep.equal([
      {type: 'paragraph', text: 'Intro'},
      {
        type: 'section',
        heading: 'One',
        body: [
          {type: 'paragraph', text: 'one text'},
          {
            type: 'section',
            heading: 'One.One',
            body: [{type: 'section', heading: 'One.One.One', body: []}],
          },
        ],
      },
      {type: 'section', heading: 'Two', body: []},
    ]);
  });

  it('nests a heading that skips levels under the nearest shallower section', () => {
    const article = imported(
      '# T\n## A\n#### A.deep\n### A.mid\n###### A.mid.deep\n## B\n### B.1\n',
    ).article;
    expect(outline(article.body)).to.deep.equal([
      'A',
      ['A.deep', 'A.mid', ['A.mid.deep']],
      'B',
      ['B.1'],
    ]);
  });

  it('starts at any level: the shallowest heading makes a top-level section', () => {
    const article = imported('---\ntitle: T\n---\n### Three\n#### Four\n### Three again\n').article;
    expect(outline(article.body)).to.deep.equal(['Three', ['Four'], 'Three again']);
  });

  it('with a front-matter title, reads # headings as sections, dropping one that repeats it', () => {
    const {article, warnings} = imported('---\ntitle: T\n---\n# T\n\ntext\n\n# One\n## One.One\n');
    expect(article.title).to.equal('T');
    expect(article.body[0]).to.deep.equal({type: 'paragraph', text: 'text'});
    expect(outline(article.body)).to.deep.equal(['One', ['One.One']]);
    expect(warnings).to.deep.equal([
      {line: 4, column: 1, message: 'heading repeats the front matter title; dropped'},
    ]);
  });

  it('reads Setext headings, and later # headings as top-level sections', () => {
    const article = imported('Title\n=====\n\nSub\n---\n\n# Second h1\n## Under it\n').article;
    expect(article.title).to.equal('Title');
    expect(outline(article.body)).to.deep.equal(['Sub', 'Second h1', ['Under it']]);
  });

  it('flattens inline markup in headings', () => {
    const article = imported(
      '# The *big* `title`\n## A [link](https://example.com) here\n',
    ).article;
    expect(article.title).to.equal('The big title');
    expect(outline(article.body)).to.deep.equal(['A link here']);
  });
});

describe('importMarkdown: blocks', () => {
  it('reads unordered and ordered lists, item text flattened', () => {
    expect(body('# T\n\n- one\n- **two**\n- `three`\n\n1. first\n2. second\n')).to.deep.equal([
      {type: 'list', ordered: false, items: ['one', 'two', 'three']},
      {type: 'list', ordered: true, items: ['first', 'second']},
    ]);
  });

  it('flattens a list item with several paragraphs or a nested list into one line, warning', () => {
    const {article, warnings} = imported('# T\n\n- one\n\n  more\n- two\n  - inner\n  - deeper\n');
    expect(article.body).to.deep.equal([
      {type: 'list', ordered: false, items: ['one more', 'two inner deeper']},
    ]);
    expect(warnings.map((w) => [w.line, w.message])).to.deep.equal([
      [7, 'nested list flattened into its item'],
    ]);
  });

  it('warns when an ordered list does not start at 1', () => {
    expect(warningsOf('# T\n\n3. three\n4. four\n')).to.deep.equal([
      '3:1 list starts at 3; the article numbers it from 1',
    ]);
  });

  it('reads a blockquote, with a last line "— cite" or "-- cite" as its cite', () => {
    expect(body('# T\n\n> To be.\n> — Hamlet\n')).to.deep.equal([
      {type: 'quote', text: 'To be.', cite: 'Hamlet'},
    ]);
    expect(body('# T\n\n> To be.\n>\n> -- William *Shakespeare*\n')).to.deep.equal([
      {type: 'quote', text: 'To be.', cite: 'William Shakespeare'},
    ]);
    expect(body('# 标题\n\n> 横眉冷对千夫指,\n> 俯首甘为孺子牛。\n> ——鲁迅\n')).to.deep.equal([
      {type: 'quote', text: '横眉冷对千夫指, 俯首甘为孺子牛。', cite: '鲁迅'},
    ]);
  });

  it('keeps a quote without a cite line whole, paragraphs on separate lines', () => {
    expect(body('# T\n\n> One\n> line.\n>\n> Two -- not a cite\n')).to.deep.equal([
      {type: 'quote', text: 'One line.\nTwo -- not a cite'},
    ]);
    // A quote that is only a dash line is text, not an empty quote with a cite.
    expect(body('# T\n\n> — Anonymous\n')).to.deep.equal([{type: 'quote', text: '— Anonymous'}]);
  });

  it('joins soft line breaks with a space, or with nothing between Chinese characters', () => {
    expect(body('# T\n\nOne\ntwo\n第一行。\n第二行\n')).to.deep.equal([
      {type: 'paragraph', text: 'One two 第一行。第二行'},
    ]);
  });

  it('joins Chinese characters beyond the Basic Multilingual Plane without a space', () => {
    expect(body('# T\n\n𠀀\n𠀁 and\n𠀂\n')).to.deep.equal([
      {type: 'paragraph', text: '𠀀𠀁 and 𠀂'},
    ]);
  });

  it('keeps hard line breaks as line breaks', () => {
    expect(body('# T\n\nOne  \ntwo\\\nthree\n')).to.deep.equal([
      {type: 'paragraph', text: 'One\ntwo\nthree'},
    ]);
  });

  it('flattens inline markup to its text, warning for the link addresses it drops', () => {
    const {article, warnings} = imported(
      '# T\n\nSome *emphasis*, **strong**, `code`, [a link](https://example.com "t") and ' +
        '[a reference][ref].\n\n[ref]: https://example.org/ref\n',
    );
    expect(article.body).to.deep.equal([
      {type: 'paragraph', text: 'Some emphasis, strong, code, a link and a reference.'},
    ]);
    expect(warnings.map((w) => `${w.line}:${w.column} ${w.message}`)).to.deep.equal([
      '3:38 link in a paragraph kept as its text; its address "https://example.com" dropped',
      '3:76 link in a paragraph kept as its text; its address "https://example.org/ref" dropped',
    ]);
  });

  it('keeps raw HTML as literal text, never as markup', () => {
    const {article} = imported(
      '# T\n\n<script>alert(1)</script>\n\nInline <b onclick="x()">bold</b> &lt;i&gt;\n\n' +
        '- <img src=x onerror=alert(1)>\n\n<div>\n<p>block</p>\n</div>\n',
    );
    expect(article.body).to.deep.equal([
      {type: 'paragraph', text: '<script>alert(1)</script>'},
      {type: 'paragraph', text: 'Inline <b onclick="x()">bold</b> <i>'},
      {type: 'list', ordered: false, items: ['<img src=x onerror=alert(1)>']},
      {type: 'paragraph', text: '<div>\n<p>block</p>\n</div>'},
    ]);
  });

  it('keeps a code block as a plain paragraph, with a warning', () => {
    const {article, warnings} = imported('# T\n\n```js\nlet a = "<b>";\n```\n');
    expect(article.body).to.deep.equal([{type: 'paragraph', text: 'let a = "<b>";'}]);
    expect(warnings).to.deep.equal([
      {line: 3, column: 1, message: 'code block kept as a plain paragraph'},
    ]);
  });

  it('warns, with lines and columns, for images, thematic breaks, tables and HTML comments', () => {
    const text = [
      '# T', // 1
      '', // 2
      'Text ![a chart](chart.png) more', // 3
      '', // 4
      '![alone](x.png)', // 5
      '', // 6
      '***', // 7
      '', // 8
      '| a | b |', // 9
      '| - | - |', // 10
      '', // 11
      '<!-- a note -->', // 12
    ].join('\n');
    const {article, warnings} = imported(text);
    expect(article.body).to.deep.equal([
      {type: 'paragraph', text: 'Text more'},
      {type: 'paragraph', text: '| a | b | | - | - |'},
    ]);
    expect(warnings.map((w) => `${w.line}:${w.column} ${w.message}`)).to.deep.equal([
      '3:6 image "a chart" dropped',
      '5:1 image "alone" dropped',
      '7:1 thematic break (---) dropped',
      '9:1 tables are not supported; the table is kept as its text',
      '12:1 HTML comment dropped',
    ]);
  });

  it('reads CRLF, CR and a byte order mark the same way', () => {
    const text = '---\ntitle: T\n---\nIntro\nmore\n\n## A\n\n> q\n> — c\n';
    const expected = imported(text).article;
    expect(imported(text.replace(/\n/g, '\r\n')).article).to.deep.equal(expected);
    expect(imported(text.replace(/\n/g, '\r')).article).to.deep.equal(expected);
    expect(imported('\uFEFF' + text).article).to.deep.equal(expected);
  });
});

describe('importMarkdown: front matter', () => {
  it('maps the article fields, in the schema order', () => {
    const {article, warnings} = imported(
      [
        '---',
        'summary: What changed',
        'lang: zh-Hans',
        'author: 作者',
        'timeZone: Asia/Shanghai',
        'updated: 2025-07-17',
        'published: 2025-07-16 15:00:09',
        'title: 标题',
        '---',
        'text',
      ].join('\n'),
    );
    expect(article).to.deep.equal({
      title: '标题',
      published: '2025-07-16 15:00:09',
      updated: '2025-07-17',
      timeZone: 'Asia/Shanghai',
      author: '作者',
      lang: 'zh-Hans',
      summary: 'What changed',
      body: [{type: 'paragraph', text: 'text'}],
    });
    expect(Object.keys(article)).to.deep.equal([
      'title',
      'published',
      'updated',
      'timeZone',
      'author',
      'lang',
      'summary',
      'body',
    ]);
    expect(warnings).to.deep.equal([]);
  });

  it('keeps numbers and booleans as written, and warns for unknown and empty fields', () => {
    const {article, warnings} = imported('---\ntitle: 1984\nauthor:\ntags: [a, b]\n---\n');
    expect(article).to.deep.equal({title: '1984', body: []});
    expect(warnings).to.deep.equal([
      {line: 3, column: 1, message: 'front matter field "author" is empty; dropped'},
      {line: 4, column: 1, message: 'front matter field "tags" is not an article field; dropped'},
    ]);
  });

  it('hints at the field meant by a key other tools use', () => {
    const {warnings} = imported(
      '---\ntitle: T\ndate: 2025-07-16\ntimezone: UTC\nconstructor: x\n---\n',
    );
    expect(warnings.map((w) => `${w.line} ${w.message}`)).to.deep.equal([
      '3 front matter field "date" is not an article field; dropped (did you mean "published"?)',
      '4 front matter field "timezone" is not an article field; dropped (did you mean "timeZone"?)',
      '5 front matter field "constructor" is not an article field; dropped',
    ]);
  });

  it('takes the time zone and language from the options when the front matter has none', () => {
    const options = {timeZone: 'Asia/Shanghai', lang: 'en'};
    expect(imported('# T\n', options).article).to.deep.equal({
      title: 'T',
      timeZone: 'Asia/Shanghai',
      lang: 'en',
      body: [],
    });
    const own = imported('---\ntimeZone: Europe/Paris\nlang: fr\n---\n# T\n', options).article;
    expect([own.timeZone, own.lang]).to.deep.equal(['Europe/Paris', 'fr']);
  });

  it('accepts empty front matter', () => {
    expect(imported('---\n---\n# T\n').article).to.deep.equal({title: 'T', body: []});
  });
});

describe('importMarkdown: related links', () => {
  it('turns a section of lists under a related heading into related links', () => {
    const {article, warnings} = imported(
      [
        '# T',
        '## Body',
        'text',
        '## Related:',
        '- [First](https://example.com/1)',
        '- Plain title',
        '- [Ref][r] (PDF)',
        '',
        '* <https://example.com/auto>',
        '',
        '[r]: /relative/ref',
      ].join('\n'),
    );
    expect(outline(article.body)).to.deep.equal(['Body']);
    expect(article.related).to.deep.equal([
      {title: 'First', href: 'https://example.com/1'},
      {title: 'Plain title'},
      {title: 'Ref (PDF)', href: '/relative/ref'},
      {title: 'https://example.com/auto', href: 'https://example.com/auto'},
    ]);
    expect(warnings).to.deep.equal([]);
  });

  it('knows the headings in RELATED_HEADINGS, in any case, at any level', () => {
    expect(RELATED_HEADINGS).to.include.members(['related', '相关链接', '相关阅读']);
    for (const heading of ['Related', 'RELATED LINKS', 'See also', '相关链接', '相关阅读：']) {
      const {article} = imported(`# T\n## A\n### ${heading}\n- [x](https://x.example)\n## B\n`);
      expect(article.related, heading).to.deep.equal([{title: 'x', href: 'https://x.example'}]);
      expect(outline(article.body), heading).to.deep.equal(['A', 'B']);
    }
  });

  it('keeps a related heading with other content as an ordinary section, with a warning', () => {
    const {article, warnings} = imported(
      '# T\n## Related\nSome words.\n- [x](https://x.example)\n',
    );
    expect(article).not.to.have.property('related');
    expect(article.body).to.deep.equal([
      {
        type: 'section',
        heading: 'Related',
        body: [
          {type: 'paragraph', text: 'Some words.'},
          {type: 'list', ordered: false, items: ['x']},
        ],
      },
    ]);
    expect(warnings.map((w) => `${w.line}:${w.column} ${w.message}`)).to.deep.equal([
      '2:1 section "Related" is kept as a section, not related links: its content is not only lists',
      '4:3 link in a list item kept as its text; its address "https://x.example" dropped',
    ]);
  });

  it('keeps a related heading with sub-sections as an ordinary section, with a warning', () => {
    const {article, warnings} = imported('# T\n## See also\n- x\n### More\ntext\n');
    expect(article).not.to.have.property('related');
    expect(outline(article.body)).to.deep.equal(['See also', ['More']]);
    expect(warnings.map((w) => `${w.line}:${w.column} ${w.message}`)).to.deep.equal([
      '2:1 section "See also" is kept as a section, not related links: it has sub-sections',
    ]);
  });

  it('lets thematic breaks, comments and definitions sit between the related lists', () => {
    const {article, warnings} = imported(
      '# T\n## Related\n- [a][x]\n\n---\n\n<!-- more -->\n\n1. b\n\n[x]: https://a.example\n',
    );
    expect(article.related).to.deep.equal([{title: 'a', href: 'https://a.example'}, {title: 'b'}]);
    expect(article.body).to.deep.equal([]);
    expect(warnings.map((w) => `${w.line}:${w.column} ${w.message}`)).to.deep.equal([
      '5:1 thematic break (---) dropped',
      '7:1 HTML comment dropped',
    ]);
  });

  it('keeps an empty related heading as an empty section', () => {
    const {article} = imported('# T\n## Related\n## Next\n');
    expect(article).not.to.have.property('related');
    expect(outline(article.body)).to.deep.equal(['Related', 'Next']);
  });

  it('drops unsafe addresses, keeping the title, with a warning', () => {
    const {article, warnings} = imported('# T\n## 相关链接\n- [Bad](javascript:alert(1))\n');
    expect(article.related).to.deep.equal([{title: 'Bad'}]);
    expect(warnings).to.deep.equal([
      {line: 3, column: 3, message: 'unsafe link address "javascript:alert(1)" dropped'},
    ]);
  });
});

describe('importMarkdown: errors', () => {
  it('refuses invalid YAML front matter, at its line in the file', () => {
    const cases: [string, number, RegExp][] = [
      ['---\ntitle: T\nsummary: "unclosed\n---\n# T\n', 3, /quote/],
      ['---\ntitle: T\nlang: en\ntitle: U\n---\n', 4, /unique/],
      ['---\r\ntitle: T\r\nauthor: A\r\n\tlang: en\r\n---\r\n', 4, /tab/i],
    ];
    for (const [text, line, reason] of cases) {
      const error = importError(text);
      expect(error.message, text)
        .to.match(/^invalid YAML front matter: /)
        .and.match(reason);
      expect(error.line, text).to.equal(line);
    }
  });

  it('refuses front matter that is not a map, or a field that is not text', () => {
    expect(importError('---\n- a\n- b\n---\n# T\n')).to.deep.include({
      line: 2,
      message: 'the front matter must be a "key: value" map',
    });
    expect(importError('---\ntitle: T\nauthor:\n  name: A\n---\n')).to.deep.include({
      line: 4,
      message: 'front matter field "author" must be text',
    });
  });

  it('refuses a document with no title, on line 1', () => {
    for (const text of ['', 'Just text\n', '## Not a title\n', '---\nlang: en\n---\ntext\n']) {
      expect(importError(text), JSON.stringify(text)).to.deep.equal({
        line: 1,
        column: 1,
        message: 'no title: add "title:" to the front matter or start with a "# Title" heading',
      });
    }
  });

  it('refuses an empty title or heading, at its line', () => {
    expect(importError('---\ntitle: " "\n---\n')).to.deep.include({
      line: 2,
      message: 'the title is empty',
    });
    expect(importError('# T\n\ntext\n\n## \n')).to.deep.include({
      line: 5,
      message: 'the heading is empty',
    });
  });

  it("places the validator's errors at the front-matter line they come from", () => {
    expect(importError('---\ntitle: T\npublished: 2025-02-30\n---\n')).to.deep.equal({
      line: 3,
      column: 12,
      message:
        'published: "2025-02-30" is not a date (use 2025-07-16 or 2025-07-16T15:00:09+08:00)',
    });
    expect(importError('---\ntitle: T\npublished: 2025-07-16 15:00\n---\n')).to.deep.include({
      line: 3,
      message: 'published: "2025-07-16 15:00" has no UTC offset and the article has no timeZone',
    });
    expect(importError('---\ntitle: T\n\ntimeZone: Mars/Olympus\n---\n')).to.deep.include({
      line: 4,
    });
    expect(importError('---\ntitle: T\nlang: "!!"\n---\n')).to.deep.include({line: 3});
  });
});

describe('importMarkdown: the zh seed as Markdown', () => {
  let article: Article;
  let expected: Article;

  before(async () => {
    const result = imported(await fixtureMarkdown('seed-article.zh.md'));
    expect(result.warnings).to.deep.equal([]);
    article = result.article;
    expected = await seedArticle('zh');
  });

  it('reads the title and the fields', () => {
    expect(article.title).to.equal('爆通讯录为什么不催款了?');
    expect(article.title).to.equal(expected.title);
    expect([article.published, article.timeZone, article.lang]).to.deep.equal([
      expected.published,
      expected.timeZone,
      expected.lang,
    ]);
  });

  it('builds the same sections as the plain-text import', () => {
    expect(outline(article.body)).to.deep.equal(outline(expected.body));
    expect(outline(article.body)).to.have.length(9); // 5 sections, 4 with sub-sections
  });

  it('lists the same 100 related links', () => {
    expect(article.related).to.have.length(100);
    expect(article.related).to.deep.equal(expected.related);
  });

  it('is the plain-text import, block for block', () => {
    expect(article).to.deep.equal(expected);
  });
});

describe('importMarkdown: hostile text', () => {
  it('handles long runs of spaces in linear time (no regular-expression backtracking)', () => {
    // Each of these took quadratic time with the earlier regular expressions.
    const spaces = ' '.repeat(200_000);
    const table = importMarkdown(`# T\n\na | b\n-${spaces}x\n`);
    expect(table.ok).to.equal(true);
    const dropped = importMarkdown(`# T\n\nword${spaces}![image](x.png)${spaces}end\n`);
    expect(dropped.ok ? dropped.article.body[0] : null).to.deep.equal({
      type: 'paragraph',
      text: 'word end',
    });
  });
});
