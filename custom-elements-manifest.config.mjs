// `npm run docs` (scripts/api-docs.mjs) writes custom-elements.json from the elements' JSDoc.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/elements/shared/!(article-element).ts'],
  outdir: '.',
  litelement: true,
  // package.json names custom-elements.json itself; the analyzer must not rewrite it.
  packagejson: false,
};
