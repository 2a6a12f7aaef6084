import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'src/generated/',
      'coverage/',
      'storybook-static/',
      'test/ssr/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  wc.configs['flat/recommended'],
  {
    languageOptions: {globals: globals.browser},
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
      // Data must never become HTML: only literal templates, no HTML sinks.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {name: 'lit/directives/unsafe-html.js', message: 'Data is never HTML.'},
            {name: 'lit/directives/unsafe-svg.js', message: 'Data is never HTML.'},
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        {property: 'innerHTML', message: 'Data is never HTML.'},
        {property: 'outerHTML', message: 'Data is never HTML.'},
        {property: 'insertAdjacentHTML', message: 'Data is never HTML.'},
      ],
    },
  },
  {
    // Tests may read innerHTML to prove that nothing was created from data.
    files: ['test/**'],
    rules: {'no-restricted-properties': 'off'},
  },
  {
    files: ['scripts/**', 'bench/run.mjs', '*.config.{js,ts,mjs}', '.ci/**'],
    languageOptions: {globals: globals.node},
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {globals: globals.node, sourceType: 'commonjs'},
  },
  {
    // The React example (examples/react/main.jsx); typescript-eslint's parser reads .jsx as JSX.
    files: ['examples/**/*.jsx'],
  },
);
