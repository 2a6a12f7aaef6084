// After the build: the package as npm would publish it. `npm pack` into a temporary folder, then
//   contents  the tarball holds only what is allowed below, and everything package.json promises;
//   install   a fresh project (type: module) installs the tarball from the registry's point of view;
//   types     test/package/consumer.ts.txt compiles against the published .d.ts files with the
//             repo's TypeScript (--strict, nodenext, skipLibCheck off), react types included;
//   node      test/package/node-check.mjs renders the seed with article-elements/ssr and parses it
//             with article-elements/model.js; the `article-elements` bin runs (--version, render,
//             import);
//   chromium  test/package/browser-entry.js (every browser entry point) bundled by esbuild, and
//             article-elements/cdn.js loaded as is, each render the seed in <article-view>: the
//             title and 98 related links, with no console error or warning and no page error.
// Exits with 1 and says what failed. Temporary files are removed.
import {spawn} from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import {createServer} from 'node:http';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {extname, join, relative, resolve, sep} from 'node:path';
import {chromiumArgs, chromiumPath} from '../chromium.config.js';

const root = resolve(import.meta.dirname, '..');
const fixtures = join(root, 'test/package');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const seed = JSON.parse(readFileSync(join(root, 'fixtures/seed-article.zh.json'), 'utf8'));
/** The seed's 100 related links, after duplicates are removed (README: Related links). */
const SEED_LINKS = 98;
const started = performance.now();
const seconds = (since = started) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/**
 * Every path the tarball may hold. Anything else fails the check: sources, tests, fixtures,
 * stories, node_modules, editor or CI files. `required` ones must be there too; so must every
 * file package.json points at (exports, main, types, bin, customElements, web-types, files).
 */
const ALLOWED = [
  {pattern: /^package\.json$/, label: 'package.json', required: true},
  {pattern: /^README\.md$/, label: 'README.md', required: true},
  {pattern: /^LICENSE$/, label: 'LICENSE', required: true},
  {pattern: /^article\.schema\.json$/, label: 'article.schema.json', required: true},
  {pattern: /^custom-elements\.json$/, label: 'custom-elements.json', required: true},
  {pattern: /^vscode\.html-custom-data\.json$/, label: 'vscode.html-custom-data.json'},
  {pattern: /^web-types\.json$/, label: 'web-types.json'},
  {pattern: /^bin\/[^/]+\.js$/, label: 'bin/*.js'},
  {pattern: /^dist\/.+\.js$/, label: 'dist/**/*.js'},
  {pattern: /^dist\/.+\.d\.ts$/, label: 'dist/**/*.d.ts'},
  {pattern: /^dist\/.+\.js\.map$/, label: 'dist/**/*.js.map'},
];
const NEVER = /^(src|test|fixtures|stories|node_modules|examples|scripts|demo|bench|locales)\//;

/** The browser entry points test/package/browser-entry.js imports, and what each must export. */
const ENTRY_EXPORTS = {
  index: ['ArticleView', 'RelatedLinks', 'ArticleToc', 'BackToTop', 'setLocale', 'parseArticle'],
  hydrate: ['ArticleView', 'RelatedLinks', 'ArticleToc', 'BackToTop', 'setLocale'],
  articleView: ['ArticleView'],
  relatedLinks: ['RelatedLinks'],
  articleToc: ['ArticleToc'],
  backToTop: ['BackToTop'],
  localization: ['setLocale', 'getLocale', 'resolveLocale'],
  model: ['parseArticle', 'parseRelatedLinks', 'safeHref'],
};

const failures = [];
/** One line per step, printed in this order. */
const summary = {'npm pack': '', install: '', types: '', node: '', chromium: ''};

class CheckError extends Error {}
const fail = (message) => {
  throw new CheckError(message);
};

/**
 * Runs a command; resolves with its output, rejects with the end of its output when it fails.
 * `keep` picks the output lines worth reporting.
 */
function run(command, args, {cwd, input, timeout = 120_000, keep = () => true} = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {cwd, stdio: ['pipe', 'pipe', 'pipe'], timeout});
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) {
        resolvePromise({stdout, stderr});
        return;
      }
      const output = `${stdout}${stderr}`.split('\n').filter((line) => line.trim() && keep(line));
      const shown = output.slice(-30).join('\n    ');
      reject(
        new CheckError(
          `${command} ${args.join(' ')} exited with ${signal ?? code}${shown ? `:\n    ${shown}` : ''}`,
        ),
      );
    });
    child.stdin.end(input ?? '');
  });
}

/** Every file package.json promises, as a path in the tarball. */
function promisedFiles() {
  const paths = new Set();
  const add = (path) => typeof path === 'string' && paths.add(path.replace(/^\.\//, ''));
  const walk = (target) =>
    typeof target === 'string' ? add(target) : Object.values(target ?? {}).forEach(walk);
  walk(pkg.exports);
  walk(typeof pkg.bin === 'string' ? {bin: pkg.bin} : pkg.bin);
  ['main', 'module', 'types', 'customElements', 'web-types'].forEach((field) => add(pkg[field]));
  // Plain files named in "files" (folders are covered by the patterns above).
  for (const entry of pkg.files ?? []) if (!entry.endsWith('/') && !entry.includes('*')) add(entry);
  return [...paths].sort();
}

async function pack(scratch) {
  if (!existsSync(join(root, 'dist'))) fail('dist/ is missing: run "npm run build" first');
  const {stdout} = await run('npm', ['pack', '--json', '--pack-destination', scratch], {cwd: root});
  const [info] = JSON.parse(stdout);
  const files = info.files.map((f) => f.path);
  const problems = [];
  for (const path of files) {
    if (NEVER.test(path)) problems.push(`${path} must not be published`);
    else if (!ALLOWED.some(({pattern}) => pattern.test(path))) {
      problems.push(`${path} is not in the allowed list (scripts/check-pack.mjs ALLOWED)`);
    }
  }
  for (const {pattern, label, required} of ALLOWED) {
    if (required && !files.some((path) => pattern.test(path))) problems.push(`${label} is missing`);
  }
  for (const path of promisedFiles()) {
    if (!files.includes(path))
      problems.push(`${path} (named in package.json) is not in the tarball`);
  }
  if (problems.length) fail(`the tarball's contents:\n    ${problems.join('\n    ')}`);
  const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
  summary['npm pack'] =
    `${info.filename}, ${files.length} files, ${kB(info.size)} (${kB(info.unpackedSize)} unpacked), all allowed, all promised files present`;
  return join(scratch, info.filename);
}

async function install(project, tarball) {
  const since = performance.now();
  // What `npm init -y` writes, plus "type": "module" and "private".
  writeFileSync(
    join(project, 'package.json'),
    `${JSON.stringify({name: 'consumer', version: '1.0.0', private: true, type: 'module'}, null, 2)}\n`,
  );
  // react is an optional peer: only its types are needed, for article-elements/react's .d.ts. The
  // repo's version, which npm's cache already holds.
  const reactTypes = JSON.parse(
    readFileSync(join(root, 'node_modules/@types/react/package.json'), 'utf8'),
  ).version;
  await run(
    'npm',
    [
      'install',
      tarball,
      `@types/react@${reactTypes}`,
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
    ],
    {cwd: project},
  );
  for (const file of ['consumer.ts.txt', 'node-check.mjs', 'browser-entry.js']) {
    copyFileSync(join(fixtures, file), join(project, file.replace(/\.txt$/, '')));
  }
  copyFileSync(join(root, 'fixtures/seed-article.zh.json'), join(project, 'seed.json'));
  summary.install = `the tarball and @types/react@${reactTypes} in a fresh project, ${seconds(since)}`;
}

async function typecheck(project) {
  const tsconfig = {
    compilerOptions: {
      target: 'es2022',
      module: 'nodenext',
      moduleResolution: 'nodenext',
      lib: ['es2023', 'dom', 'dom.iterable'],
      types: [],
      strict: true,
      noEmit: true,
      // The published .d.ts files, and those of the dependencies they import, are checked;
      // TypeScript's own lib files are not.
      skipLibCheck: false,
      skipDefaultLibCheck: true,
    },
    files: ['consumer.ts'],
  };
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  const tsc = join(root, 'node_modules/.bin/tsc');
  const {stdout} = await run(tsc, ['-p', 'tsconfig.json', '--listFiles'], {
    cwd: project,
    // --listFiles prints absolute paths; errors name files relative to the project.
    keep: (line) => !line.startsWith('/'),
  });
  const published = stdout
    .split('\n')
    .filter((file) => file.includes('/node_modules/article-elements/dist/'));
  if (published.length === 0) fail('tsc read no .d.ts file from node_modules/article-elements');
  summary.types = `consumer.ts compiles against ${published.length} published .d.ts files (tsc --strict, nodenext, skipLibCheck off)`;
}

async function node(project) {
  const {stdout} = await run(process.execPath, ['node-check.mjs'], {cwd: project});
  const {htmlLength} = JSON.parse(stdout.trim().split('\n').at(-1));
  const bin = (args, input) =>
    run('npx', ['--no', '--', 'article-elements', ...args], {cwd: project, input});
  const version = (await bin(['--version'])).stdout.trim();
  if (version !== pkg.version)
    fail(`article-elements --version printed "${version}", not ${pkg.version}`);
  const page = (await bin(['render', 'seed.json'])).stdout;
  if (!page.includes(seed.title))
    fail('article-elements render seed.json: the page lacks the title');
  const imported = JSON.parse(
    (await bin(['import', '--format', 'md', '-'], '# Hello\n\n## Part\n\nText.\n')).stdout,
  );
  if (imported.title !== 'Hello' || imported.body?.[0]?.heading !== 'Part') {
    fail(`article-elements import: unexpected article ${JSON.stringify(imported)}`);
  }
  summary.node = `ssr renders the seed (${htmlLength} characters of HTML, title, JSON-LD, page); the bin prints ${version}, renders and imports`;
}

const TYPES = {'.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json'};
const PAGE = (script) =>
  `<!doctype html><html lang="zh-Hans"><meta charset="utf-8"><link rel="icon" href="data:,">` +
  `<title>package check</title><script type="module" src="${script}"></script></html>`;

/** Serves `dir` on 127.0.0.1: GET only, nothing outside it. */
async function serve(dir) {
  const server = createServer((request, response) => {
    const path = resolve(dir, `.${decodeURIComponent(new URL(request.url, 'http://x').pathname)}`);
    if (request.method !== 'GET' || !path.startsWith(dir + sep) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = readFileSync(path);
      response.writeHead(200, {'content-type': TYPES[extname(path)] ?? 'application/octet-stream'});
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  return server;
}

/** In the page: render the seed in <article-view> and report what shows. */
async function renderSeedInPage() {
  const data = await (await fetch('./seed.json')).json();
  await customElements.whenDefined('article-view');
  const view = document.createElement('article-view');
  const outcome = new Promise((done, failed) => {
    view.addEventListener('article-render', done, {once: true});
    view.addEventListener('article-error', (e) => failed(new Error(e.detail.message)), {
      once: true,
    });
    setTimeout(() => failed(new Error('no article-render within 10 s')), 10_000);
  });
  view.article = data;
  document.body.append(view);
  await outcome;
  const related = view.shadowRoot.querySelector('related-links');
  await related.updateComplete;
  return {
    expectedTitle: data.title,
    title: view.shadowRoot.querySelector('[part~="title"]')?.textContent.trim(),
    // The seed's links have titles only: each is an item with text, not a link.
    links: related.shadowRoot.querySelectorAll('li[part~="item"]').length,
  };
}

async function browser(project) {
  let esbuild;
  try {
    // esbuild comes with vite, storybook and @web/dev-server-esbuild.
    esbuild = await import('esbuild');
  } catch {
    fail('esbuild is not installed in node_modules (it comes with vite); run npm ci');
  }
  const {metafile} = await esbuild.build({
    absWorkingDir: project,
    entryPoints: ['browser-entry.js'],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outfile: 'bundle.js',
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(metafile.inputs);
  const outside = inputs.filter((input) => resolve(project, input).startsWith(root + sep));
  if (outside.length) fail(`the bundle took files from the repo, not the tarball: ${outside[0]}`);
  const fromPackage = inputs.filter((input) => input.startsWith('node_modules/article-elements/'));
  const bundleSize = metafile.outputs['bundle.js'].bytes;

  const cdnFile = createRequire(join(project, 'package.json')).resolve('article-elements/cdn.js');
  const cdnUrl = `/${relative(project, cdnFile).split(sep).join('/')}`;
  writeFileSync(join(project, 'bundle.html'), PAGE('./bundle.js'));
  writeFileSync(join(project, 'cdn.html'), PAGE(cdnUrl));

  const {chromium} = await import('playwright');
  const server = await serve(project);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const chrome = await chromium.launch({executablePath: chromiumPath, args: chromiumArgs});
  try {
    const visit = async (name, checkExports) => {
      const page = await chrome.newPage();
      page.setDefaultTimeout(15_000);
      const messages = [];
      page.on('console', (message) => {
        if (['error', 'warning'].includes(message.type())) {
          messages.push(`console ${message.type()}: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => messages.push(`page error: ${error.message}`));
      page.on('requestfailed', (request) => messages.push(`request failed: ${request.url()}`));
      page.on('response', (response) => {
        if (response.status() >= 400) messages.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      const problems = [];
      try {
        await page.goto(`${origin}/${name}`);
        problems.push(...(await checkExports(page)));
        const result = await page.evaluate(renderSeedInPage);
        if (result.title !== result.expectedTitle) {
          problems.push(`title "${result.title}", expected "${result.expectedTitle}"`);
        }
        if (result.links !== SEED_LINKS) {
          problems.push(`${result.links} related links, expected ${SEED_LINKS}`);
        }
      } catch (error) {
        problems.push(error.message.split('\n')[0]);
      } finally {
        await page.close();
      }
      problems.push(...messages);
      if (problems.length) fail(`${name} in Chromium:\n    ${problems.join('\n    ')}`);
    };
    await visit('bundle.html', (page) =>
      page.evaluate(async (expected) => {
        await customElements.whenDefined('article-view');
        const entries = window.entryPoints;
        const problems = [];
        for (const [entry, names] of Object.entries(expected)) {
          for (const name of names) {
            if (entries?.[entry]?.[name] === undefined) problems.push(`${entry} lacks ${name}`);
          }
        }
        // One copy of each class, whichever entry point it came from, and it is the defined one.
        for (const [entry, name, tag] of [
          ['articleView', 'ArticleView', 'article-view'],
          ['relatedLinks', 'RelatedLinks', 'related-links'],
          ['articleToc', 'ArticleToc', 'article-toc'],
          ['backToTop', 'BackToTop', 'back-to-top'],
        ]) {
          const defined = customElements.get(tag);
          for (const from of [entry, 'index', 'hydrate']) {
            if (entries?.[from]?.[name] !== defined)
              problems.push(`${from}.${name} is not <${tag}>`);
          }
        }
        if (entries?.index?.setLocale !== entries?.localization?.setLocale) {
          problems.push('index.setLocale differs from localization.setLocale');
        }
        return problems;
      }, ENTRY_EXPORTS),
    );
    await visit('cdn.html', (page) =>
      page.evaluate(async (url) => {
        const cdn = await import(url);
        const problems = [];
        for (const [name, tag] of [
          ['ArticleView', 'article-view'],
          ['RelatedLinks', 'related-links'],
          ['ArticleToc', 'article-toc'],
          ['BackToTop', 'back-to-top'],
        ]) {
          if (cdn[name] === undefined || cdn[name] !== customElements.get(tag)) {
            problems.push(`cdn.js: ${name} is not <${tag}>`);
          }
        }
        if (typeof cdn.setLocale !== 'function') problems.push('cdn.js lacks setLocale');
        return problems;
      }, cdnUrl),
    );
  } finally {
    await chrome.close();
    server.close();
  }
  summary.chromium = `a bundle of 8 entry points (esbuild, ${fromPackage.length} files from the package, ${(bundleSize / 1024).toFixed(0)} kB) and cdn.js as is each render the title and ${SEED_LINKS} related links; no console error or warning, no page error`;
}

/** Runs one named step, recording its failure instead of stopping the others. */
async function step(name, body) {
  try {
    await body();
    return true;
  } catch (error) {
    failures.push(
      `${name}: ${error instanceof CheckError ? error.message : (error?.stack ?? error)}`,
    );
    return false;
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'article-elements-pack-'));
const project = join(scratch, 'consumer');
try {
  let tarball;
  if (await step('npm pack', async () => (tarball = await pack(scratch)))) {
    mkdirSync(project);
    if (await step('install', () => install(project, tarball))) {
      await Promise.all([
        step('types', () => typecheck(project)),
        step('node', () => node(project)),
        step('chromium', () => browser(project)),
      ]);
    }
  }
} finally {
  rmSync(scratch, {recursive: true, force: true});
}

for (const [name, line] of Object.entries(summary)) if (line) console.log(`  ${name}: ${line}`);
if (failures.length) {
  console.error(`Package (npm pack) check failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`Package (npm pack) check: passed in ${seconds()}.`);
