// npm run bench: the library against hand-written DOM (bench/vanilla.js) in one Chromium
// session, alternating the two sides sample by sample. Writes bench/results.json and
// bench/results.md and prints the table. SAMPLES=n changes the number of samples (default 21).
import {execFileSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, resolve} from 'node:path';
import {chromium} from 'playwright';
import {chromiumArgs, chromiumPath} from '../chromium.config.js';
import {BUDGETS, measureSizes} from '../scripts/sizes.mjs';

const root = resolve(import.meta.dirname, '..');
const samples = Number(process.env.SAMPLES ?? 21);
const allCases = [
  'related-100',
  'related-1000',
  'related-10000',
  'related-10000-visible',
  'article-seed',
  'article-1mb',
  'locale-switch',
  'replace-article',
  'parse-10mb',
];
// CASES=article-seed,related-100 runs a subset (for a quick look; the committed results run all).
const cases = process.env.CASES ? process.env.CASES.split(',') : allCases;

execFileSync('node', ['scripts/build.mjs'], {cwd: root, stdio: 'inherit'});

// --- sizes (brotli, quality 11; npm test holds them to their budgets, or ceilings while unmet) ---
const sizes = await measureSizes();

// --- timing ---
const types = {'.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json'};
const server = createServer((request, response) => {
  const path = join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname));
  if (!path.startsWith(root)) return response.writeHead(403).end();
  try {
    const body = readFileSync(path);
    response.writeHead(200, {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      // A cross-origin isolated page gets performance.now() in microseconds (5 µs steps) rather
      // than 100 µs ones, which would be most of a 0.5 ms render.
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const {port} = server.address();

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: [...chromiumArgs, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
const page = await browser.newPage({viewport: {width: 1000, height: 800}});
page.on('pageerror', (error) => console.error(`[page] ${error.message}`));
await page.goto(`http://127.0.0.1:${port}/bench/index.html`);
await page.waitForFunction(() => window.benchReady === true, null, {timeout: 120000});
if (!(await page.evaluate(() => crossOriginIsolated))) {
  throw new Error('the benchmark page is not cross-origin isolated: its timer is too coarse');
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const quartiles = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))];
  return [at(0.25), at(0.75)];
};

const results = {samples, date: new Date().toISOString(), sizes, cases: {}};
for (const name of cases) {
  const runs = {library: [], vanilla: []};
  const count = name === 'parse-10mb' ? Math.min(samples, 9) : samples;
  // One warm-up each, then alternate which side goes first.
  await page.evaluate(([n]) => window.runSample(n, 'library'), [name]);
  await page.evaluate(([n]) => window.runSample(n, 'vanilla'), [name]);
  for (let i = 0; i < count; i += 1) {
    const order = i % 2 ? ['vanilla', 'library'] : ['library', 'vanilla'];
    for (const side of order) {
      const sample = await page.evaluate(([n, s]) => window.runSample(n, s), [name, side]);
      if (!sample.ok) throw new Error(`${name}/${side}: nothing rendered`);
      runs[side].push(sample);
    }
  }
  const summary = {};
  for (const side of ['library', 'vanilla']) {
    summary[side] = {};
    for (const metric of ['render', 'paint', 'heap']) {
      const values = runs[side].map((run) => run[metric]);
      summary[side][metric] = {median: median(values), iqr: quartiles(values)};
    }
  }
  summary.ratio = {
    render: summary.library.render.median / summary.vanilla.render.median,
    paint: summary.library.paint.median / summary.vanilla.paint.median,
    // Below 64 KB the heap counter's noise dominates: no meaningful ratio.
    heap:
      summary.vanilla.heap.median >= 65536
        ? summary.library.heap.median / summary.vanilla.heap.median
        : null,
  };
  results.cases[name] = summary;
  console.log(
    `${name}: render ×${summary.ratio.render.toFixed(2)}, paint ×${summary.ratio.paint.toFixed(2)}`,
  );
}
await browser.close();
server.close();

// The locale switch is judged against a fresh render of the same article.
results.localeSwitchVsFreshRender =
  results.cases['locale-switch'] && results.cases['article-seed']
    ? results.cases['locale-switch'].library.render.median /
      results.cases['article-seed'].library.render.median
    : null;

const ms = (value) => value.toFixed(1);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const lines = [
  '# Benchmark results',
  '',
  `${results.date}, Debian Chromium, ${samples} samples per side (9 for parse-10mb), alternating.`,
  'Medians in ms, interquartile range in brackets; ratio = library / hand-written DOM.',
  '',
  '| Case | Library render | Vanilla render | Ratio | Library paint | Vanilla paint | Ratio | Heap ratio |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...cases.map((name) => {
    const c = results.cases[name];
    const cell = (m) => `${ms(m.median)} [${ms(m.iqr[0])}–${ms(m.iqr[1])}]`;
    return `| ${name} | ${cell(c.library.render)} | ${cell(c.vanilla.render)} | ${c.ratio.render.toFixed(2)} | ${cell(c.library.paint)} | ${cell(c.vanilla.paint)} | ${c.ratio.paint.toFixed(2)} | ${c.ratio.heap === null ? 'n/a' : c.ratio.heap.toFixed(2)} |`;
  }),
  '',
  `Locale switch / fresh render of the seed: ${results.localeSwitchVsFreshRender?.toFixed(2) ?? 'n/a'}.`,
  '',
  '| Size (brotli) | Bytes | Budget |',
  '| --- | --- | --- |',
  ...Object.entries(sizes).map(
    ([name, bytes]) => `| ${name} | ${kb(bytes)} | ${kb(BUDGETS[name])} |`,
  ),
  '',
];
writeFileSync(join(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
writeFileSync(join(root, 'bench/results.md'), lines.join('\n'));
console.log(`\n${lines.join('\n')}`);
// Formatted like the rest of the repository, so `npm test`'s Prettier check stays green.
execFileSync('npx', ['prettier', '--write', 'bench/results.json', 'bench/results.md'], {cwd: root});
