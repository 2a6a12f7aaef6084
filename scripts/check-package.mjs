// After the build: every path package.json promises exists, `types` comes first in every
// `exports` entry, each element's declarations name its class, and `files` covers them all,
// the editor data from scripts/api-docs.mjs included (`web-types` names web-types.json).
import {existsSync, readFileSync} from 'node:fs';
import {resolve} from 'node:path';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const problems = [];
const exists = (path) => existsSync(resolve(root, path));
const shipped = (path) =>
  pkg.files.some((entry) => path.replace(/^\.\//, '').startsWith(entry.replace(/\/$/, '')));

for (const [entry, target] of Object.entries(pkg.exports)) {
  const targets = typeof target === 'string' ? {default: target} : target;
  const conditions = Object.keys(targets);
  if (conditions.includes('types') && conditions[0] !== 'types') {
    problems.push(`exports["${entry}"]: "types" must come first`);
  }
  for (const [condition, path] of Object.entries(targets)) {
    if (!exists(path)) problems.push(`exports["${entry}"].${condition}: ${path} does not exist`);
    else if (entry !== './package.json' && !shipped(path)) {
      problems.push(`exports["${entry}"].${condition}: ${path} is not in "files"`);
    }
  }
}
for (const field of ['main', 'module', 'types', 'customElements', 'web-types']) {
  if (!pkg[field]) continue;
  if (!exists(pkg[field])) problems.push(`"${field}": ${pkg[field]} does not exist`);
  else if (!shipped(pkg[field])) problems.push(`"${field}": ${pkg[field]} is not in "files"`);
}
// Editors read these from the installed package: VS Code through `html.customData`, JetBrains
// IDEs through package.json's "web-types".
for (const file of ['vscode.html-custom-data.json', 'web-types.json']) {
  if (!exists(file)) problems.push(`${file} does not exist (node scripts/api-docs.mjs)`);
  if (!shipped(file)) problems.push(`${file} is not in "files"`);
}
if (pkg['web-types'] !== './web-types.json') {
  problems.push('"web-types" must be "./web-types.json"');
}
for (const [file, className] of [
  ['dist/article-view.d.ts', 'ArticleView'],
  ['dist/related-links.d.ts', 'RelatedLinks'],
]) {
  if (!exists(file) || !readFileSync(resolve(root, file), 'utf8').includes(className)) {
    problems.push(`${file} does not export ${className}`);
  }
}

if (problems.length) {
  console.error(`Package check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Package check: ${Object.keys(pkg.exports).length} exports entries resolve.`);
