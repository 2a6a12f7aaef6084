// What every Vite build of the library shares (the build, the size check, Lighthouse's demo):
// no config file, the CSS- and HTML-template minifiers, a leaner message lookup, quiet output.
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {minify} from 'terser';
import {build} from 'vite';
import {minifyCssTemplates} from './minify-css-templates.mjs';
import {minifyHtmlTemplatesPlugin} from './minify-html-templates.mjs';

export const root = resolve(import.meta.dirname, '..');

/**
 * The localize runtime's message lookup (`runtimeMsg`, @lit/localize/internal/runtime-msg.js)
 * for what the library has: every msg() with an id, and translations that are strings or `str`
 * templates, never `html` ones (scripts/check-localization.mjs fails otherwise). Without the
 * runtime's hashing of a message's text into an id, and its reordering of an `html` template's
 * values: some 300 brotli bytes that never run here. The same answer for every message the
 * library has.
 */
const RUNTIME_MSG = `import {defaultMsg} from './default-msg.js';
import {joinStringsAndValues} from './str-tag.js';

export function runtimeMsg(templates, template, options) {
  const localized = templates?.[options.id];
  if (!localized) return defaultMsg(template);
  return typeof localized === 'string'
    ? localized
    : joinStringsAndValues(localized.strings, template.values, localized.values);
}
`;
/** The @lit/localize release whose runtime-msg.js RUNTIME_MSG was written against. */
const LOCALIZE_RELEASE = /^0\.12\./;
const messagesWithIds = {
  name: 'messages-with-ids',
  enforce: 'pre',
  buildStart() {
    const {version} = JSON.parse(
      readFileSync(resolve(root, 'node_modules/@lit/localize/package.json'), 'utf8'),
    );
    if (!LOCALIZE_RELEASE.test(version)) {
      throw new Error(
        `@lit/localize ${version}: compare its internal/runtime-msg.js with RUNTIME_MSG in ` +
          `scripts/vite-build.mjs, then update LOCALIZE_RELEASE`,
      );
    }
  },
  load(id) {
    return /[\\/]@lit[\\/]localize[\\/]internal[\\/]runtime-msg\.js$/.test(id) ? RUNTIME_MSG : null;
  },
};

/** Vite's `build` with the shared settings; `options.build` is passed as given. */
export function viteBuild({plugins = [], ...options}) {
  return build({
    root,
    configFile: false,
    plugins: [minifyCssTemplates(), minifyHtmlTemplatesPlugin(), messagesWithIds, ...plugins],
    logLevel: 'warn',
    ...options,
  });
}

/**
 * A second minification of each output chunk by terser, two passes: about 1.5% fewer brotli
 * bytes than the bundler's minifier alone. For the files we publish (the CDN files).
 */
const terserPass = {
  name: 'terser-pass',
  // After the bundler's own minification, which runs after renderChunk.
  async generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const result = await minify(chunk.code, {module: true, ecma: 2022, compress: {passes: 2}});
      chunk.code = result.code;
    }
  },
};

/**
 * The generated locale modules import `str` from @lit/localize; as an on-demand file of the CDN
 * build, that import would be an import of the main file by a fixed name, which loads a second
 * copy of the library when a page loads the main file under another URL (a version query). `str`
 * only tags a template (`{strTag: true, strings, values}`, the runtime's documented form): the
 * module gets its own.
 */
const standaloneLocales = {
  name: 'standalone-locales',
  transform(code, id) {
    if (!/[\\/]generated[\\/]locales[\\/]/.test(id)) return null;
    const imported = /import\s*\{\s*str\s*\}\s*from\s*["']@lit\/localize["'];?/;
    if (!imported.test(code))
      throw new Error(`${id}: expected an import of str from @lit/localize`);
    const local = 'const str = (strings, ...values) => ({strTag: true, strings, values});';
    return {code: code.replace(imported, local), map: null};
  },
};

/**
 * Swaps `src/elements/shared/hydratable.ts` for `hydratable.cdn.ts` (`hydratable` false): for a
 * build that never runs on a server nor takes over server-rendered DOM, whose Lit templates for
 * those cases are then dropped as dead code.
 */
const hydratableModule = resolve(root, 'src/elements/shared/hydratable.ts');
const withoutHydration = {
  name: 'without-hydration',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!/hydratable(\.js)?$/.test(source)) return null;
    const resolved = await this.resolve(source, importer, {...options, skipSelf: true});
    return resolved?.id === hydratableModule ? hydratableModule.replace(/\.ts$/, '.cdn.ts') : null;
  },
};

/**
 * `entry` (relative to the project) as one minified ES file, `outDir/fileName`, with everything it
 * imports but `external`. Lazily imported modules (the locale, the problem messages) stay files of
 * their own, named by `chunkFileNames`, as an app's bundler would keep them. With `lazy` (the ids
 * of those modules), every other module goes into the entry file, instead of the bundler's own
 * choice, which puts modules shared by the lazy files (the localize runtime) in a file of their own.
 * With `hydration: false`, the build cannot hydrate (see `withoutHydration`).
 */
export function bundleFile({
  entry,
  outDir,
  fileName,
  external = [],
  chunkFileNames = '[name].js',
  terser = false,
  lazy,
  hydration = true,
}) {
  return viteBuild({
    plugins: hydration ? [] : [withoutHydration],
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: {entry: resolve(root, entry), formats: ['es'], fileName: () => fileName},
      // Lib mode keeps white space in ES output; minify the output itself.
      rollupOptions: {
        external,
        // Lets modules that the lazy locale shares with the entry stay in the entry (Lit, the
        // localize runtime) instead of a third file.
        preserveEntrySignatures: 'allow-extension',
        output: {
          minify: true,
          chunkFileNames,
          ...(lazy && {codeSplitting: {groups: [{name: 'entry', test: (id) => !lazy.test(id)}]}}),
        },
        plugins: [...(lazy ? [standaloneLocales] : []), ...(terser ? [terserPass] : [])],
      },
    },
  });
}
