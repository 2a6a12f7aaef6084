// npm test: every check, then the browser tests, then the totals alone on a line for CI:
//   N passed, N failed
// Each static check counts as one test; each browser test counts once per browser.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';

const root = resolve(import.meta.dirname, '..');
const resultsFile = resolve(root, '.wtr-results.json');

const checks = [
  ['eslint', ['npx', 'eslint', '.']],
  ['prettier', ['npx', 'prettier', '--check', '.']],
  ['typescript', ['npx', 'tsc', '--noEmit']],
  // lit-analyzer's CSS property list predates color-scheme and text-autospace: its CSS rule is off.
  ['lit-analyzer', ['npx', 'lit-analyzer', 'src', '--strict', '--rules.no-invalid-css', 'off']],
  ['localization', ['node', 'scripts/check-localization.mjs']],
  ['api docs', ['node', 'scripts/api-docs.mjs', '--check']],
  // The browser tests load dist/cdn/article-elements.js, so the build runs first.
  ['build', ['node', 'scripts/build.mjs']],
  ['package', ['node', 'scripts/check-package.mjs']],
  // Brotli sizes against their budgets (and, while a budget is unmet, against its ceiling).
  ['size budgets', ['node', 'scripts/sizes.mjs']],
  // The tarball as npm would publish it, installed in a fresh project: its types, Node, Chromium.
  ['npm pack', ['node', 'scripts/check-pack.mjs']],
  // Server-rendered pages for the browser tests, each valid by the W3C HTML checker.
  ['ssr pages', ['node', 'scripts/check-ssr.mjs']],
  ['storybook build', ['npx', 'storybook', 'build', '--test', '--quiet', '-o', 'storybook-static']],
];

const totals = {passed: 0, failed: 0};
const failedNames = [];

function run(name, [command, ...args]) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {cwd: root, stdio: 'inherit'});
  return result.status === 0;
}

for (const [name, command] of checks) {
  if (run(name, command)) totals.passed += 1;
  else {
    totals.failed += 1;
    failedNames.push(name);
  }
}

// The command-line tool (test/cli/), the drop-in examples (test/examples/) and the server
// renderer's API (test/node/): node:test on the build's dist/ (the examples' pages open in
// Chromium). Each test counts once.
for (const [label, folder] of [
  ['cli tests', 'test/cli/'],
  ['example tests', 'test/examples/'],
  ['node tests', 'test/node/'],
]) {
  const scratch = mkdtempSync(join(tmpdir(), 'article-elements-node-tests-'));
  const tap = join(scratch, 'results.tap');
  console.log(`\n▶ ${label}: node --test ${folder}`);
  const result = spawnSync(
    process.execPath,
    [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      folder,
    ],
    {cwd: root, stdio: 'inherit'},
  );
  const report = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  rmSync(scratch, {recursive: true, force: true});
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(report)?.[1] ?? 0);
  totals.passed += count('pass');
  totals.failed += count('fail') + count('cancelled');
  if (result.status !== 0) {
    failedNames.push(label);
    if (count('fail') + count('cancelled') === 0) totals.failed += 1;
  }
}

rmSync(resultsFile, {force: true});
const browsersOk = run('browser tests', ['npx', 'wtr']);
if (existsSync(resultsFile)) {
  const browser = JSON.parse(readFileSync(resultsFile, 'utf8'));
  totals.passed += browser.passed;
  totals.failed += browser.failed;
  if (browser.failed > 0 || !browsersOk) failedNames.push('browser tests');
  // A run that failed as a whole (a browser that did not start) must not look green.
  if (!browsersOk && browser.failed === 0) totals.failed += 1;
} else {
  totals.failed += 1;
  failedNames.push('browser tests (no results)');
}

/** Runs one Vitest project in the browser and adds its counts to the totals. */
function runVitest(project, label, env = {}) {
  const output = resolve(root, `.vitest-results-${label.replace(/\W+/g, '-')}.json`);
  rmSync(output, {force: true});
  console.log(`\n▶ ${label}`);
  const ok = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${output}`,
    ],
    {cwd: root, stdio: 'inherit', env: {...process.env, ...env}},
  );
  if (existsSync(output)) {
    const results = JSON.parse(readFileSync(output, 'utf8'));
    totals.passed += results.numPassedTests;
    totals.failed += results.numFailedTests;
    if (results.numFailedTests > 0 || ok.status !== 0) failedNames.push(label);
    if (ok.status !== 0 && results.numFailedTests === 0) totals.failed += 1;
  } else {
    totals.failed += 1;
    failedNames.push(`${label} (no results)`);
  }
}

// Every story, once per locale: renders, plays, passes axe, logs no error or warning.
for (const locale of ['en', 'zh-Hans']) {
  runVitest('storybook', `story tests (${locale})`, {VITE_STORY_LOCALE: locale});
}
// The React wrappers and a Vue app, in Chromium.
runVitest('frameworks', 'framework tests');

console.log(failedNames.length ? `\nFailed: ${failedNames.join(', ')}` : '\nAll checks passed.');
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
