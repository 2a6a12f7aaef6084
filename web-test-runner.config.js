// Runs every test file in Debian's Chromium (Playwright) and Firefox ESR (puppeteer over
// WebDriver BiDi). Nothing here downloads a browser. Override the paths with CHROMIUM_PATH and
// FIREFOX_PATH, or run one browser with BROWSERS=chromium (or firefox).
import {writeFileSync} from 'node:fs';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter, summaryReporter} from '@web/test-runner';
import {playwrightLauncher} from '@web/test-runner-playwright';
import {puppeteerLauncher} from '@web/test-runner-puppeteer';
import {chromiumArgs, chromiumPath} from './chromium.config.js';

// The browsers run in a zone far from Asia/Shanghai, so date tests prove that the article's
// own timeZone wins over the machine's.
export const TEST_TIME_ZONE = 'America/Los_Angeles';

const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const wanted = (process.env.BROWSERS ?? 'chromium,firefox').split(',').map((name) => name.trim());
const env = {...process.env, TZ: TEST_TIME_ZONE};

const launchers = {
  chromium: () =>
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: chromiumPath,
        env,
        args: chromiumArgs,
      },
      createBrowserContext: ({browser}) => browser.newContext({timezoneId: TEST_TIME_ZONE}),
    }),
  firefox: () =>
    puppeteerLauncher({
      launchOptions: {browser: 'firefox', executablePath: firefoxPath, headless: true, env},
      // One page at a time. A second page would be a hidden background tab, where Firefox
      // throttles timers and requestAnimationFrame (waits for a frame stall until the test times
      // out), or, as a second window, compete for focus with the first.
      concurrency: 1,
    }),
};

// Pages whose `<html lang>` is set before the library loads, one group per page. Their files are
// left out of the default group, which runs every other test file once.
const groups = [
  {
    name: 'initial-lang',
    files: 'test/initial-lang/**/*.test.ts',
    testRunnerHtml: (testFramework) =>
      `<!DOCTYPE html><html lang="zh-CN"><head></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  },
];
// `--files` on the command line replaces `files` but not `groups`: without this, running one
// chosen file would run every group's files too. Run a group alone with `--group initial-lang`.
const filesFromCommandLine = process.argv.some(
  (arg) => arg === '--files' || arg.startsWith('--files='),
);

// The Markdown importer's parser reaches two CommonJS packages browsers cannot import: `debug`
// (micromark's development build) and `format` (via `fault`). Serve ES module stand-ins.
const COMMONJS_STAND_INS = {
  debug: 'export default () => () => {};\n',
  format:
    'export default (text, ...values) => String(text).replace(/%[sdjo%]/g, (m) =>\n' +
    "  m === '%%' ? '%' : m === '%j' || m === '%o' ? JSON.stringify(values.shift()) : String(values.shift()));\n",
};
const commonJsStandIns = {
  name: 'commonjs-stand-ins',
  resolveImport({source}) {
    if (Object.hasOwn(COMMONJS_STAND_INS, source)) return `/__stand-in/${source}.js`;
  },
  serve(context) {
    const name = /^\/__stand-in\/(\w+)\.js$/.exec(context.path)?.[1];
    if (name && Object.hasOwn(COMMONJS_STAND_INS, name)) {
      return {body: COMMONJS_STAND_INS[name], type: 'js'};
    }
  },
};

/** Writes the totals for scripts/test.mjs, which prints them alone on a line for CI. */
function totalsReporter() {
  return {
    onTestRunFinished({sessions}) {
      const totals = {passed: 0, failed: 0, skipped: 0};
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) totals.skipped += 1;
          else if (test.passed) totals.passed += 1;
          else totals.failed += 1;
        }
        for (const child of suite.suites) walk(child);
      };
      for (const session of sessions) {
        const before = totals.failed;
        if (session.testResults) walk(session.testResults);
        // A file that failed to load, or threw outside a test, counts as one failure.
        if (!session.passed && totals.failed === before) totals.failed += 1;
      }
      writeFileSync('.wtr-results.json', JSON.stringify(totals));
    },
  };
}

// The strict policy the elements must work under (test/csp/): nothing inline, no eval, Trusted
// Types required for script sinks, and only Lit's own policy ("lit-html") may be created.
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

/** Serves the pages under /test/csp/ with the strict policy as a real response header. */
async function strictCspPages(context, next) {
  await next();
  if (context.path.startsWith('/test/csp/') && context.path.endsWith('.html')) {
    context.set('Content-Security-Policy', STRICT_CSP);
  }
}

export default {
  // test/frameworks/ runs in Vitest (React and Vue need Vite's module handling).
  files: ['test/**/*.test.ts', '!test/frameworks/**', ...groups.map((group) => `!${group.files}`)],
  groups: filesFromCommandLine ? [] : groups,
  nodeResolve: true,
  middleware: [strictCspPages],
  plugins: [commonJsStandIns, esbuildPlugin({ts: true, tsconfig: './tsconfig.json'})],
  browsers: wanted.map((name) => {
    if (!(name in launchers)) throw new Error(`BROWSERS: unknown browser "${name}"`);
    return launchers[name]();
  }),
  // Lit's one-line dev-mode notice is noise in every file's log.
  filterBrowserLogs: ({args}) => !String(args[0]).includes('Lit is in dev mode'),
  concurrency: 2,
  browserStartTimeout: 120000,
  testsFinishTimeout: 600000,
  testFramework: {config: {timeout: 20000}},
  reporters: [defaultReporter(), summaryReporter({flatten: false}), totalsReporter()],
};
