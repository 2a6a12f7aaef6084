// npm run build:
//   dist/*.js            ES modules per element (+ index, localization, model), Lit left external
//   dist/**/*.d.ts       types, from tsc
//   dist/cdn/article-elements.js   one minified file for a plain <script type="module">, Lit and
//                                  the localize runtime included; it fetches two files from beside
//                                  it on demand: article-elements.zh-Hans.js (Chinese pages) and
//                                  article-elements.issue-messages.js (the first bad data)
//   dist/cdn/hydrate.js            the same (with hydrate.*.js beside it), hydrating
//                                  server-rendered elements (article-elements/ssr)
//   dist/ssr/index.js              server rendering, for Node
//   dist/cli/cli.js      the command-line tool, for Node (bin/article-elements.js runs it)
import {execFileSync} from 'node:child_process';
import {rmSync} from 'node:fs';
import {resolve} from 'node:path';
import {bundleFile, root, viteBuild} from './vite-build.mjs';

const dist = resolve(root, 'dist');
rmSync(dist, {recursive: true, force: true});

const entries = {
  index: 'src/index.ts',
  'article-view': 'src/article-view.ts',
  'related-links': 'src/related-links.ts',
  'article-toc': 'src/article-toc.ts',
  'back-to-top': 'src/back-to-top.ts',
  localization: 'src/localization.ts',
  'model/index': 'src/model/index.ts',
  hydrate: 'src/hydrate.ts',
  'ssr/index': 'src/ssr/index.ts',
  react: 'src/react.ts',
};

await viteBuild({
  build: {
    outDir: dist,
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, resolve(root, v)])),
      formats: ['es'],
    },
    rollupOptions: {
      // Apps bring their own single copy of Lit; bundling it here would duplicate it.
      // @lit/localize is bundled in: a private copy, so that a host app configuring its own
      // @lit/localize (configureLocalization may run once per copy) never collides with ours.
      external: [/^lit($|\/)/, /^@lit\/(?!localize)/, /^@lit-labs\//, /^node:/, /^react($|\/)/],
      // One output module per source module, so `sideEffects` can name the registering ones.
      // Bundled dependencies go to vendor/: npm pack leaves out any folder named node_modules.
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: (chunk) => `${chunk.name.replace(/^node_modules\//, 'vendor/')}.js`,
      },
    },
  },
});

const cdn = resolve(dist, 'cdn');
// The Chinese translations and the problem messages are files of their own beside it
// (article-elements.zh-Hans.js, article-elements.issue-messages.js), loaded only by a Chinese
// page, and only when some data is bad (the messages with the scanner that places a JSON syntax
// error, which only they use).
const lazy = /[\\/](generated[\\/]locales[\\/][^\\/]+|issue-messages|json-text)\.ts$/;
await bundleFile({
  entry: 'src/cdn.ts',
  outDir: cdn,
  fileName: 'article-elements.js',
  chunkFileNames: 'article-elements.[name].js',
  terser: true,
  lazy,
  // It has no hydration support: its elements always build their DOM on the client.
  hydration: false,
});
// The same, with Lit's hydration support first: for pages rendered by article-elements/ssr.
await bundleFile({
  entry: 'src/cdn-hydrate.ts',
  outDir: cdn,
  fileName: 'hydrate.js',
  chunkFileNames: 'hydrate.[name].js',
  terser: true,
  lazy,
});

// dist/cli/: the `article-elements` command (bin/article-elements.js), for Node 20. A server-side
// build: Node's modules and the npm dependencies stay imports; each subcommand is its own chunk,
// loaded only when it runs.
await viteBuild({
  build: {
    ssr: resolve(root, 'src/cli/cli.ts'),
    outDir: resolve(dist, 'cli'),
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rollupOptions: {
      // The server renderer imports the problem messages statically, which the elements import
      // on demand (for browsers); in the command, all in one, the bundler's note on it is noise.
      checks: {ineffectiveDynamicImport: false},
      output: {format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name].js'},
    },
  },
});

execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], {cwd: root, stdio: 'inherit'});
console.log('Built dist/ (per-element modules, types, cdn/article-elements.js, cli/cli.js).');
