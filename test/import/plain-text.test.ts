import {expect} from '@open-wc/testing';
import {importPlainText, PlainTextImportError} from '../../src/import/plain-text.js';
import type {Article, Block, SectionBlock} from '../../src/model/article.js';
import {parseArticle} from '../../src/model/parse.js';
import {fixtureText, seedArticle, seedText} from '../helpers/fixtures.js';

/** The seed texts' headings, exactly as the lines read (number included). */
const HEADINGS = {
  zh: {
    title: '爆通讯录为什么不催款了?',
    related: '相关内容:',
    lines: [
      '一、社会法律环境的变化',
      '1.1 法律对隐私的保护要求',
      '1.2 平台合规压力的增加',
      '二、用户的反感和社会舆论的压力',
      '2.1 用户对隐私的要求日益提高',
      '2.2 舆论的压力推动平台变革',
      '三、金融科技的进步',
      '3.1 数据驱动的催收方式',
      '3.2 人工智能催收的普及',
      '四、“爆通讯录”催款的社会后果',
      '4.1 社会道德的影响',
      '4.2 对借款人信用的影响',
      '五、总结与展望',
    ],
  },
  en: {
    title: 'Why Has "Contact-List Blasting" Stopped Being Used for Debt Collection?',
    related: 'Related content:',
    lines: [
      '1. Changes in the legal environment',
      '1.1 Legal requirements for the protection of privacy',
      '1.2 Growing compliance pressure on platforms',
      "2. Borrowers' resentment and the pressure of public opinion",
      "2.1 Users' growing demand for privacy",
      '2.2 Public opinion pushes platforms to change',
      '3. Progress in financial technology',
      '3.1 Data-driven collection',
      '3.2 The spread of AI-driven collection',
      '4. The social consequences of "contact-list blasting"',
      '4.1 The effect on social morality',
      "4.2 The effect on borrowers' credit",
      '5. Summary and outlook',
    ],
  },
};

/** A heading line without its number: `一、社会…` → `社会…`, `1.1 Legal…` → `Legal…`. */
const withoutNumber = (line: string) => line.replace(/^(?:[一二三四五]、|[\d.]+ )/, '');

function sections(blocks: Block[]): SectionBlock[] {
  return blocks.filter((block): block is SectionBlock => block.type === 'section');
}

function paragraphs(blocks: Block[]): string[] {
  return blocks.flatMap((block) =>
    block.type === 'paragraph'
      ? [block.text]
      : block.type === 'section'
        ? paragraphs(block.body)
        : [],
  );
}

function importError(text: string): PlainTextImportError {
  try {
    importPlainText(text);
  } catch (error) {
    if (error instanceof PlainTextImportError) return error;
    throw error;
  }
  throw new Error(`expected an import error for ${JSON.stringify(text)}`);
}

for (const locale of ['zh', 'en'] as const) {
  describe(`importPlainText: the ${locale} seed`, () => {
    const expected = HEADINGS[locale];
    let text: string;
    let lines: string[];
    let article: Article;

    before(async () => {
      text = await seedText(locale);
      lines = text.split('\n');
      article = importPlainText(text);
    });

    it('reads the title, publish time, zone and language', () => {
      expect(lines[0]).to.equal(expected.title);
      expect(article.title).to.equal(expected.title);
      expect(article.published).to.equal('2025-07-16T15:00:09+08:00');
      expect(article.timeZone).to.equal('Asia/Shanghai');
      expect(article.lang).to.equal(locale === 'zh' ? 'zh-Hans' : 'en');
      expect(Object.keys(article)).to.deep.equal([
        'title',
        'published',
        'timeZone',
        'lang',
        'body',
        'related',
      ]);
    });

    it('builds 5 sections: the first 4 with two subsections each, the last with none', () => {
      expect(article.body.map((block) => block.type)).to.deep.equal([
        'paragraph',
        'section',
        'section',
        'section',
        'section',
        'section',
      ]);
      const top = sections(article.body);
      const headingLines = expected.lines;
      expect(top.map((s) => s.heading)).to.deep.equal(
        headingLines.filter((line) => !/^\d+\.\d/.test(line)).map(withoutNumber),
      );
      top.forEach((section, i) => {
        const subsections = sections(section.body);
        expect(section.body.map((block) => block.type)).to.deep.equal(
          i < 4 ? ['paragraph', 'section', 'section'] : ['paragraph'],
        );
        expect(subsections.map((s) => s.heading)).to.deep.equal(
          headingLines
            .filter((line) => line.startsWith(`${i + 1}.`) && /^\d+\.\d/.test(line))
            .map(withoutNumber),
        );
        for (const subsection of subsections) {
          expect(subsection.body.map((block) => block.type)).to.deep.equal(['paragraph']);
        }
      });
      // The importer leaves ids to the renderer.
      expect(JSON.stringify(article)).not.to.include('"id"');
    });

    it('keeps every paragraph, in order, character for character', () => {
      const published = lines.findIndex((line) => /^(?:发布时间|Published)/.test(line));
      const end = lines.indexOf(expected.related);
      expect(published).to.equal(2);
      const expectedParagraphs = lines
        .slice(published + 1, end)
        .filter((line) => line !== '' && !expected.lines.includes(line));
      expect(expectedParagraphs).to.have.length(14);
      expect(paragraphs(article.body)).to.deep.equal(expectedParagraphs);
    });

    it('lists the 100 related titles and nothing after "To Top"', () => {
      const start = lines.indexOf(expected.related) + 1;
      const end = lines.indexOf('To Top');
      expect(end).to.equal(start + 100);
      expect(
        lines
          .slice(end + 1)
          .join('')
          .trim(),
      ).to.equal('');
      expect(article.related).to.deep.equal(lines.slice(start, end).map((title) => ({title})));
      const extra = `${text.trimEnd()}\nAnother related title\n一、More\n\n1. More\nparagraph\n`;
      expect(importPlainText(extra)).to.deep.equal(article);
    });

    it('is what the committed fixture holds, byte for byte', async () => {
      const committed = await fixtureText(`seed-article.${locale}.json`);
      const fresh = importPlainText(text, {timeZone: 'Asia/Shanghai'});
      expect(JSON.stringify(fresh, null, 2) + '\n').to.equal(committed);
      expect(article).to.deep.equal(await seedArticle(locale));
    });

    it('produces a valid article with no warnings', () => {
      const result = parseArticle(article);
      expect(result.ok).to.equal(true);
      expect(result.warnings).to.deep.equal([]);
    });

    it('reads CRLF, CR and a byte order mark the same way', () => {
      expect(importPlainText(text.replace(/\n/g, '\r\n'))).to.deep.equal(article);
      expect(importPlainText(text.replace(/\n/g, '\r'))).to.deep.equal(article);
      expect(importPlainText('\uFEFF' + text)).to.deep.equal(article);
    });
  });
}

describe('importPlainText', () => {
  it('refuses empty text, on line 1', () => {
    for (const text of ['', '   ', '\n\n \t\n', '\uFEFF', '\r\n']) {
      const error = importError(text);
      expect(error.line, JSON.stringify(text)).to.equal(1);
      expect(error.message).to.match(/^line 1: /);
    }
  });

  it('refuses a heading nested deeper than the open sections, naming its line', () => {
    const cases: [string, number][] = [
      ['Title\n\n1.1 Too deep\n', 3],
      ['Title\nPublished: 2025-07-16 15:00:09\nIntro\n1. One\ntext\n1.1.1 Too deep', 6],
      ['标题\n一、第一\n1.1 小节\n1.1.1 更小\n1.1.1.1.1 太深', 5],
      ['Title\r\n1. One\r\n\r\n2.1.1 Too deep', 4],
    ];
    for (const [text, line] of cases) {
      const error = importError(text);
      expect(error.line, text).to.equal(line);
      expect(error.message, text).to.match(new RegExp(`^line ${line}: heading ".*" is nested`));
    }
  });

  it('refuses an impossible publish time, naming its line', () => {
    const error = importError('Title\n\nPublished: 2025-02-30 10:00:00\n');
    expect(error.line).to.equal(3);
    expect(error.message).to.include('2025-02-30');
  });

  it('nests headings to any depth and closes them at a shallower heading', () => {
    const article = importPlainText(
      'Title\n1. One\n1.1 One.One\n1.1.1 One.One.One\ndeep text\n2. Two\ntwo text\n2.1 Two.One',
    );
    expect(article.body).to.deep.equal([
      {
        type: 'section',
        heading: 'One',
        body: [
          {
            type: 'section',
            heading: 'One.One',
            body: [
              {
                type: 'section',
                heading: 'One.One.One',
                body: [{type: 'paragraph', text: 'deep text'}],
              },
            ],
          },
        ],
      },
      {
        type: 'section',
        heading: 'Two',
        body: [
          {type: 'paragraph', text: 'two text'},
          {type: 'section', heading: 'Two.One', body: []},
        ],
      },
    ]);
  });

  it('reads the publish time in the given zone, with or without seconds', () => {
    expect(importPlainText('T\n发布时间:2025-07-16 15:00:09').published).to.equal(
      '2025-07-16T15:00:09+08:00',
    );
    expect(importPlainText('T\nPublished: 2025-07-16 15:00').published).to.equal(
      '2025-07-16T15:00:00+08:00',
    );
    expect(importPlainText('T\n发布时间：2025-07-16T15:00:09').published).to.equal(
      '2025-07-16T15:00:09+08:00',
    );
    const newYork = importPlainText('T\nPublished: 2025-01-16 15:00:09', {
      timeZone: 'America/New_York',
    });
    expect(newYork.published).to.equal('2025-01-16T15:00:09-05:00');
    expect(newYork.timeZone).to.equal('America/New_York');
  });

  it('takes the publish line only before the body', () => {
    const article = importPlainText('T\nIntro\nPublished: 2025-07-16 15:00:09');
    expect(article).not.to.have.property('published');
    expect(paragraphs(article.body)).to.deep.equal(['Intro', 'Published: 2025-07-16 15:00:09']);
  });

  it('guesses the language from the title unless told', () => {
    expect(importPlainText('标题').lang).to.equal('zh-Hans');
    expect(importPlainText('Title').lang).to.equal('en');
    expect(importPlainText('Title', {lang: 'fr'}).lang).to.equal('fr');
  });

  it('trims lines and skips blank ones', () => {
    const article = importPlainText(
      '  Title  \n\n\u3000\u3000缩进的段落\t\n   \n相关内容：\n\n  A  \n\nB\n返回顶部\nC',
    );
    expect(article).to.deep.equal({
      title: 'Title',
      timeZone: 'Asia/Shanghai',
      lang: 'en',
      body: [{type: 'paragraph', text: '缩进的段落'}],
      related: [{title: 'A'}, {title: 'B'}],
    });
  });

  it('gives an article with only a title an empty body and no related list', () => {
    expect(importPlainText('Title\n')).to.deep.equal({
      title: 'Title',
      timeZone: 'Asia/Shanghai',
      lang: 'en',
      body: [],
    });
  });
});
