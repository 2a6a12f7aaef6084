// npm run build:
//   dist/*.js            ES modules per element (+ index, localization, model), Lit left external
//   dist/**/*.d.ts       types, from tsc
//   dist/cdn/article-elements.js   one self-contained minified file for a plain <script type="module">
//   dist/cli/cli.js      the command-line tool, for Node (bin/article-elements.js runs it)
//   dist/cdn/hydrate.js            the same, hydrating server-rendered elements (article-elements/ssr)
//   dist/ssr/index.js              server rendering, for Node
import {execFileSync} from 'node:child_process';
import {rmSync} from 'node:fs';
import {resolve} from 'node:path';
import {build} from 'vite';
import {minifyCssTemplates} from './minify-css-templates.mjs';

const root = resolve(import.meta.dirname, '..');
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

await build({
  root,
  configFile: false,
  plugins: [minifyCssTemplates()],
  logLevel: 'warn',
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

await build({
  root,
  configFile: false,
  plugins: [minifyCssTemplates()],
  logLevel: 'warn',
  build: {
    outDir: resolve(dist, 'cdn'),
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    lib: {
      entry: resolve(root, 'src/cdn.ts'),
      formats: ['es'],
      fileName: () => 'article-elements.js',
    },
    // Lib mode keeps white space in ES output; minify the output itself.
    rollupOptions: {output: {codeSplitting: false, minify: true}},
  },
});

// The same, with Lit's hydration support first: for pages rendered by article-elements/ssr.
await build({
  root,
  configFile: false,
  plugins: [minifyCssTemplates()],
  logLevel: 'warn',
  build: {
    outDir: resolve(dist, 'cdn'),
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    lib: {
      entry: resolve(root, 'src/cdn-hydrate.ts'),
      formats: ['es'],
      fileName: () => 'hydrate.js',
    },
    rollupOptions: {output: {codeSplitting: false, minify: true}},
  },
});

// dist/cli/: the `article-elements` command (bin/article-elements.js), for Node 20. A server-side
// build: Node's modules and the npm dependencies stay imports; each subcommand is its own chunk,
// loaded only when it runs.
await build({
  root,
  configFile: false,
  plugins: [minifyCssTemplates()],
  logLevel: 'warn',
  build: {
    ssr: resolve(root, 'src/cli/cli.ts'),
    outDir: resolve(dist, 'cli'),
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rollupOptions: {
      output: {format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name].js'},
    },
  },
});

execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], {cwd: root, stdio: 'inherit'});
console.log('Built dist/ (per-element modules, types, cdn/article-elements.js, cli/cli.js).');
