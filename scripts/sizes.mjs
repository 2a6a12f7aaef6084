// Size budgets (brotli, quality 11), enforced by `npm test` after the build and printed by the
// benchmark: `node scripts/sizes.mjs` prints the sizes and fails above a budget.
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {brotliCompressSync, constants} from 'node:zlib';
import {build} from 'vite';
import {minifyCssTemplates} from './minify-css-templates.mjs';

const root = resolve(import.meta.dirname, '..');

export const BUDGETS = {
  'CDN file (every element, Lit, localize)': 14 * 1024,
  'zh-Hans locale module': 2 * 1024,
  'page with only <related-links>': 9 * 1024,
};

const brotli = (bytes) =>
  brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;

/** Bundles `entry` as an app would (minified, Lit included) and sums what a page loads. */
async function bundledSize(entry) {
  const out = mkdtempSync(join(tmpdir(), 'article-elements-size-'));
  try {
    await build({
      root,
      configFile: false,
      plugins: [minifyCssTemplates()],
      logLevel: 'warn',
      build: {
        outDir: out,
        emptyOutDir: true,
        minify: true,
        lib: {entry: resolve(root, entry), formats: ['es'], fileName: () => 'entry.js'},
        rollupOptions: {output: {minify: true}},
      },
    });
    // The entry and the chunks it imports; a lazily loaded locale counts on its own.
    return readdirSync(out)
      .filter((file) => file.endsWith('.js') && !file.startsWith('zh-Hans'))
      .reduce((sum, file) => sum + brotli(readFileSync(join(out, file))), 0);
  } finally {
    rmSync(out, {recursive: true, force: true});
  }
}

/** The measured sizes in bytes, by the names of BUDGETS. Needs `npm run build` first. */
export async function measureSizes() {
  const locale = await bundledLocaleSize();
  return {
    'CDN file (every element, Lit, localize)': brotli(
      readFileSync(resolve(root, 'dist/cdn/article-elements.js')),
    ),
    'zh-Hans locale module': locale,
    'page with only <related-links>': await bundledSize('src/related-links.ts'),
  };
}

/** The zh-Hans translations as an app ships them: minified, loaded when the page is Chinese. */
async function bundledLocaleSize() {
  const out = mkdtempSync(join(tmpdir(), 'article-elements-locale-'));
  try {
    await build({
      root,
      configFile: false,
      plugins: [minifyCssTemplates()],
      logLevel: 'warn',
      build: {
        outDir: out,
        emptyOutDir: true,
        minify: true,
        lib: {
          entry: resolve(root, 'src/generated/locales/zh-Hans.ts'),
          formats: ['es'],
          fileName: () => 'zh-Hans.js',
        },
        rollupOptions: {external: [/^@lit\//], output: {minify: true}},
      },
    });
    return brotli(readFileSync(join(out, 'zh-Hans.js')));
  } finally {
    rmSync(out, {recursive: true, force: true});
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = await measureSizes();
  let over = 0;
  for (const [name, bytes] of Object.entries(sizes)) {
    const budget = BUDGETS[name];
    const ok = bytes <= budget;
    if (!ok) over += 1;
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`${ok ? '✓' : '✗'} ${name}: ${kb(bytes)} (budget ${kb(budget)})`);
  }
  if (over > 0) {
    console.error(`${over} size budget(s) exceeded.`);
    process.exit(1);
  }
}
