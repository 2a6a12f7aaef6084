// Fails when the translations are incomplete or stale:
// - every msg() in src/ is in locales/zh-Hans.xlf with the same source text,
// - every msg() in src/ has an id of its own, and no msg() is of an `html` template: the bundles'
//   message lookup has neither the runtime's hashing of texts into ids nor its handling of
//   `html` translations (scripts/vite-build.mjs),
// - every trans-unit has a non-empty <target> with the same placeholders as its <source>,
// - every zh-Hans <target> is a translation: not the same as its English <source>, and with at
//   least one Han character once placeholders are removed (except UNTRANSLATED_ALLOWED below),
// - src/generated/ is what `lit-localize build` makes from the XLIFF.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';

const root = resolve(import.meta.dirname, '..');
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const problems = [];
const work = mkdtempSync(join(tmpdir(), 'l10n-check-'));

function units(xliff) {
  const found = new Map();
  for (const [, id, body] of xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    found.set(id, {source, target});
  }
  return found;
}
const placeholders = (text) =>
  [...text.matchAll(/<x id="(\d+)"/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

/**
 * zh-Hans targets that may contain no Han character. Keep this list short, and say why each
 * needs no Chinese words. A target the same as its English source is never allowed.
 */
const UNTRANSLATED_ALLOWED = new Map([
  // "<where>: <description>" joins two messages that are translated on their own; the target
  // is the same placeholders with a full-width colon.
  ['issue.message', 'only placeholders and a full-width colon'],
]);
const HAN = /\p{Script=Han}/u;
/** The text of a source or target with its placeholders removed and white space collapsed. */
const words = (text) =>
  text
    .replace(/<x\b[^>]*\/>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
/** Why a zh-Hans target is not a translation of its source, or null. */
function untranslated(id, source, target) {
  if (target.replace(/\s+/g, ' ').trim() === source.replace(/\s+/g, ' ').trim())
    return 'is the same as its English source';
  if (!HAN.test(words(target)) && !UNTRANSLATED_ALLOWED.has(id))
    return `has no Chinese character ("${words(target)}"); translate it, or add it to UNTRANSLATED_ALLOWED with a reason`;
  return null;
}

function runLocalize(command, overrides) {
  const file = join(work, `${command}.json`);
  const absolute = {
    ...config,
    inputFiles: config.inputFiles.map((pattern) => join(root, pattern)),
    interchange: {...config.interchange, xliffDir: join(root, config.interchange.xliffDir)},
    ...overrides,
  };
  writeFileSync(file, JSON.stringify(absolute));
  execFileSync('npx', ['lit-localize', command, '--config', file], {cwd: root, stdio: 'pipe'});
}

try {
  // 1. Extract into an empty folder: the sources as the code has them now.
  const freshDir = join(work, 'xliff');
  runLocalize('extract', {interchange: {...config.interchange, xliffDir: freshDir}});
  for (const locale of config.targetLocales) {
    const committed = units(
      readFileSync(join(root, config.interchange.xliffDir, `${locale}.xlf`), 'utf8'),
    );
    const fresh = units(readFileSync(join(freshDir, `${locale}.xlf`), 'utf8'));
    for (const [id, {source}] of fresh) {
      // lit-localize names a message given no id by a hash of its text: `s` or `h`, 16 hex digits.
      if (/^[sh][0-9a-f]{16}$/.test(id))
        problems.push(`${locale}: msg() without an id, for "${source}"; give it one ({id: '…'})`);
      const unit = committed.get(id);
      if (!unit)
        problems.push(
          `${locale}: "${id}" is in the code but not in the XLIFF (npm run localize:extract)`,
        );
      else if (unit.source !== source)
        problems.push(`${locale}: "${id}" changed in the code; update its translation`);
    }
    for (const [id, {source, target}] of committed) {
      if (!fresh.has(id))
        problems.push(`${locale}: "${id}" is no longer used; remove it (npm run localize:extract)`);
      if (target === undefined || target.trim() === '')
        problems.push(`${locale}: "${id}" has no translation`);
      else if (placeholders(target) !== placeholders(source))
        problems.push(`${locale}: "${id}" has other placeholders than its source`);
      else if (locale === 'zh-Hans') {
        const why = untranslated(id, source, target);
        if (why) problems.push(`${locale}: "${id}" ${why}`);
      }
    }
    for (const id of UNTRANSLATED_ALLOWED.keys()) {
      if (locale === 'zh-Hans' && !committed.has(id))
        problems.push(`${locale}: UNTRANSLATED_ALLOWED names "${id}", which is not in the XLIFF`);
    }
  }

  // 2. Build into a scratch folder and compare with the committed modules.
  const builtDir = join(work, 'built');
  runLocalize('build', {
    output: {
      ...config.output,
      outputDir: builtDir,
      localeCodesModule: join(work, 'locale-codes.ts'),
    },
  });
  for (const name of readdirSync(builtDir)) {
    const built = readFileSync(join(builtDir, name), 'utf8');
    if (/\bhtml`/.test(built))
      problems.push(`${name}: a msg() of an html template; the bundles only look up text ones`);
    const committed = readFileSync(join(root, config.output.outputDir, name), 'utf8');
    if (built !== committed)
      problems.push(`${config.output.outputDir}/${name} is stale (npm run localize:build)`);
  }
} finally {
  rmSync(work, {recursive: true, force: true});
}

if (problems.length) {
  console.error(`Localization check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Localization check: ${config.targetLocales.join(', ')} complete and up to date.`);
