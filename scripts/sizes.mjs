// Size budgets (brotli, quality 11), checked by `npm test` and printed by the benchmark:
// `node scripts/sizes.mjs` prints the sizes and fails above a budget, or, for a budget not yet
// met, above its ceiling.
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {brotliCompressSync, constants} from 'node:zlib';
import {bundleFile, root} from './vite-build.mjs';

export const BUDGETS = {
  'CDN file (every element, Lit, localize)': 14 * 1024,
  'zh-Hans locale module': 2 * 1024,
  'page with only <related-links>': 9 * 1024,
};

/**
 * Budgets not yet met, and the size each may not grow past until it is: the measured size when
 * the ceiling was last lowered, rounded up to the next 64 bytes. Lower a ceiling whenever its
 * size falls; delete it once the budget is met.
 */
export const CEILINGS = {
  // Measured 15,683 bytes (2026-11-29).
  'CDN file (every element, Lit, localize)': 15_744,
  // Measured 10,620 bytes (2026-11-29).
  'page with only <related-links>': 10_688,
};

const brotli = (bytes) =>
  brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;

/**
 * Bundles `entry` as an app would (minified, Lit included) and sums the brotli sizes of the entry
 * file and the files it imports statically: what a page downloads before it renders. Lazily
 * imported files (the locale, the problem messages) are left out.
 */
async function bundledBytes(entry, {external = []} = {}) {
  const out = mkdtempSync(join(tmpdir(), 'article-elements-size-'));
  try {
    const [{output}] = [
      await bundleFile({entry, outDir: out, fileName: 'entry.js', external}),
    ].flat();
    const chunks = new Map(output.map((file) => [file.fileName, file]));
    const loaded = new Set();
    const load = (fileName) => {
      if (loaded.has(fileName)) return;
      loaded.add(fileName);
      for (const imported of chunks.get(fileName)?.imports ?? []) load(imported);
    };
    load('entry.js');
    return [...loaded]
      .filter((fileName) => chunks.has(fileName))
      .reduce((sum, fileName) => sum + brotli(readFileSync(join(out, fileName))), 0);
  } finally {
    rmSync(out, {recursive: true, force: true});
  }
}

/** The measured sizes in bytes, by the names of BUDGETS. Needs `npm run build` first. */
export async function measureSizes() {
  return {
    'CDN file (every element, Lit, localize)': brotli(
      readFileSync(resolve(root, 'dist/cdn/article-elements.js')),
    ),
    // The translations as an app ships them: minified, loaded when the page is Chinese.
    'zh-Hans locale module': await bundledBytes('src/generated/locales/zh-Hans.ts', {
      external: [/^@lit\//],
    }),
    // The lazily loaded locale counts on its own.
    'page with only <related-links>': await bundledBytes('src/related-links.ts'),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = await measureSizes();
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  let failed = 0;
  for (const [name, bytes] of Object.entries(sizes)) {
    const budget = BUDGETS[name];
    const ceiling = CEILINGS[name];
    if (bytes <= budget) {
      console.log(`✓ ${name}: ${kb(bytes)} (budget ${kb(budget)})`);
      if (ceiling !== undefined) console.log(`  its budget is met: delete its ceiling`);
    } else if (ceiling !== undefined && bytes <= ceiling) {
      console.log(
        `✗ ${name}: ${kb(bytes)}, over its budget of ${kb(budget)} (not yet met); ` +
          `${bytes} bytes, within its ceiling of ${ceiling}`,
      );
    } else {
      failed += 1;
      const limit =
        ceiling === undefined ? `its budget of ${kb(budget)}` : `its ceiling of ${ceiling} bytes`;
      console.error(`✗ ${name}: ${kb(bytes)} (${bytes} bytes), over ${limit}`);
    }
  }
  if (failed > 0) process.exit(1);
}
