// A small server that renders articles with article-elements/ssr: no dependencies but Node 20.
//   npm run build && node examples/ssr/server.mjs   (PORT=3000 to change the port from 8080)
// Pages: / is the Chinese seed article, /en the English one; /assets/hydrate.js makes them live
// (and loads /assets/hydrate.zh-Hans.js, its Chinese translations, on Chinese pages).
import {Buffer} from 'node:buffer';
import {readdir, readFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import {dirname, join} from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {brotliCompressSync} from 'node:zlib';

// The package's own name: inside this repository it resolves to dist/ through package.json
// "exports"; in your project, after `npm install article-elements`, the same lines work.
let renderArticlePage;
try {
  ({renderArticlePage} = await import('article-elements/ssr'));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  console.error(`${error.message}\nIs dist/ missing? Run \`npm run build\` first.`);
  process.exit(1);
}
// The package's cdn/ folder: hydrate.js and the locale files it loads beside it.
const cdnFolder = dirname(fileURLToPath(import.meta.resolve('article-elements/cdn/hydrate.js')));
const cdnFiles = new Set(await readdir(cdnFolder));
const fixtures = new URL('../../fixtures/', import.meta.url);

/** Path → article JSON. A real site would read these from its CMS or database. */
const articles = {
  '/': new URL('seed-article.zh.json', fixtures),
  '/en': new URL('seed-article.en.json', fixtures),
};

// Only this origin's scripts, only this origin's and the elements' styles, Trusted Types enforced
// with Lit's policy as the only one. The JSON-LD <script> is data, never run: script-src is moot.
// The server-rendered shadow roots carry the elements' CSS as inline <style> elements, which
// `style-src 'self'` alone blocks: the renderer gives their hashes (data can never add a <style>).
const csp = (styleHashes) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${styleHashes.join(' ')}`,
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
    "base-uri 'none'",
    "object-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ');

const commonHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

function send(response, status, headers, body) {
  // Text is sent compressed (brotli) to browsers that accept it, as a production host would.
  const accepts = /\bbr\b/.test(response.req.headers['accept-encoding'] ?? '');
  const compress = accepts && status === 200 && Buffer.byteLength(body) > 1024;
  const payload = compress ? brotliCompressSync(body) : body;
  const length = status === 204 ? {} : {'Content-Length': Buffer.byteLength(payload)};
  const encoding = compress ? {'Content-Encoding': 'br', Vary: 'Accept-Encoding'} : {};
  response.writeHead(status, {...commonHeaders, ...headers, ...encoding, ...length});
  response.end(response.req.method === 'HEAD' ? undefined : payload);
}

async function handle(request, response) {
  const {pathname} = new URL(request.url ?? '/', 'http://localhost');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, {Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8'}, '');
    return;
  }
  if (Object.hasOwn(articles, pathname)) {
    const json = await readFile(articles[pathname], 'utf8');
    const {page, error, styleHashes} = await renderArticlePage(json, {
      toc: true,
      scripts: ['/assets/hydrate.js'],
    });
    // Bad data does not throw: the page shows the element's localized alert and `error` says why.
    if (error) console.error(`${pathname}: ${error.code} at ${error.path || 'the document'}`);
    send(
      response,
      error ? 500 : 200,
      {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': csp(styleHashes),
        'Cache-Control': 'no-cache',
      },
      page,
    );
    return;
  }
  const asset = pathname.startsWith('/assets/') ? pathname.slice('/assets/'.length) : '';
  if (asset.startsWith('hydrate') && asset.endsWith('.js') && cdnFiles.has(asset)) {
    send(
      response,
      200,
      {'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache'},
      await readFile(join(cdnFolder, asset)),
    );
    return;
  }
  if (pathname === '/favicon.ico') {
    // No icon: an empty answer rather than a 404 in the browser's console.
    send(response, 204, {}, '');
    return;
  }
  send(response, 404, {'Content-Type': 'text/plain; charset=utf-8'}, 'Not found\n');
}

const server = createServer((request, response) => {
  handle(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) {
      send(response, 500, {'Content-Type': 'text/plain; charset=utf-8'}, 'Server error\n');
    } else response.destroy();
  });
});

const port = Number(process.env.PORT ?? 8080);
server.listen(port, '127.0.0.1', () => {
  console.log(`article-elements SSR example: http://127.0.0.1:${server.address().port}/`);
});
