import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {leavesSite, normalizedHref, plainWebUrl, safeHref} from '../../src/model/url-safety.js';

const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:'];
const BASE = 'https://base.invalid/';

/**
 * What a browser would follow for `href`: the protocol through the URL parser (against the
 * inspection base and against this page) and through a real `<a>` element. A URL this page
 * cannot resolve (`https:` on an http: page) is no link at all, which is harmless too.
 */
function protocols(href: string): string[] {
  const found = [new URL(href, BASE).protocol];
  if (URL.canParse(href, document.baseURI)) {
    const anchor = document.createElement('a');
    anchor.setAttribute('href', href);
    found.push(new URL(href, document.baseURI).protocol, anchor.protocol);
  }
  return found;
}

function expectHarmless(input: string): void {
  const result = safeHref(input);
  if (result === null) return;
  for (const protocol of protocols(result)) {
    expect(SAFE_PROTOCOLS, `${JSON.stringify(input)} → ${JSON.stringify(result)}`).to.include(
      protocol,
    );
  }
}

/** Script-running schemes, spelled in ways that browsers (or old ones) may still run. */
const SCRIPT_URLS = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'jAvAsCrIpT:alert(1)',
  'javascript:',
  'javascript:void(0)',
  'javascript://%0Aalert(1)',
  'javascript://example.com/%0Aalert(1)',
  'javascript:alert(1)//https://example.com',
  ' javascript:alert(1)',
  '   javascript:alert(1)',
  'javascript:alert(1) ',
  '\tjavascript:alert(1)',
  '\njavascript:alert(1)',
  '\r\njavascript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u0001javascript:alert(1)',
  '\u0008javascript:alert(1)',
  '\u001fjavascript:alert(1)',
  ' \u0000\t\u000b javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'j\ta\nv\ra\tscript:alert(1)',
  'javascript\t:alert(1)',
  'javascript:\nalert(1)',
  'java\u0000script:alert(1)',
  'java\0script:alert(1)',
  'javascript\u0000:alert(1)',
  'java\u000bscript:alert(1)',
  'java\u000cscript:alert(1)',
  'java\u007fscript:alert(1)',
  'java\u00adscript:alert(1)',
  'java\u200bscript:alert(1)',
  'java\u200dscript:alert(1)',
  '\u00a0javascript:alert(1)',
  '\u2028javascript:alert(1)',
  '\u2029javascript:alert(1)',
  '\u3000javascript:alert(1)',
  '\ufeffjavascript:alert(1)',
  '\u0085javascript:alert(1)',
  'ｊａｖａｓｃｒｉｐｔ:alert(1)',
  'javascrіpt:alert(1)', // Cyrillic і
  'jаvascript:alert(1)', // Cyrillic а
  'javaſcript:alert(1)', // long s, upper-cases to S
  'java script:alert(1)',
  '%6Aavascript:alert(1)',
  'java%73cript:alert(1)',
  'java%0Ascript:alert(1)',
  'javascript:alert`1`',
  'x-javascript:alert(1)',
  'livescript:alert(1)',
  'mocha:alert(1)',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  ' vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  ' data:image/svg+xml,<svg onload=alert(1)>',
  'da\tta:text/html,<script>alert(1)</script>',
  'data:,alert(1)',
  'file:///etc/passwd',
  'blob:https://example.com/0b6c5d7e',
  'filesystem:https://example.com/temporary/x',
  'about:blank',
  'chrome://settings',
  'view-source:https://example.com',
  'jar:http://example.com!/',
  'intent://evil#Intent;scheme=javascript;end',
  'ftp://example.com/',
  'ws://example.com/',
  'tel:+1234567890',
  'http\u0000://example.com',
  'https:\u0000//example.com',
];

/** Text that only looks like a scheme; it may survive, as a relative URL that cannot run. */
const LOOKALIKES = [
  'javascript&colon;alert(1)',
  'javascript&#58;alert(1)',
  'javascript&#x3A;alert(1)',
  'javascript&#0000058alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  'javascript%3Aalert(1)',
  'javascript%253Aalert(1)',
  'javascript\uff1aalert(1)', // fullwidth colon
  'javascript\ua789alert(1)', // modifier letter colon
  'javascript',
  '/javascript:alert(1)',
  './javascript:alert(1)',
  '?javascript:alert(1)',
  '#javascript:alert(1)',
  '/\\javascript:alert(1)',
  '\\\\javascript:alert(1)',
  '//javascript:alert(1)',
  '///javascript:alert(1)',
  'http:javascript:alert(1)',
  'https://example.com/"><script>alert(1)</script>',
  "https://example.com/' onmouseover='alert(1)",
  'mailto:a@example.com?body=<script>alert(1)</script>',
];

describe('safeHref', () => {
  it(`refuses ${SCRIPT_URLS.length} script and non-web URLs, however disguised`, () => {
    expect(SCRIPT_URLS.length).to.be.at.least(60);
    for (const input of SCRIPT_URLS) {
      expect(safeHref(input), JSON.stringify(input)).to.equal(null);
    }
  });

  it(`leaves ${LOOKALIKES.length} scheme lookalikes unable to run`, () => {
    for (const input of [...SCRIPT_URLS, ...LOOKALIKES]) expectHarmless(input);
  });

  it('refuses empty, blank and control-character input', () => {
    for (const input of [
      '',
      ' ',
      '\t\n',
      '\u0000',
      ' \u0000 ',
      '/a\u0000b',
      '/a\u001bb',
      '/a\u007fb',
    ]) {
      expect(safeHref(input), JSON.stringify(input)).to.equal(null);
    }
  });

  it('allows http, https and mailto URLs', () => {
    const cases: [string, string][] = [
      ['http://example.com', 'http://example.com'],
      ['https://example.com/path?q=1#frag', 'https://example.com/path?q=1#frag'],
      ['HTTPS://EXAMPLE.COM/', 'HTTPS://EXAMPLE.COM/'],
      ['hTtP://example.com:8080/a', 'hTtP://example.com:8080/a'],
      ['https://例子.测试/路径', 'https://例子.测试/路径'],
      ['https://user@example.com/', 'https://user@example.com/'],
      ['mailto:someone@example.com', 'mailto:someone@example.com'],
      ['MAILTO:someone@example.com?subject=Hi', 'MAILTO:someone@example.com?subject=Hi'],
      ['http:example.com', 'http:example.com'],
    ];
    for (const [input, expected] of cases) expect(safeHref(input), input).to.equal(expected);
  });

  it('allows relative URLs: paths, //host, #fragment and ?query', () => {
    const cases = [
      '/articles/1',
      'articles/1',
      './a',
      '../a/b',
      'page.html',
      'page.html?at=12:30',
      'a/b:c',
      '//cdn.example.com/a',
      '#sec-1-2',
      '#a:b',
      '?q=1',
      '?next=javascript:alert(1)',
      'café.html',
      '文章/一',
    ];
    for (const input of cases) expect(safeHref(input), input).to.equal(input);
  });

  it('allows a bare scheme, which only resolves on a page of that scheme', () => {
    expect(safeHref('https:')).to.equal('https:');
    expect(new URL('https:', BASE).href).to.equal(BASE);
    expect(URL.canParse('https:', 'http://localhost/')).to.equal(false);
    expectHarmless('https:');
  });

  it('trims what the URL parser trims and removes tabs and newlines', () => {
    expect(safeHref('  https://example.com/a  ')).to.equal('https://example.com/a');
    expect(safeHref('\u0000\u001f https://example.com/\n')).to.equal('https://example.com/');
    expect(safeHref('https://exa\tmple.com/a\nb')).to.equal('https://example.com/ab');
    expect(safeHref('ht\ntp://example.com')).to.equal('http://example.com');
    expect(safeHref(' #top ')).to.equal('#top');
  });

  it('refuses text with a colon before any /, ? or # (a scheme to some parsers)', () => {
    for (const input of [
      'a:b',
      'foo:bar/baz',
      'my file:1',
      'C:\\Windows',
      'c:/x',
      '1http://x',
      '://x',
    ]) {
      expect(safeHref(input), input).to.equal(null);
    }
  });

  it('returns null or a URL with a safe protocol for any string', () => {
    const pieces = fc.constantFrom(
      'javascript',
      'JaVa',
      'script',
      'data',
      'vbscript',
      'http',
      'https',
      'mailto',
      ':',
      '/',
      '//',
      '\\',
      '#',
      '?',
      '%',
      '&#58;',
      '&colon;',
      ' ',
      '\t',
      '\n',
      '\r',
      '\u0000',
      '\u000b',
      '\u007f',
      '\u00a0',
      '\u2028',
      '\ufeff',
      '\u00ad',
      'ſ',
      'і',
      'alert(1)',
      '.',
      '+',
      '-',
      '@',
      'x',
    );
    const hostile = fc.array(pieces, {maxLength: 8}).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({unit: 'binary'}), fc.string(), hostile), (input) => {
        const result = safeHref(input);
        if (result !== null) {
          expect(SAFE_PROTOCOLS).to.include(new URL(result, BASE).protocol);
        }
        expectHarmless(input);
      }),
      {numRuns: 2000},
    );
  });
});

describe('normalizedHref', () => {
  it('gives the same key to URLs for the same target', () => {
    const same: string[][] = [
      [
        'https://example.com',
        'HTTPS://EXAMPLE.COM/',
        'https://example.com:443/',
        'https://Example.com',
      ],
      ['http://example.com/a?b#c', 'http://example.com:80/a?b#c'],
      ['https://example.com/a b', 'https://example.com/a%20b'],
      ['https://例子.测试/', 'https://xn--fsqu00a.xn--0zwm56d/'],
      ['/a/b', '/a/./c/../b', 'https://base.invalid/a/b'],
    ];
    for (const group of same) {
      const keys = group.map(normalizedHref);
      expect(new Set(keys).size, group.join(' ')).to.equal(1);
    }
  });

  it('keeps different targets apart', () => {
    const different = [
      'https://example.com/a',
      'https://example.com/A',
      'http://example.com/a',
      'https://example.com/a?x',
      'https://example.com/a#x',
      'https://example.com:8443/a',
      'mailto:a@example.com',
      'mailto:A@example.com',
    ];
    expect(new Set(different.map(normalizedHref)).size).to.equal(different.length);
  });

  it('keeps a URL relative to the page apart from URLs from the root it may resolve to', () => {
    // On a page at /docs/a.html, `x` is /docs/x and `?q=1` is /docs/a.html?q=1: not the same.
    for (const [relative, fromRoot] of [
      ['x', '/x'],
      ['x', 'https://base.invalid/x'],
      ['./x', '/x'],
      ['../x', '/x'],
      ['?q=1', '/?q=1'],
      ['#top', '/#top'],
      // On an https page, https:x is x and https:/x is /x; on an http one, hosts x.
      ['https:x', '/x'],
      ['https:/x', '/x'],
      ['HTTP:x', 'http://x/'],
    ]) {
      expect(normalizedHref(relative), relative).to.not.equal(normalizedHref(fromRoot));
    }
    expect(normalizedHref('x')).to.equal(normalizedHref('x'));
    // `\` starts a path from the root, as `/` does.
    expect(normalizedHref('\\a')).to.equal(normalizedHref('/a'));
  });

  it('returns the text itself when it is not a URL', () => {
    for (const text of ['https://example.com:99999/', 'http://[::1/', 'https://']) {
      expect(normalizedHref(text)).to.equal(text);
    }
  });
});

describe('leavesSite', () => {
  const page = 'https://news.example.com/2025/article.html';

  it('is false for links on the same origin', () => {
    for (const href of [
      '/a',
      'b.html',
      '#top',
      '?q=1',
      'https://news.example.com/x',
      '//news.example.com/y',
    ]) {
      expect(leavesSite(href, page), href).to.equal(false);
    }
  });

  it('is true for other origins, schemes and ports, and for mailto:', () => {
    for (const href of [
      'https://example.com/',
      'http://news.example.com/',
      'https://news.example.com:8443/',
      '//evil.example/',
      'mailto:a@example.com',
    ]) {
      expect(leavesSite(href, page), href).to.equal(true);
    }
  });
});

describe('the fast path for plain web URLs', () => {
  const label = fc
    .array(fc.constantFrom('a', 'Z', '0', '9', '-', 'xn--', 'q'), {minLength: 1, maxLength: 6})
    .map((parts) => parts.join(''));
  const host = fc.array(label, {minLength: 1, maxLength: 4}).map((labels) => labels.join('.'));
  const rest = fc
    .array(
      fc.constantFrom(
        ...['/', '.', '..', '%2e', '%2E', '?', '#', 'a', 'B', '-', "'", '"', '\\', '<', '>', '`'],
        ...[
          '{',
          '}',
          '|',
          '^',
          '%41',
          '%zz',
          '~',
          '=',
          '&',
          ';',
          ':',
          '@',
          '!',
          '$',
          '*',
          '+',
          ',',
        ],
        ...['(', ')', '[', ']', '1'],
      ),
      {maxLength: 10},
    )
    .map((parts) => parts.join(''));
  const url = fc.oneof(
    fc
      .tuple(fc.constantFrom('http', 'https', 'HTTP', 'HtTpS'), host, rest)
      .map(([scheme, h, r]) => `${scheme}://${h}${r}`),
    // Paths from the root, the other plain form.
    rest.map((r) => `/${r}`),
  );

  it('lets through only what the URL parser reads as http(s), unchanged', () => {
    fc.assert(
      fc.property(url, (text) => {
        const plain = plainWebUrl(text) !== null || /^\/(?![/\\])[!-~]*$/.test(text);
        if (!plain) return;
        const parsed = new URL(text, BASE);
        expect(['http:', 'https:']).to.include(parsed.protocol);
        expect(safeHref(text)).to.equal(text);
      }),
      {numRuns: 2000},
    );
  });

  it('normalizes exactly as the URL parser does', () => {
    fc.assert(
      fc.property(url, (text) => {
        let expected: string;
        try {
          expected = new URL(text, BASE).href;
        } catch {
          expected = text;
        }
        expect(normalizedHref(text), text).to.equal(expected);
      }),
      {numRuns: 2000},
    );
  });

  it('refuses IPv4-like hosts, ports, users and punycode', () => {
    for (const text of [
      'https://1.2.3.256/',
      'https://example.com:99999/',
      'https://user@example.com/',
      'https://xn--a.com/',
      'https://example.com./',
      'https://example.com /',
    ]) {
      expect(plainWebUrl(text), text).to.equal(null);
    }
  });

  it('trims a long run of spaces in linear time', () => {
    // With a regular expression this took seconds (quadratic backtracking).
    // (Below Firefox's 1 MiB limit on URLs, past which its parser refuses them.)
    const spaced = 'https://example.com/' + ' '.repeat(200_000) + 'x';
    // Compared as booleans: a failing diff of megabyte strings would take the runner forever.
    expect(safeHref(' ' + spaced + ' ') === spaced).to.equal(true);
    expect(safeHref('/a' + '\t'.repeat(500_000) + '/b')).to.equal('/a/b');
  });
});
