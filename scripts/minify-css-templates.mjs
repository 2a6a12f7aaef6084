// A Vite/Rollup plugin for the builds: minifies the CSS inside `css\`…\`` templates of
// src/**/*.styles.ts (comments and white space out; strings kept as written). The source stays
// readable and commented; what ships is what the browser needs.

const TEMPLATE = /\bcss`([^`]*)`/g;
const STRING = /'[^']*'|"[^"]*"/g;

/** Minifies CSS text without interpolations. Exported for its tests. */
export function minifyCss(text) {
  const withoutComments = text.replace(/\/\*[\s\S]*?\*\//g, '');
  let out = '';
  let last = 0;
  const squeeze = (code) =>
    code
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};])\s*/g, '$1')
      .replace(/([:,(])\s+/g, '$1')
      .replace(/\s+([),])/g, '$1');
  for (const match of withoutComments.matchAll(STRING)) {
    out += squeeze(withoutComments.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  out += squeeze(withoutComments.slice(last));
  return out.replace(/;}/g, '}').trim();
}

export function minifyCssTemplates() {
  return {
    name: 'minify-css-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.styles\.ts$/.test(id)) return null;
      let changed = false;
      const result = code.replace(TEMPLATE, (whole, body) => {
        // Interpolated templates (unsafeCSS…) are left alone.
        if (body.includes('${')) return whole;
        changed = true;
        return `css\`${minifyCss(body)}\``;
      });
      return changed ? {code: result, map: null} : null;
    },
  };
}
