/**
 * Converts the seed articles (plain text, kept in ../shared/fixtures) into article JSON under
 * fixtures/, with a copy of each source text so tests can compare the render with it.
 * Run: npm run import-seed
 */
import {copyFileSync, existsSync, readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {importPlainText} from '../src/import/plain-text.js';

const project = fileURLToPath(new URL('..', import.meta.url));
const shared = process.env.SEED_DIR ?? `${project}../shared/fixtures`;

for (const locale of ['zh', 'en']) {
  const source = `${shared}/seed-article.${locale}.txt`;
  const copy = `${project}fixtures/seed-article.${locale}.txt`;
  if (existsSync(source)) copyFileSync(source, copy);
  const article = importPlainText(readFileSync(copy, 'utf8'), {timeZone: 'Asia/Shanghai'});
  writeFileSync(
    `${project}fixtures/seed-article.${locale}.json`,
    JSON.stringify(article, null, 2) + '\n',
  );
  console.log(
    `fixtures/seed-article.${locale}.json: ${article.body.length} blocks, ${article.related?.length ?? 0} related`,
  );
}
