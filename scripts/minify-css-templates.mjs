// A Vite/Rollup plugin for the builds: minifies the CSS inside `css\`…\`` templates of
// src/**/*.styles.ts (comments and white space out; strings kept as written). The source stays
// readable and commented; what ships is what the browser needs.
//
// A template without interpolations is then plain text, and ships as `unsafeCSS` of that text:
// the same CSSResult (text, style sheet), without `css`'s checking of interpolated values, which
// no build would otherwise need (some 130 brotli bytes, most of them its error message). Nothing
// here is unsafe: the text is the source's own literal.

const TEMPLATE = /\bcss`([^`]*)`/g;

/** Drops white space around punctuation that does not need it; only used outside strings. */
const squeeze = (code) =>
  code
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/([:,(])\s+/g, '$1')
    .replace(/\s+([),])/g, '$1')
    .replace(/;}/g, '}')
    // Selectors' child combinator (and `>` in a media range) needs no spaces.
    .replace(/\s*>\s*/g, '>')
    // `calc(a * 1.5)`, `calc(a / 2)`: only `+` and `-` need spaces there. A number after the
    // operator means a value: in a selector, `*` is never followed by a digit.
    .replace(/([)\d])\s*([*/])\s*(?=[\d.])/g, '$1$2')
    // 0.5 -> .5 where the number starts a token (not after `-`, `+` or a letter: `a-0.5` would
    // become a different token).
    .replace(/(^|[\s:,(*])0\.(\d)/g, '$1.$2');

/** An attribute value that may go without quotes: a CSS identifier. */
const IDENT = /^-?[_a-zA-Z][\w-]*$/;
/** Code ending in an attribute selector's `[name=`, `[name~=` and the like. */
const ATTRIBUTE_EQUALS = /\[[\w|*-]+[~|^$*]?=$/;

/**
 * Minifies CSS text without interpolations, in one pass over strings, comments and the rest:
 * a `/*` inside a string stays, and so do escaped quotes. A string that is an attribute
 * selector's value and an identifier loses its quotes (`[part=title]`); other strings stay as
 * written. Exported for its tests.
 */
export function minifyCss(text) {
  let out = '';
  let code = '';
  for (let i = 0; i < text.length;) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
      code += ' ';
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      const squeezed = squeeze(code);
      const value = text.slice(i + 1, j);
      out +=
        ATTRIBUTE_EQUALS.test(squeezed) && IDENT.test(value)
          ? squeezed + value
          : squeezed + text.slice(i, j + 1);
      code = '';
      i = j + 1;
    } else {
      code += c;
      i += 1;
    }
  }
  return (out + squeeze(code)).trim();
}

export function minifyCssTemplates() {
  return {
    name: 'minify-css-templates',
    enforce: 'pre',
    transform(source, id) {
      if (!/\.styles\.ts$/.test(id)) return null;
      let changed = false;
      const result = source.replace(TEMPLATE, (whole, body) => {
        // Interpolated templates (unsafeCSS…) are left alone.
        if (body.includes('${')) return whole;
        changed = true;
        return `literalCss(\`${minifyCss(body)}\`)`;
      });
      return changed
        ? {code: `import {unsafeCSS as literalCss} from 'lit';\n${result}`, map: null}
        : null;
    },
  };
}
