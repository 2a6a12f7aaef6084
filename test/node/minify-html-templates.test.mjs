// The builds' squeezing of white space inside the tags of html`` templates
// (scripts/minify-html-templates.mjs): every template of src/ parses to the same DOM as written.
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

describe('minifyHtmlTemplates', () => {
  it('squeezes white space inside tags, and only there', () => {
    assert.deepEqual(
      squeezeTemplateParts([
        '<a\n  part="link current"\n  href=',
        '\n  title="a  b"\n>\n  text  ',
        '\n</a\n>',
      ]),
      ['<a part="link current" href=', ' title="a  b">\n  text  ', '\n</a>'],
    );
    // One space stays before `/>`: without it, an unquoted value would take the slash.
    assert.deepEqual(squeezeTemplateParts(['<br\n/> a < b <!-- <i\n  x> -->']), [
      '<br /> a < b <!-- <i\n  x> -->',
    ]);
    assert.deepEqual(squeezeTemplateParts(['<input value=x\n  />']), ['<input value=x />']);
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
    assert.equal(minifyHtmlTemplates('const t = html`<p>a  b</p>`;'), null);
  });

  it('leaves the DOM of every template in src/ as written', () => {
    let squeezed = 0;
    for (const name of readdirSync(src, {recursive: true})) {
      if (!name.endsWith('.ts')) continue;
      for (const parts of templates(readFileSync(join(src, name), 'utf8'))) {
        const after = squeezeTemplateParts(parts);
        assert.equal(after.length, parts.length, name);
        assert.equal(dom(after), dom(parts), name);
        if (after.join() !== parts.join()) squeezed += 1;
      }
    }
    assert.ok(squeezed > 0, 'some template has white space to squeeze');
  });
});
