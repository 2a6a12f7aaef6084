// What every Vite build of the library shares (the build, the size check, Lighthouse's demo):
// no config file, the CSS-template minifier, quiet output.
import {resolve} from 'node:path';
import {build} from 'vite';
import {minifyCssTemplates} from './minify-css-templates.mjs';

export const root = resolve(import.meta.dirname, '..');

/** Vite's `build` with the shared settings; `options.build` is passed as given. */
export function viteBuild(options) {
  return build({
    root,
    configFile: false,
    plugins: [minifyCssTemplates()],
    logLevel: 'warn',
    ...options,
  });
}

/**
 * `entry` (relative to the project) as one minified ES file, `outDir/fileName`, with everything it
 * imports but `external`. Lazily imported modules (the locale) stay files of their own, named by
 * `chunkFileNames`, as an app's bundler would keep them.
 */
export function bundleFile({entry, outDir, fileName, external = [], chunkFileNames = '[name].js'}) {
  return viteBuild({
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
        output: {minify: true, chunkFileNames},
      },
    },
  });
}
