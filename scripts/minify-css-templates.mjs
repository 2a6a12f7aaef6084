// A Vite/Rollup plugin for the builds: minifies the CSS inside `css\`…\`` templates of
// src/**/*.styles.ts (comments and white space out; strings kept as written). The source stays
// readable and commented; what ships is what the browser needs.

const TEMPLATE = /\bcss`([^`]*)`/g;

/** Drops white space around punctuation that does not need it; only used outside strings. */
const squeeze = (code) =>
  code
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/([:,(])\s+/g, '$1')
    .replace(/\s+([),])/g, '$1')
    .replace(/;}/g, '}');

/**
 * Minifies CSS text without interpolations, in one pass over strings, comments and the rest:
 * a `/*` inside a string stays, and so do escaped quotes. Exported for its tests.
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
      out += squeeze(code) + text.slice(i, j + 1);
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
        return `css\`${minifyCss(body)}\``;
      });
      return changed ? {code: result, map: null} : null;
    },
  };
}
