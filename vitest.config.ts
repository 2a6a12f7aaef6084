// Story tests: every story in stories/ rendered in Debian's Chromium through Vitest browser mode,
// its play function run, axe-core run on it (addon-a11y, failing on any violation), and no
// console error or warning allowed. `npm run test:stories` runs it once per locale.
// Framework tests: the React wrappers and a Vue app (test/frameworks/).
import {storybookTest} from '@storybook/addon-vitest/vitest-plugin';
import {playwright} from '@vitest/browser-playwright';
import {defineConfig} from 'vitest/config';
import {chromiumArgs, chromiumPath} from './chromium.config.js';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({configDir: '.storybook'})],
        test: {
          name: 'storybook',
          // A story test renders, plays and runs axe-core over the whole story; the 10,000-link
          // story alone took 11–18 s on a loaded 2-core machine. Time is the benchmark's business.
          testTimeout: 60_000,
          setupFiles: ['.storybook/vitest.setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: chromiumPath,
                args: chromiumArgs,
              },
            }),
            instances: [{browser: 'chromium'}],
          },
        },
      },
      {
        // React and Vue pages using the elements, in Chromium; Vite turns their CommonJS and
        // templates into modules. `npm test` runs it once.
        resolve: {alias: {vue: 'vue/dist/vue.esm-bundler.js'}},
        test: {
          name: 'frameworks',
          include: ['test/frameworks/**/*.test.ts'],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {executablePath: chromiumPath, args: chromiumArgs},
            }),
            instances: [{browser: 'chromium'}],
          },
        },
      },
    ],
  },
});
