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
 * imports but `external`. `splitChunks` keeps lazily imported modules (the locale) as files of
 * their own, as an app's bundler would; otherwise they are inlined, as in the CDN file.
 */
export function bundleFile({entry, outDir, fileName, external = [], splitChunks = false}) {
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
        output: splitChunks ? {minify: true} : {codeSplitting: false, minify: true},
      },
    },
  });
}
