// The `article-elements` command, run as users run it: `node bin/article-elements.js …` after
// `npm run build`. Node-side tests (node:test), not browser tests:
//   node --test test/cli/
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import process from 'node:process';
import {after, before, describe, it} from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/article-elements.js');
const read = (path) => readFileSync(join(root, path), 'utf8');

/** Runs the command; `input` goes to standard input. */
function cli(args, {input} = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    input: input ?? '',
    encoding: 'utf8',
  });
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

let scratch;
/** Writes a file into a scratch folder and returns its path. */
function file(name, text) {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

before(() => {
  assert.ok(existsSync(join(root, 'dist/cli/cli.js')), 'dist/cli/cli.js is missing: npm run build');
  scratch = mkdtempSync(join(tmpdir(), 'article-elements-cli-'));
});
after(() => scratch && rmSync(scratch, {recursive: true, force: true}));

describe('article-elements', () => {
  it('--help lists the commands on standard output', () => {
    const {code, stdout, stderr} = cli(['--help']);
    assert.equal(code, 0);
    assert.equal(stderr, '');
    assert.match(stdout, /^Usage: article-elements <command> \[options\]\n/);
    assert.match(stdout, /^ {2}import <file> +Convert Markdown/m);
    assert.match(stdout, /^ {2}render <file> +Render article JSON/m);
    assert.deepEqual(cli(['-h']).stdout, stdout);
  });

  it('--version prints the package version', () => {
    const {code, stdout} = cli(['--version']);
    assert.equal(code, 0);
    assert.equal(stdout, `${JSON.parse(read('package.json')).version}\n`);
    assert.equal(cli(['-v']).stdout, stdout);
  });

  it('without a command, or with an unknown one, shows how to use it and exits with 2', () => {
    const none = cli([]);
    assert.equal(none.code, 2);
    assert.equal(none.stdout, '');
    assert.match(none.stderr, /^Usage: /);
    const unknown = cli(['frobnicate']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /^article-elements: unknown command "frobnicate"\n/);
    assert.equal(cli(['--frobnicate']).code, 2);
  });
});

describe('article-elements internal errors', () => {
  it('are told apart from bad input: "internal error" and exit 70', async () => {
    const {main} = await import(join(root, 'dist/cli/cli.js'));
    const errors = [];
    // An output that fails with an error nothing expects (not EPIPE): a fault of the tool.
    const io = {
      stdout: () => {
        throw new Error('disk on fire');
      },
      stderr: (text) => errors.push(text),
      readFile: async () => '# A title\n\nSome text.\n',
      readStdin: async () => '',
    };
    const code = await main(['import', 'page.md'], io);
    assert.equal(code, 70);
    assert.match(errors.join(''), /internal error: Error: disk on fire/);
  });
});

describe('article-elements import', () => {
  it('converts the plain-text seeds into exactly the committed fixtures', () => {
    for (const locale of ['zh', 'en']) {
      const {code, stdout, stderr} = cli(['import', `fixtures/seed-article.${locale}.txt`]);
      assert.equal(stderr, '');
      assert.equal(code, 0);
      assert.equal(stdout, read(`fixtures/seed-article.${locale}.json`));
    }
  });

  it('converts the Markdown seed into the same article JSON', () => {
    const {code, stdout, stderr} = cli(['import', 'test/import/fixtures/seed-article.zh.md']);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.equal(stdout, read('fixtures/seed-article.zh.json'));
  });

  it('reads .markdown files, and prints 2-space-indented JSON', () => {
    const path = file('page.markdown', '# Title\n\nHello *world*.\n');
    const {code, stdout} = cli(['import', path]);
    assert.equal(code, 0);
    assert.equal(
      stdout,
      '{\n  "title": "Title",\n  "body": [\n    {\n      "type": "paragraph",\n' +
        '      "text": "Hello world."\n    }\n  ]\n}\n',
    );
  });

  it('reads standard input with "-": Markdown unless --format says otherwise', () => {
    const markdown = cli(['import', '-'], {input: '# From stdin\n\n- a\n- b\n'});
    assert.equal(markdown.code, 0);
    assert.deepEqual(JSON.parse(markdown.stdout), {
      title: 'From stdin',
      body: [{type: 'list', ordered: false, items: ['a', 'b']}],
    });
    const text = cli(['import', '--format', 'txt', '-'], {
      input: read('fixtures/seed-article.zh.txt'),
    });
    assert.equal(text.code, 0);
    assert.equal(text.stdout, read('fixtures/seed-article.zh.json'));
  });

  it('--format overrides the extension; --time-zone and --lang fill what the input lacks', () => {
    const path = file('notes.txt', '---\npublished: 2025-07-16 15:00\n---\n# Notes\n');
    const {code, stdout} = cli([
      'import',
      '--format=md',
      '--time-zone',
      'Asia/Tokyo',
      '--lang',
      'ja',
      path,
    ]);
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout), {
      title: 'Notes',
      published: '2025-07-16 15:00',
      timeZone: 'Asia/Tokyo',
      lang: 'ja',
      body: [],
    });
  });

  it('prints warnings as file:line:col: warning: …, and still converts', () => {
    const path = file('warn.md', '# T\n\nText ![chart](c.png) here.\n\n---\n');
    const {code, stdout, stderr} = cli(['import', path]);
    assert.equal(code, 0);
    assert.equal(
      stderr,
      `${path}:3:6: warning: image "chart" dropped\n${path}:5:1: warning: thematic break (---) dropped\n`,
    );
    assert.deepEqual(JSON.parse(stdout).body, [{type: 'paragraph', text: 'Text here.'}]);
  });

  it('reports an error as file:line:col: error: …, prints no JSON and exits with 1', () => {
    const badDate = file('bad-date.md', '---\ntitle: T\npublished: 2025-02-30\n---\n');
    const date = cli(['import', badDate]);
    assert.equal(date.code, 1);
    assert.equal(date.stdout, '');
    assert.match(
      date.stderr,
      new RegExp(`^${escape(badDate)}:3:12: error: published: "2025-02-30"`),
    );

    const badYaml = file('bad-yaml.md', '---\ntitle: T\nsummary: "unclosed\n---\n# T\n');
    const yaml = cli(['import', badYaml]);
    assert.equal(yaml.code, 1);
    assert.match(
      yaml.stderr,
      new RegExp(`^${escape(badYaml)}:3:\\d+: error: invalid YAML front matter: `),
    );

    const noTitle = cli(['import', '-'], {input: 'just text\n'});
    assert.equal(noTitle.code, 1);
    assert.match(noTitle.stderr, /^<stdin>:1:1: error: no title: /);

    const text = cli(['import', '--format', 'txt', '-'], {input: 'Title\n\n1.1 Too deep\n'});
    assert.equal(text.code, 1);
    assert.match(text.stderr, /^<stdin>:3:1: error: heading "1\.1 Too deep" is nested 2 deep/);
  });

  it('refuses bad usage with exit 2: no file, an unknown extension or format, a bad zone', () => {
    for (const args of [
      ['import'],
      ['import', 'a.md', 'b.md'],
      ['import', 'article.json'],
      ['import', '--format', 'docx', 'a.md'],
      ['import', '--time-zone', 'Mars/Olympus', 'a.md'],
      ['import', '--lang', 'not a tag', 'a.md'],
      ['import', '--bogus', 'a.md'],
    ]) {
      const {code, stdout, stderr} = cli(args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.match(
        stderr,
        /^article-elements import: .*\nSee "article-elements import --help"\.\n$/s,
      );
    }
  });

  it('reports a file it cannot read, with exit 1', () => {
    const {code, stderr} = cli(['import', join(scratch, 'missing.md')]);
    assert.equal(code, 1);
    assert.match(stderr, /^article-elements import: cannot read .*missing\.md: no such file\n$/);
  });

  it('--help shows the import options', () => {
    const {code, stdout} = cli(['import', '--help']);
    assert.equal(code, 0);
    assert.match(stdout, /^Usage: article-elements import \[options\] <file>\n/);
    for (const option of ['--format', '--time-zone', '--lang']) assert.ok(stdout.includes(option));
  });
});

/** A string as a literal inside a RegExp. */
function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('article-elements render', () => {
  it('renders the seed to a whole page that holds the text without JavaScript', () => {
    const {code, stdout, stderr} = cli(['render', '--toc', 'fixtures/seed-article.zh.json']);
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    assert.match(stdout, /^<!DOCTYPE html>\n<html lang="zh-Hans">/);
    assert.match(stdout, /<title>爆通讯录为什么不催款了\?<\/title>/);
    assert.match(stdout, /<meta name="description" content="在过去的几年里/);
    assert.match(stdout, /"@type":"Article"/);
    assert.match(stdout, /"datePublished":"2025-07-16T15:00:09\+08:00"/);
    assert.match(stdout, /<template shadowrootmode="open">/);
    assert.doesNotMatch(stdout, /shadowroot="open"/);
    assert.match(stdout, /一、<!--\/lit-part-->/);
    assert.match(stdout, /发布时间/);
    assert.match(stdout, /<article-toc/);
    assert.doesNotMatch(stdout, /<script type="module"/);
  });

  it('--fragment prints the element and the JSON-LD; --script and --locale shape the page', () => {
    const fragment = cli(['render', '--fragment', 'fixtures/seed-article.en.json']);
    assert.equal(fragment.code, 0);
    assert.match(fragment.stdout, /^<!--lit-part [^>]+--><!--lit-node 0--><article-view/);
    assert.match(fragment.stdout, /<script type="application\/ld\+json">[^<]+<\/script>\n$/);
    const page = cli([
      'render',
      '--locale',
      'zh-CN',
      '--script',
      '/assets/hydrate.js',
      'fixtures/seed-article.en.json',
    ]);
    assert.match(page.stdout, /<html lang="en">/);
    assert.match(page.stdout, /<script type="module" src="\/assets\/hydrate.js"><\/script>/);
    assert.match(page.stdout, /发布时间/);
  });

  it('--link-target opens the related links there; those leaving the site get rel', () => {
    const article = JSON.stringify({
      title: 'Hi',
      body: [],
      related: [
        {title: 'Away', href: 'https://elsewhere.example/a'},
        {title: 'Here', href: '/b'},
      ],
    });
    const {code, stdout, stderr} = cli(['render', '--link-target', '_blank', '-'], {
      input: article,
    });
    assert.equal(code, 0, stderr);
    assert.match(stdout, /<article-view[^>]* link-target="_blank"/);
    assert.match(
      stdout,
      /<a part="link" href="https:\/\/elsewhere.example\/a" target="_blank" rel="noopener noreferrer"/,
    );
    assert.match(stdout, /<a part="link" href="\/b" target="_blank"\s*>/);
    assert.match(cli(['render', '--help']).stdout, /--link-target <name>/);
  });

  it('reads standard input; bad JSON is an error with its line and column, exit 1', () => {
    const ok = cli(['render', '-'], {input: '{"title": "Hi", "body": []}'});
    assert.equal(ok.code, 0);
    assert.match(ok.stdout, /<title>Hi<\/title>/);
    const bad = cli(['render', '-'], {input: '{\n  "title": "x",\n}'});
    assert.equal(bad.code, 1);
    assert.equal(bad.stderr, '<stdin>:3:1: error: document: the JSON is malformed\n');
    const invalid = cli(['render', file('empty-title.json', '{"title": "", "body": []}')]);
    assert.equal(invalid.code, 1);
    assert.match(invalid.stderr, /empty-title\.json: error: title: /);
    assert.match(invalid.stdout, /role="alert"/);
  });

  it('reads a file or standard input saved with a byte order mark, as editors on Windows save', () => {
    const json = '\uFEFF{"title": "Hi", "body": []}';
    for (const run of [
      cli(['render', file('bom.json', json)]),
      cli(['render', '-'], {input: json}),
    ]) {
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /<title>Hi<\/title>/);
    }
    const imported = cli(['import', file('bom.md', '\uFEFF# Hi\n\nText.\n')]);
    assert.equal(imported.code, 0, imported.stderr);
    assert.equal(JSON.parse(imported.stdout).title, 'Hi');
  });

  it('words problems as the elements do, in English even when the page renders in Chinese', () => {
    const run = cli(['render', '--locale', 'zh-Hans', '-'], {input: '{"title": "", "body": []}'});
    assert.equal(run.code, 1);
    // The element's English message for the same problem (test/elements/bad-input.test.ts).
    assert.equal(run.stderr, '<stdin>: error: title: expected a non-empty string\n');
    assert.match(run.stdout, /title：应为非空字符串/);
  });

  it('refuses bad usage with exit 2', () => {
    for (const args of [
      ['render'],
      ['render', '--theme', 'blue', 'a.json'],
      ['render', '--nope'],
    ]) {
      const {code, stderr} = cli(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /^article-elements render: /);
    }
  });
});
