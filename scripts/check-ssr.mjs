// npm test's "ssr" check: renders pages with dist/ssr (run the build first) into
// test/ssr/generated/, where the browser tests open them, and validates every page with the W3C
// Nu HTML checker (vnu-jar, on the machine's Java). Fails on any checker error.
import {execFileSync} from 'node:child_process';
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {resolve} from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'test/ssr/generated');
const {renderArticlePage} = await import(resolve(root, 'dist/ssr/index.js'));

const fixture = (name) => readFileSync(resolve(root, 'fixtures', name), 'utf8');
const hostile = {
  title: '<script>window.__ssrXss = 1</script> & "quotes" </title>',
  summary: '</script><script>window.__ssrXss = 2</script>',
  author: '<img src=x onerror="window.__ssrXss = 3">',
  lang: 'en',
  published: '2025-07-16T15:00:09+08:00',
  body: [
    {type: 'paragraph', text: '<!-- comment --> <b>bold</b> ]]> <template shadowrootmode="open">'},
    {
      type: 'section',
      heading: '</h2><h1>injected</h1>',
      body: [{type: 'list', items: ['<li>', '&amp;']}],
    },
  ],
  related: [
    {title: 'javascript link', href: 'javascript:window.__ssrXss=4'},
    {title: '<a href=x>', href: '/safe?a=1&b="2"'},
  ],
};

const pages = {
  'seed.zh': [fixture('seed-article.zh.json'), {toc: true}],
  'seed.en': [fixture('seed-article.en.json'), {toc: true}],
  // The English article in the Chinese UI: labels and dates in Chinese, content in English.
  'seed.en-in-zh': [fixture('seed-article.en.json'), {locale: 'zh-CN'}],
  hostile: [hostile, {}],
  invalid: ['{"title": "", "body": []}', {locale: 'zh-Hans'}],
  // Past the size where the browser renders lists in parts: the server renders it whole.
  'many-links': [
    {
      title: 'Many links',
      lang: 'en',
      body: [],
      related: Array.from({length: 1500}, (_, i) => ({
        title: `Link ${i + 1}`,
        href: i % 2 ? `/l/${i + 1}` : `https://example.com/l/${i + 1}`,
      })),
    },
    {linkTarget: '_blank'},
  ],
};

rmSync(out, {recursive: true, force: true});
mkdirSync(out, {recursive: true});
const files = [];
for (const [name, [input, options]] of Object.entries(pages)) {
  const rendered = await renderArticlePage(input, options);
  const file = resolve(out, `${name}.html`);
  writeFileSync(file, rendered.page);
  files.push(file);
  const state = rendered.error ? `error ${rendered.error.code}` : 'ok';
  console.log(
    `${name}.html: ${rendered.page.length} characters, locale ${rendered.locale}, ${state}`,
  );
}

const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
try {
  execFileSync('java', ['-jar', vnu, '--errors-only', '--also-check-css', ...files], {
    stdio: 'inherit',
  });
} catch {
  console.error('The W3C HTML checker found errors in server-rendered pages (above).');
  process.exit(1);
}
console.log(`W3C HTML checker: ${files.length} pages, no errors.`);
