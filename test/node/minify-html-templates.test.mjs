// The builds' squeezing of white space in html`` templates (scripts/minify-html-templates.mjs):
// every template of src/ parses to the same DOM as written, but for white space that CSS
// collapses, and no style of the library preserves white space.
// node --test test/node/
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {describe, it} from 'node:test';
// The HTML parser of @lit-labs/ssr (a dependency): the DOM a browser builds from the markup.
import {parseFragment, serialize} from 'parse5';
import ts from 'typescript';
import {minifyHtmlTemplates, squeezeTemplateParts} from '../../scripts/minify-html-templates.mjs';

const src = resolve(import.meta.dirname, '../../src');

/** The raw static parts of every html`` template in `source`. */
function templates(source) {
  const found = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      if (node.tag.text === 'html') {
        const template = node.template;
        const tokens = ts.isNoSubstitutionTemplateLiteral(template)
          ? [template]
          : [template.head, ...template.templateSpans.map((span) => span.literal)];
        found.push(tokens.map((token) => token.rawText));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('module.ts', source, ts.ScriptTarget.Latest, true));
  return found;
}

/** The DOM of a template's markup, each expression as a marker, as Lit parses it. */
const dom = (parts) => serialize(parseFragment(parts.join('lit$0$')));

/**
 * The same DOM as the markup's, but with each run of white space in text written as CSS renders
 * it outside pre modes: a line break if it has one (which Firefox may drop between Chinese
 * characters), else a space. Attribute values and raw text stay as written.
 */
function renderedDom(parts) {
  const fragment = parseFragment(parts.join('lit$0$'));
  const visit = (node, preformatted = false) => {
    const raw = ['textarea', 'style', 'script', 'title'].includes(node.parentNode?.nodeName);
    // The browser's own styles keep white space in <pre> and <listing>.
    preformatted ||= node.nodeName === 'pre' || node.nodeName === 'listing';
    if (node.nodeName === '#text' && !raw && !preformatted) {
      node.value = node.value.replace(/[ \t\n\f\r]+/g, (run) => (run.includes('\n') ? '\n' : ' '));
    }
    for (const child of node.childNodes ?? []) visit(child, preformatted);
    if (node.content) visit(node.content, preformatted);
  };
  visit(fragment);
  return serialize(fragment);
}

describe('minifyHtmlTemplates', () => {
  it('squeezes white space inside tags, and runs of it in text; never in attribute values', () => {
    assert.deepEqual(
      squeezeTemplateParts([
        '<a\n  part="link current"\n  href=',
        '\n  title="a  b"\n>\n  text  ',
        '\n</a\n>\n\n  <b>a \t b</b>\t<i>',
      ]),
      ['<a part="link current" href=', ' title="a  b">\ntext ', '\n</a>\n\n<b>a b</b>\t<i>'],
    );
    // One space stays before `/>`: without it, an unquoted value would take the slash.
    assert.deepEqual(squeezeTemplateParts(['<br\n/> a < b <!-- <i\n  x> -->']), [
      '<br /> a < b <!-- <i\n  x> -->',
    ]);
    assert.deepEqual(squeezeTemplateParts(['<input value=x\n  />']), ['<input value=x />']);
  });

  it('leaves the text of pre and listing as written, markup inside included', () => {
    const parts = ['<pre\n  x>\n  a  <b>c  d</b>\n</pre\n> e  f <listing>g  h</listing>  i'];
    const squeezed = squeezeTemplateParts(parts);
    assert.deepEqual(squeezed, ['<pre x>\n  a  <b>c  d</b>\n</pre> e f <listing>g  h</listing> i']);
    assert.equal(renderedDom(squeezed), renderedDom(parts));
  });

  it('leaves white space after an escaping backslash: the template string stays the same', () => {
    // The strings Lit reads are the cooked ones: `\` before a line break removes it.
    const cooked = (raw) => new Function(`return \`${raw}\`;`)();
    for (const raw of ['a\\\n    b', 'c\\\\\n    d', 'e\\ \\  f']) {
      const [squeezed] = squeezeTemplateParts([raw]);
      assert.equal(
        cooked(squeezed).replace(/\s+/g, ' '),
        cooked(raw).replace(/\s+/g, ' '),
        JSON.stringify(raw),
      );
    }
  });

  it('leaves the text of textarea, style, script and title as written', () => {
    for (const tag of ['textarea', 'style', 'script', 'title', 'TEXTAREA']) {
      const parts = [`<${tag}\n  id="a"> <a  b\n  c> `, ` </${tag}\n><p\n  x>`];
      const squeezed = squeezeTemplateParts(parts);
      assert.deepEqual(squeezed, [`<${tag} id="a"> <a  b\n  c> `, ` </${tag}><p x>`], tag);
      assert.equal(dom(squeezed), dom(parts), tag);
    }
  });

  it('rewrites only the templates, in place', () => {
    const source = 'const a = `<a\n  b>`;\nconst t = html`<p\n  part="x">${html`<i\n>`}</p\n>`;\n';
    assert.equal(
      minifyHtmlTemplates(source),
      'const a = `<a\n  b>`;\nconst t = html`<p part="x">${html`<i>`}</p>`;\n',
    );
    assert.equal(
      minifyHtmlTemplates('const t = html`<p>a  b</p>`;'),
      'const t = html`<p>a b</p>`;',
    );
    assert.equal(minifyHtmlTemplates('const t = html`<p title="a  b">a b</p>`;'), null);
  });

  it('leaves the DOM of every template in src/ as written, as CSS renders its white space', () => {
    let squeezed = 0;
    for (const name of readdirSync(src, {recursive: true})) {
      if (!name.endsWith('.ts')) continue;
      for (const parts of templates(readFileSync(join(src, name), 'utf8'))) {
        const after = squeezeTemplateParts(parts);
        assert.equal(after.length, parts.length, name);
        assert.equal(renderedDom(after), renderedDom(parts), name);
        if (after.join() !== parts.join()) squeezed += 1;
      }
    }
    assert.ok(squeezed > 0, 'some template has white space to squeeze');
  });

  it('is safe for the library: none of its styles keeps white space as written', () => {
    for (const name of readdirSync(src, {recursive: true})) {
      if (!name.endsWith('.ts')) continue;
      const preserving = /white-space(?:-collapse)?\s*:\s*(?:pre|break-spaces|preserve)/.exec(
        readFileSync(join(src, name), 'utf8'),
      );
      assert.equal(
        preserving,
        null,
        `${name} sets ${preserving?.[0]}: the squeezer would change text`,
      );
    }
  });
});
