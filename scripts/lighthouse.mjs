// npm run lighthouse: Lighthouse (mobile, the default) on the demo page (a production build of
// index.html) and on the server-rendered page of examples/ssr, in Debian's Chromium, offline.
// Prints the four category scores and every failed audit; writes bench/lighthouse.json.
import {execFileSync, spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {extname, join, resolve} from 'node:path';
import {brotliCompressSync} from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {chromiumArgs, chromiumPath} from '../chromium.config.js';
import {root, viteBuild} from './vite-build.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

// The demo, built as a site would ship it.
const demo = mkdtempSync(join(tmpdir(), 'article-elements-demo-'));
await viteBuild({build: {outDir: demo, emptyOutDir: true}});
const types = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8'};
const demoServer = createServer((request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  try {
    const body = readFileSync(join(demo, path === '/' ? 'index.html' : path));
    // Compressed, as any production host serves text.
    const brotli = /\bbr\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(200, {
      'Content-Type': types[extname(path) || '.html'] ?? 'application/octet-stream',
      'Cache-Control': 'max-age=31536000',
      ...(brotli ? {'Content-Encoding': 'br'} : {}),
    });
    response.end(brotli ? brotliCompressSync(body) : body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((done) => demoServer.listen(0, '127.0.0.1', done));

// The server-rendered example (needs `npm run build`).
const ssrPort = 8000 + Math.floor(Math.random() * 900);
const ssr = spawn(process.execPath, ['examples/ssr/server.mjs'], {
  cwd: root,
  env: {...process.env, PORT: String(ssrPort)},
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((done) => ssr.stdout.once('data', done));

const pages = {
  demo: `http://127.0.0.1:${demoServer.address().port}/`,
  ssr: `http://127.0.0.1:${ssrPort}/`,
};
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: ['--headless=new', ...chromiumArgs],
});
const results = {};
try {
  for (const [name, url] of Object.entries(pages)) {
    const {lhr} = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: CATEGORIES,
      logLevel: 'error',
    });
    const scores = Object.fromEntries(
      CATEGORIES.map((id) => [id, Math.round(lhr.categories[id].score * 100)]),
    );
    const failed = Object.values(lhr.audits)
      .filter((audit) => audit.scoreDisplayMode !== 'notApplicable')
      .filter((audit) => audit.score !== null && audit.score < 0.9)
      .map((audit) => `${audit.id}: ${audit.displayValue ?? audit.score}`);
    const metrics = Object.fromEntries(
      [
        'first-contentful-paint',
        'largest-contentful-paint',
        'total-blocking-time',
        'cumulative-layout-shift',
      ].map((id) => [id, lhr.audits[id].displayValue]),
    );
    results[name] = {url, scores, metrics, failed};
    console.log(`\n${name} (${url})`);
    console.log(`  ${CATEGORIES.map((id) => `${id} ${scores[id]}`).join(', ')}`);
    console.log(
      `  ${Object.entries(metrics)
        .map(([id, value]) => `${id} ${value}`)
        .join(', ')}`,
    );
    for (const line of failed) console.log(`  below 0.9: ${line}`);
  }
} finally {
  await chrome.kill();
  ssr.kill();
  demoServer.close();
  rmSync(demo, {recursive: true, force: true});
}
writeFileSync(resolve(root, 'bench/lighthouse.json'), JSON.stringify(results, null, 2) + '\n');
// Formatted like the rest of the repository, so `npm test`'s Prettier check stays green.
execFileSync('npx', ['prettier', '--write', 'bench/lighthouse.json'], {cwd: root});
