// The drop-in examples, run as the README says (node:test, after `npm run build`):
//   node --test test/examples/
// examples/ssr/server.mjs: its pages and headers over HTTP, then the page in Chromium, hydrating
// under its strict Content-Security-Policy. examples/react/: served by Vite, rendered in Chromium.
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {createServer} from 'node:net';
import {dirname, join, resolve} from 'node:path';
import process from 'node:process';
import {after, before, describe, it} from 'node:test';
import {chromium} from 'playwright';
import {chromiumArgs, chromiumPath} from '../../chromium.config.js';

const root = resolve(import.meta.dirname, '../..');
const read = (path) => readFileSync(join(root, path), 'utf8');
const seeds = {
  zh: JSON.parse(read('fixtures/seed-article.zh.json')),
  en: JSON.parse(read('fixtures/seed-article.en.json')),
};

/** A port nothing listens on right now. */
function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

const children = [];

/** Starts a Node process and waits until `url` answers; its output is kept for messages. */
async function start(args, url, env = {}) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: {...process.env, ...env},
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const output = {text: ''};
  child.stdout.on('data', (chunk) => (output.text += chunk));
  child.stderr.on('data', (chunk) => (output.text += chunk));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`${args.join(' ')} exited with ${child.exitCode}:\n${output.text}`);
    }
    try {
      await fetch(url);
      return output;
    } catch {
      if (Date.now() > deadline) throw new Error(`${url} did not answer:\n${output.text}`);
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }
}

let browser;
/** A page that records console errors, uncaught errors and CSP violations from the start. */
async function openPage(options = {}) {
  const context = await browser.newContext({viewport: {width: 1000, height: 900}, ...options});
  await context.addInitScript(() => {
    window.__violations = [];
    window.addEventListener(
      'securitypolicyviolation',
      (event) => window.__violations.push(`${event.effectiveDirective} ${event.blockedURI}`),
      true,
    );
    // The server's nodes, taken after parsing and before any module script runs.
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      const shadow = document.querySelector('article-view')?.shadowRoot;
      window.__serverHeading = shadow?.querySelector('h1') ?? null;
    });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return {page, errors};
}

before(async () => {
  for (const file of ['dist/ssr/index.js', 'dist/cdn/hydrate.js', 'dist/react.js']) {
    assert.ok(existsSync(join(root, file)), `${file} is missing: npm run build`);
  }
  browser = await chromium.launch({executablePath: chromiumPath, args: chromiumArgs});
});

after(async () => {
  await browser?.close();
  await Promise.all(
    children.map(
      (child) =>
        new Promise((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once('exit', done);
          child.kill();
        }),
    ),
  );
});

/** Reads `&#34;`-style escapes back, for comparing text taken out of the HTML. */
const unescapeHtml = (text) =>
  text
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('examples/ssr/server.mjs', () => {
  let base;
  let output;
  before(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    output = await start(['examples/ssr/server.mjs'], `${base}/`, {PORT: String(port)});
  });

  it('prints its URL', () => {
    assert.match(output.text, new RegExp(`${base}/`));
  });

  for (const [path, key, lang] of [
    ['/', 'zh', 'zh-Hans'],
    ['/en', 'en', 'en'],
  ]) {
    it(`serves ${path} as the ${lang} seed: a whole page with a strict policy`, async () => {
      const response = await fetch(base + path);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      const csp = response.headers.get('content-security-policy');
      assert.ok(csp, 'Content-Security-Policy header');
      const directives = csp.split(/\s*;\s*/);
      for (const directive of [
        "default-src 'self'",
        "script-src 'self'",
        "require-trusted-types-for 'script'",
        'trusted-types lit-html',
      ]) {
        assert.ok(directives.includes(directive), `${directive} in ${csp}`);
      }
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);

      const page = await response.text();
      const seed = seeds[key];
      assert.match(page, /^<!DOCTYPE html>\n/);
      assert.ok(page.includes(`<html lang="${lang}">`), `<html lang="${lang}">`);
      assert.equal(unescapeHtml(/<title>([^<]*)<\/title>/.exec(page)[1]), seed.title);
      assert.ok(page.includes('<template shadowrootmode="open">'), 'Declarative Shadow DOM');
      assert.ok(page.includes('<script type="module" src="/assets/hydrate.js"></script>'));
      const jsonLd = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(page);
      assert.ok(jsonLd, 'JSON-LD');
      assert.deepEqual(
        (({'@type': type, headline, inLanguage}) => ({type, headline, inLanguage}))(
          JSON.parse(jsonLd[1]),
        ),
        {type: 'Article', headline: seed.title, inLanguage: lang},
      );
      // Every inline style of the shadow roots is allowed by hash, and nothing else inline is.
      const styles = [...page.matchAll(/<style>([^<]*)<\/style>/g)].map(([, css]) => css);
      assert.ok(styles.length >= 4, 'the styles of the four elements');
      const styleSrc = directives.find((directive) => directive.startsWith('style-src '));
      for (const css of styles) {
        const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
        assert.ok(styleSrc.split(' ').includes(hash), `${hash} in ${styleSrc}`);
      }
    });
  }

  it('serves /assets/hydrate.js from dist/cdn/hydrate.js as JavaScript', async () => {
    const response = await fetch(`${base}/assets/hydrate.js`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^text\/javascript(;|$)/);
    assert.equal(await response.text(), read('dist/cdn/hydrate.js'));
    // The Chinese translations it loads from beside itself on a Chinese page.
    const zh = await fetch(`${base}/assets/hydrate.zh-Hans.js`);
    assert.equal(zh.status, 200);
    assert.equal(await zh.text(), read('dist/cdn/hydrate.zh-Hans.js'));
    assert.equal((await fetch(`${base}/assets/article-elements.js`)).status, 404);
    assert.equal((await fetch(`${base}/assets/../package.json`)).status, 404);
  });

  it('answers 404 for other paths, 405 for other methods, and HEAD without a body', async () => {
    const missing = await fetch(`${base}/nope`);
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('content-type'), 'text/plain; charset=utf-8');
    assert.equal((await fetch(`${base}/en/`)).status, 404);
    const post = await fetch(`${base}/`, {method: 'POST'});
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('allow'), 'GET, HEAD');
    const head = await fetch(`${base}/`, {method: 'HEAD'});
    assert.equal(head.status, 200);
    assert.equal(await head.text(), '');
  });

  it('reads without JavaScript: the text is in the page, styled', async () => {
    const {page, errors} = await openPage({javaScriptEnabled: false});
    await page.goto(`${base}/`);
    const state = await page.evaluate(() => {
      const shadow = document.querySelector('article-view').shadowRoot;
      return {
        defined: customElements.get('article-view') !== undefined,
        title: shadow?.querySelector('h1')?.textContent,
        // The shadow root's own style applies: the article's column is narrower than the page.
        width: shadow?.querySelector('[part="article"]')?.getBoundingClientRect().width,
      };
    });
    assert.equal(state.defined, false);
    assert.equal(state.title, seeds.zh.title);
    assert.ok(state.width < 1000, `article column ${state.width}px wide`);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('hydrates in Chromium: same nodes, live contents, no error, no CSP violation', async () => {
    const {page, errors} = await openPage();
    await page.goto(`${base}/`, {waitUntil: 'load'});
    const state = await page.evaluate(async () => {
      await customElements.whenDefined('article-view');
      const view = document.querySelector('article-view');
      await view.updateComplete;
      const shadow = view.shadowRoot;
      return {
        hasUpdated: view.hasUpdated,
        sameHeading: shadow.querySelector('h1') === window.__serverHeading,
        title: shadow.querySelector('h1').textContent,
      };
    });
    assert.deepEqual(state, {hasUpdated: true, sameHeading: true, title: seeds.zh.title});
    // The contents follow the reading once live: scroll to the second section.
    await page.evaluate(() => {
      const view = document.querySelector('article-view');
      view.shadowRoot.querySelectorAll('h2')[1].scrollIntoView();
    });
    const current = await page.waitForFunction(
      () => {
        const toc = document.querySelector('article-view').shadowRoot.querySelector('article-toc');
        return toc.shadowRoot.querySelector('[aria-current="location"]')?.textContent.trim();
      },
      undefined,
      {timeout: 5_000},
    );
    assert.equal(await current.jsonValue(), '二、用户的反感和社会舆论的压力');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});

describe('examples/react', () => {
  let base;
  before(async () => {
    // `npx vite examples/react`, without npx in between, so that stopping it stops Vite.
    const vite = join(
      dirname(createRequire(import.meta.url).resolve('vite/package.json')),
      'bin/vite.js',
    );
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    await start([vite, 'examples/react', '--port', String(port), '--strictPort'], `${base}/`);
  });

  it('renders the seed through ArticleView and RelatedLinks, then switches to English', async () => {
    const {page, errors} = await openPage();
    await page.goto(`${base}/`);
    const titleIs = (title) =>
      page.waitForFunction(
        (expected) =>
          document.querySelector('article-view')?.shadowRoot?.querySelector('h1')?.textContent ===
          expected,
        title,
        {timeout: 15_000},
      );
    await titleIs(seeds.zh.title);
    const page1 = await page.evaluate(() => {
      const view = document.querySelector('article-view');
      const more = document.querySelector('main > related-links').shadowRoot;
      return {
        lang: document.documentElement.lang,
        toc: view.shadowRoot.querySelector('article-toc') !== null,
        related: view.shadowRoot.querySelector('related-links').shadowRoot.querySelectorAll('li')
          .length,
        more: more.querySelectorAll('li').length,
        showMore: more.querySelector('[part="show-more"]') !== null,
      };
    });
    assert.deepEqual(page1, {lang: 'zh-Hans', toc: true, related: 98, more: 2, showMore: true});

    await page.getByRole('button', {name: 'English'}).click();
    await titleIs(seeds.en.title);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
