// A Vite/Rollup plugin for the builds: in Lit's `html\`…\`` templates of the library's modules,
// the white space inside tags (between a tag's name and its attributes, and before its `>`)
// becomes one space or none, and a run of white space in text becomes its line breaks, or one
// space. The parsed DOM has the same nodes, attributes and bindings; text differs only in white
// space that CSS collapses (tested in test/node/, with a check that no style of the library
// preserves white space). What ships is shorter. Every build gets it, so server-rendered markup
// and the hydrating client agree on the templates.
import ts from 'typescript';

const SPACE = /[ \t\n\f\r]/;
/** Elements whose content is text, not markup: left as written up to their end tag. */
const RAW_TEXT = new Set(['textarea', 'style', 'script', 'title']);
/** Elements whose white space the browser's own styles keep: their text is left as written. */
const PREFORMATTED = new Set(['pre', 'listing']);

/**
 * The static parts of one template, with the white space inside its tags squeezed. `parts` are the
 * raw texts between expressions; the HTML state carries from one part to the next, as Lit reads
 * it. Exported for its tests.
 */
export function squeezeTemplateParts(parts) {
  /**
   * `text`, `tag` (inside `<…>` or `</…>`, outside quotes), a quote character, `comment`, or
   * `raw` (the text of a <textarea>, <style>, <script> or <title>, which is not markup).
   */
  let state = 'text';
  /** The name of the tag being read (lower case, `/` first for an end tag). */
  let tagName = '';
  /** How many preformatted elements the text is in. */
  let preformatted = 0;
  return parts.map((part) => {
    let out = '';
    for (let i = 0; i < part.length;) {
      const c = part[i];
      if (state === 'text') {
        if (part.startsWith('<!--', i)) {
          state = 'comment';
          out += '<!--';
          i += 4;
          continue;
        }
        if (c === '<' && /[a-zA-Z/]/.test(part[i + 1] ?? '')) {
          state = 'tag';
          tagName = /^\/?[a-zA-Z][^\s/>]*/.exec(part.slice(i + 1))?.[0].toLowerCase() ?? '';
        }
        // After an odd number of backslashes, the run starts with an escape (a line continuation,
        // `\` and a line break, is no character at all): left as written.
        const escaped = /(?:^|[^\\])(?:\\\\)*\\$/.test(out);
        if (SPACE.test(c) && !preformatted && !escaped) {
          // A run of white space in text: its line breaks, or else one space. CSS collapses the
          // run to that in every white-space mode but the pre ones, which no style here uses
          // (tested), and the text nodes stay where they were.
          let j = i;
          while (j < part.length && SPACE.test(part[j])) j += 1;
          const run = part.slice(i, j);
          const breaks = run.replace(/[^\n]/g, '');
          out += run.length === 1 ? run : breaks || ' ';
          i = j;
          continue;
        }
        out += c;
        i += 1;
      } else if (state === 'comment' || state === 'raw') {
        const end = state === 'comment' ? '-->' : `</${tagName}`;
        if (part.slice(i, i + end.length).toLowerCase() === end) {
          state = state === 'comment' ? 'text' : 'tag';
          if (state === 'tag') tagName = `/${tagName}`;
          out += part.slice(i, i + end.length);
          i += end.length;
        } else {
          out += c;
          i += 1;
        }
      } else if (state === 'tag') {
        if (SPACE.test(c)) {
          let j = i;
          while (j < part.length && SPACE.test(part[j])) j += 1;
          // None before the end of the tag, one space anywhere else (at a part's end too: an
          // expression may follow; before `/>` too, which would otherwise end an unquoted value).
          if (part[j] !== '>') out += ' ';
          i = j;
          continue;
        }
        if (c === '"' || c === "'") state = c;
        else if (c === '>') {
          state = RAW_TEXT.has(tagName) ? 'raw' : 'text';
          if (PREFORMATTED.has(tagName)) preformatted += 1;
          else if (preformatted && PREFORMATTED.has(tagName.slice(1))) preformatted -= 1;
        }
        out += c;
        i += 1;
      } else {
        // Inside a quoted attribute value: kept as written.
        if (c === state) state = 'tag';
        out += c;
        i += 1;
      }
    }
    return out;
  });
}

/** The source with its `html` templates squeezed, or null when nothing changed. */
export function minifyHtmlTemplates(source, fileName = 'module.ts') {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  /** [start, end, text] of each raw part to replace. */
  const edits = [];
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      node.tag.text === 'html'
    ) {
      const template = node.template;
      // The literal tokens, each with its delimiters: `…`, `…${, }…${, }…`.
      const tokens = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      const raws = tokens.map((token) => token.rawText ?? '');
      const squeezed = squeezeTemplateParts(raws);
      tokens.forEach((token, index) => {
        if (squeezed[index] === raws[index]) return;
        const start = token.getStart(file);
        const text = source.slice(start, token.end);
        // The raw text sits between one delimiter character (` or }) and `${ or `.
        const close = text.endsWith('${') ? 2 : 1;
        edits.push([start + 1, token.end - close, squeezed[index]]);
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (edits.length === 0) return null;
  let result = source;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
    result = result.slice(0, start) + text + result.slice(end);
  }
  return result;
}

export function minifyHtmlTemplatesPlugin() {
  return {
    name: 'minify-html-templates',
    enforce: 'pre',
    transform(source, id) {
      if (!/\.ts$/.test(id) || /[\\/]node_modules[\\/]/.test(id) || !source.includes('html`')) {
        return null;
      }
      const code = minifyHtmlTemplates(source, id);
      return code === null ? null : {code, map: null};
    },
  };
}
